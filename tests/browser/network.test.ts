import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, builtApp, foreignRequests, mapPixel, openFresh } from '../helpers/browser';
import { NETWORK } from '../fixtures/networkProject';
import { openTestProject } from '../helpers/testProject';
import { seriousViolations } from '../helpers/axe';
import { PNG } from 'pngjs';
import { DOMParser } from '@xmldom/xmldom';

const app = builtApp();
// Opening a project file gives every record a new id, so the checks go by name.
const graphSelection = (page: Page) => page.evaluate(() => window.__thekizGraph?.$('node:selected').map((n) => String(n.data('label'))) ?? []);
const graphNodes = (page: Page) => page.evaluate(() => window.__thekizGraph?.nodes().length ?? -1);
/** Institutions the map's point tiles hold (clustered or not, in view or not), by name. */
const mapNames = (page: Page) => page.evaluate(async () => ((await window.__thekizMapPoints?.('name')) ?? []).map(String).sort());

describe('the cooperation map: selection, partners nearby, graph, filters, figures', () => {
  it('links map, panel and graph for a fixed test project', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { bypassCSP: true, acceptDownloads: true });
    await openTestProject(page, 'testnetz.json');
    await page.getByRole('button', { name: 'Karte und Graph' }).click();
    await expect.poll(() => graphNodes(page), { timeout: 30_000 }).toBe(8);

    // The search finds the place; the map frames Erfurt.
    const search = page.getByRole('combobox', { name: 'Einrichtung oder Ort suchen' });
    await search.fill('Erfurt');
    await expect.poll(() => page.getByRole('listbox', { name: 'Suchergebnisse' }).getByRole('option').first().textContent()).toContain('Kreis');
    await search.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.getZoom()), { timeout: 10_000 }).toBeGreaterThan(9.5);
    await page.waitForFunction(() => !window.__thekizMap!.isMoving());

    // Click the ThEKiZ on the map → details with its partners, and the same node selected in the graph.
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.queryRenderedFeatures({ layers: ['institutions-thekiz-points'] }).length)).toBeGreaterThan(0);
    const at = await mapPixel(page, [NETWORK.mitte.lon!, NETWORK.mitte.lat!]);
    expect(at.inside).toBe(true);
    await page.mouse.click(at.x, at.y);
    const details = page.getByTestId('institution-details');
    await expect.poll(() => details.locator('h3').textContent()).toBe('Einrichtung ThEKiZ <b>Mitte</b>');
    expect(await details.textContent()).toContain('Partner (2)');
    expect(await details.getByRole('button', { name: 'Kita Nord', exact: true }).count()).toBe(1);
    expect(await details.getByRole('button', { name: 'Beratung Gera', exact: true }).count()).toBe(1);
    await expect.poll(() => graphSelection(page)).toEqual(['ThEKiZ <b>Mitte</b>']);
    // The name with HTML is text everywhere: panel, tooltip, graph label; no <b> element appears.
    expect(await page.locator('#panel b').count()).toBe(0);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('.map-tooltip').textContent()).toBe('ThEKiZ <b>Mitte</b>');

    // Partners nearby (15 km): nearest first, the partner marked; the missing kinds with candidates.
    const nearby = page.getByTestId('nearby-table');
    const rows = await nearby.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/^Kita Nord Kita 2,1 km ca\. 3 min Partner$/),
      expect.stringMatching(/^Kita Süd Kita 5,0 km ca\. 8 min erfassen$/),
      expect.stringMatching(/^Hebamme Krämer Hebammen 11,9 km ca\. 19 min erfassen$/),
    ]);
    const missing = page.getByTestId('missing-kinds');
    expect(await missing.textContent()).toMatch(/Hebammen – nächste: Hebamme Krämer, 11,9 km/);
    // 21 km is beyond the 15 km radius: still shown, but said so (the list's own contradiction, fixed).
    expect(await missing.textContent()).toMatch(/Bibliothek – nächste außerhalb des Umkreises: Bibliothek Weimar, 21,0 km/);
    expect(await missing.textContent()).not.toMatch(/Kita –/);
    // A larger radius takes in the library; the bicycle estimate changes the minutes.
    await page.getByLabel('Umkreis (km)').fill('25');
    await expect.poll(() => nearby.locator('tbody tr').count()).toBe(4);
    // One action records a partnership with a missing kind.
    await missing.getByRole('button', { name: 'Partnerschaft erfassen: Hebamme Krämer' }).click();
    await expect.poll(() => page.getByTestId('picked-partner').textContent()).toContain('Hebamme Krämer');
    await page.getByTestId('partnership-form').getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => details.textContent()).toContain('Partner (3)');
    await expect.poll(() => page.evaluate(() => window.__thekizGraph!.edges().length)).toBe(5);

    // Selecting in the graph selects on the map and in the panel.
    const node = await page.evaluate(() => {
      const cy = window.__thekizGraph!;
      const p = cy.nodes().filter((n) => n.data('label') === 'ThEKiZ Gera').renderedPosition();
      const r = cy.container()!.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await page.mouse.click(node.x, node.y);
    await expect.poll(() => details.locator('h3').textContent()).toBe('Einrichtung ThEKiZ Gera');
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.querySourceFeatures('institution-selection').map((f) => f.properties.name))).toEqual(['ThEKiZ Gera']);

    // Filters hide points on the map and nodes in the graph, visibly and resettably.
    await page.getByText('Filter', { exact: true }).click();
    await page.getByLabel(/^Kita \(2\)$/).check();
    await expect.poll(() => graphNodes(page)).toBe(2);
    await expect.poll(() => mapNames(page)).toEqual(['Kita Nord', 'Kita Süd']);
    expect(await page.getByTestId('filter-summary').textContent()).toContain('Kategorie: Kita');
    await page.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click();
    await expect.poll(() => graphNodes(page)).toBe(8);
    await expect.poll(() => mapNames(page)).toHaveLength(8);

    // The graph as a picture: a PNG with the nodes drawn on white.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Graph als PNG speichern' }).click()]);
    expect(download.suggestedFilename()).toBe('testnetz-erfurt-gera-graph.png');
    fs.copyFileSync((await download.path())!, path.join(ARTIFACTS, 'graph.png'));
    const png = PNG.sync.read(fs.readFileSync((await download.path())!));
    expect(png.width).toBeGreaterThan(200);
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 200 || png.data[i + 1] < 200 || png.data[i + 2] < 200) coloured++;
    expect(coloured).toBeGreaterThan(500);
    // … and as SVG: well-formed, one label per node, a name with markup as text.
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Graph als SVG speichern' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('testnetz-erfurt-gera-graph.svg');
    const svgText = fs.readFileSync((await svgDownload.path())!, 'utf8');
    fs.writeFileSync(path.join(ARTIFACTS, 'graph.svg'), svgText);
    const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const labels = Array.from(svg.getElementsByTagName('text')).map((e) => e.textContent);
    expect(labels).toHaveLength(8);
    expect(labels).toContain('ThEKiZ <b>Mitte</b>');
    expect(svg.getElementsByTagName('b').length).toBe(0);
    expect(svg.getElementsByTagName('line').length).toBe(5);

    // All partnership lines: every single one when zoomed in, bundled in the overview.
    await page.getByLabel('Alle Partnerschaftslinien auf der Karte').check();
    const rendered = (layer: string) => page.evaluate((l) => (window.__thekizMap!.getLayer(l) ? window.__thekizMap!.queryRenderedFeatures({ layers: [l] }).length : -1), layer);
    await page.evaluate(() => window.__thekizMap!.jumpTo({ center: [11.5, 50.93], zoom: 9.2 }));
    await expect.poll(() => rendered('network-lines'), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.evaluate(() => window.__thekizMap!.jumpTo({ center: [11.5, 50.93], zoom: 7.5 }));
    await expect.poll(() => rendered('network-overview'), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await rendered('network-lines')).toBe(0);
    // Types told apart by colour and dashes, with a line legend of the types drawn.
    const legend = page.getByTestId('line-legend');
    const types = await page.evaluate(() => [...new Set(window.__thekizMap!.queryRenderedFeatures({ layers: ['network-overview'] }).map((f) => String(f.properties.type)))]);
    expect(types.length).toBeGreaterThan(0);
    for (const ty of types) expect(await legend.textContent()).toContain(ty);
    expect(await page.evaluate(() => JSON.stringify(window.__thekizMap!.getPaintProperty('network-lines', 'line-dasharray')))).toContain('literal');
    await page.getByLabel('Alle Partnerschaftslinien auf der Karte').uncheck();

        // The network figures, sortable, as the table alternative of the graph.
    await page.getByRole('tab', { name: 'Netzwerk' }).click();
    const totals = page.getByTestId('network-totals');
    await expect.poll(() => totals.textContent()).toContain('Partnerschaften5');
    expect((await totals.textContent())!.replace(/\s+/g, '')).toContain('Zusammenhangskomponenten3(größte:6)');
    expect(await totals.textContent()).toContain('Broker (Artikulationspunkte)3');
    expect(await totals.textContent()).toContain('Partnerschaften über 30 km1');
    // Sorted by betweenness: the ThEKiZ lies on 7 of the shortest paths, the Beratung on 6.
    const names = () => page.getByTestId('network-nodes').locator('tbody tr th').allTextContents();
    expect((await names()).slice(0, 2)).toEqual(['ThEKiZ <b>Mitte</b>', 'Beratung Gera']);
    const degree = page.getByTestId('network-nodes').getByRole('button', { name: /^Grad/ });
    await degree.click();
    await degree.click();
    expect(await page.getByTestId('network-nodes').getByRole('columnheader', { name: /^Grad/ }).getAttribute('aria-sort')).toBe('ascending');
    expect((await names()).slice(0, 2).sort()).toEqual(['Bibliothek Weimar', 'Kita Süd']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'network.png') });

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
