import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { ARTIFACTS, builtApp, foreignRequests, mapPixel, openFresh } from '../helpers/browser';
import { pdfPageToPng, readPdf } from '../helpers/pdf';
import { seriousViolations } from '../helpers/axe';

const app = builtApp();
const SONDERSHAUSEN: [number, number] = [10.87011, 51.36973];
const KYF = '16065';

const meters = ([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]) => {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
};

/** Missing key kinds of the network-gap cell drawn at a point, null for none. */
function gapAt(page: Page, lngLat: [number, number]): Promise<number | null> {
  return page.evaluate((ll) => {
    const map = window.__thekizMap!;
    const f = map.queryRenderedFeatures(map.project(ll), { layers: ['network-gaps'] })[0];
    return f ? Number(f.properties.c) : null;
  }, lngLat);
}

async function openDemoCoverage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
  await expect.poll(() => page.getByTestId('institution-table').count(), { timeout: 20_000 }).toBe(1);
  await page.getByRole('tab', { name: 'Versorgung' }).click();
  await expect.poll(() => page.getByTestId('coverage-land').count(), { timeout: 60_000 }).toBe(1);
}

describe('the Kreis workbench', () => {
  it('plans for the Kyffhäuserkreis: suggestions inside it, a centre placed from the search, kept over a reload', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { viewport: { width: 1366, height: 900 } });
    await openDemoCoverage(page);
    await page.getByTestId('coverage-focus').selectOption({ label: 'Kyffhäuserkreis' });
    await expect.poll(() => page.getByTestId('coverage-land').locator('h3').textContent()).toBe('Kyffhäuserkreis');
    expect(await page.getByTestId('coverage-kreise').locator('tbody tr').count()).toBe(1);

    // Suggestions from the existing Kitas: all inside the focus Kreis, named.
    await page.getByTestId('suggest-candidates').selectOption('kitas');
    await page.getByRole('button', { name: 'Vorschläge berechnen' }).click();
    const picks = page.getByTestId('coverage-suggestions').locator('li');
    await expect.poll(() => picks.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const kreise = await picks.evaluateAll((li) => li.map((l) => l.getAttribute('data-kreis')));
    expect(kreise.every((k) => k === KYF)).toBe(true);
    expect(await picks.first().textContent()).toMatch(/^Kita .+ \+[\d.]+ Menschen/);

    // A hypothetical centre from the search for "Sondershausen": the map frames the town, a click in its middle places it.
    const search = page.getByRole('combobox', { name: 'Einrichtung oder Ort suchen' });
    await search.fill('Sondershausen');
    await expect.poll(() => page.getByRole('listbox', { name: 'Suchergebnisse' }).getByRole('option').first().textContent()).toContain('Sondershausen');
    await search.press('Enter');
    await page.waitForFunction(() => !window.__thekizMap!.isMoving());
    await expect.poll(() => page.getByRole('tab', { name: 'Versorgung' }).getAttribute('aria-selected')).toBe('true');
    const before = await page.getByTestId('coverage-kreise').locator('tbody tr td').nth(1).textContent();
    await page.getByRole('button', { name: 'Hypothetisches Zentrum auf der Karte setzen' }).click();
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const list = page.getByTestId('hypothetical-list');
    await expect.poll(() => list.textContent()).toMatch(/Neues Zentrum 1/);
    const [lat, lon] = ((await list.textContent())!.match(/\((\d+,\d+), (\d+,\d+)\)/) ?? []).slice(1).map((v) => Number(v.replace(',', '.')));
    expect(meters([lon, lat], SONDERSHAUSEN)).toBeLessThan(1000);
    await page.getByRole('button', { name: 'Setzen beenden' }).first().click();
    // The Kreis row counts it: one more centre there than before.
    await expect.poll(() => page.getByTestId('coverage-kreise').locator('tbody tr td').nth(1).textContent(), { timeout: 30_000 }).not.toBe(before);
    const [n0, n1] = [before, await page.getByTestId('coverage-kreise').locator('tbody tr td').nth(1).textContent()].map((s) => Number(/^\d+/.exec(s ?? '')?.[0]));
    expect(n1).toBe(n0 + 1);
    // Its name is on the map.
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.queryRenderedFeatures({ layers: ['coverage-site-labels'] }).map((f) => f.properties.name)), { timeout: 10_000 }).toContain('Neues Zentrum 1');
    await page.screenshot({ path: path.join(ARTIFACTS, 'workbench-whatif.png') });

    // The unsaved what-if and the focus survive a reload.
    await page.reload();
    await page.getByRole('tab', { name: 'Versorgung' }).click();
    await expect.poll(() => page.getByTestId('hypothetical-list').textContent(), { timeout: 30_000 }).toMatch(/Neues Zentrum 1/);
    expect(await page.getByTestId('coverage-focus').inputValue()).toBe(KYF);

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('shows the network gaps, records a missing partnership from the ranked list, and carries the layer into a view and the presentation', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { viewport: { width: 1366, height: 900 }, bypassCSP: true });
    await openDemoCoverage(page);
    await page.getByTestId('coverage-focus').selectOption({ label: 'Kyffhäuserkreis' });
    await page.getByRole('radio', { name: 'Netzwerklücken (fehlende Partnerarten)' }).check();
    const legend = page.getByTestId('gap-legend');
    await expect.poll(() => legend.count(), { timeout: 30_000 }).toBe(1);
    expect(await legend.textContent()).toMatch(/keine Art fehlt.*1 Art fehlt.*5 Arten fehlen/);
    expect(await page.getByTestId('gap-matrix').locator('tbody tr').count()).toBeGreaterThan(0);

    // The first centre of the ranked list with a candidate within the radius: its cell on the map shows its missing kinds.
    const first = page.getByTestId('gap-ranked').locator(':scope > li').filter({ hasText: 'nächste im Umkreis' }).first();
    const id = (await first.getAttribute('data-centre'))!;
    const missing = Number(await first.getAttribute('data-missing'));
    expect(missing).toBeGreaterThan(0);
    expect(await first.locator('strong').first().textContent()).toMatch(/ThEKiZ/);
    const where: [number, number] = [Number(await first.getAttribute('data-lon')), Number(await first.getAttribute('data-lat'))];
    await page.evaluate((ll) => window.__thekizMap!.jumpTo({ center: ll, zoom: 10 }), where);
    await page.waitForFunction(() => window.__thekizMap!.loaded() && !window.__thekizMap!.isMoving());
    await expect.poll(() => gapAt(page, where), { timeout: 20_000 }).toBe(missing);
    await page.screenshot({ path: path.join(ARTIFACTS, 'workbench-gaps.png') });

    // One click records the nearest candidate of its first missing kind: one kind fewer, on the list and on the map.
    await first.locator('.missing-kinds > li').filter({ hasText: 'nächste im Umkreis' }).first().getByRole('button', { name: /^Partnerschaft erfassen: .* mit / }).click();
    await expect.poll(() => page.locator(`[data-centre="${id}"]`).getAttribute('data-missing'), { timeout: 30_000 }).toBe(String(missing - 1));
    await expect.poll(() => gapAt(page, where), { timeout: 20_000 }).toBe(missing - 1);

    // The map picture draws the layer and its legend: the swatch of "2 Arten fehlen" (#c994c7, not hatched) is in it.
    await page.getByRole('button', { name: 'Import/Export' }).click();
    const [shot] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Karte als PNG (Bildschirmgröße)' }).click()]);
    const png = PNG.sync.read(fs.readFileSync((await shot.path())!));
    fs.writeFileSync(path.join(ARTIFACTS, 'workbench-map.png'), PNG.sync.write(png));
    let dark = 0;
    const near = (i: number, [r, g, b]: number[]) => Math.abs(png.data[i] - r) <= 2 && Math.abs(png.data[i + 1] - g) <= 2 && Math.abs(png.data[i + 2] - b) <= 2;
    for (let i = 0; i < png.data.length; i += 4) if (near(i, [0xc9, 0x94, 0xc7])) dark++;
    // A 12 × 12 px swatch (the map's cells are drawn translucent over the base map, never in the pure colour).
    expect(dark).toBeGreaterThan(80);
    await page.getByRole('button', { name: 'Schließen' }).click();

    // A view saved with the layer restores it; the presentation shows it with its legend.
    await page.getByRole('button', { name: 'Ansichten' }).click();
    await page.getByLabel('Name der Ansicht').fill('Netzwerklücken Kyffhäuserkreis');
    await page.getByRole('button', { name: 'Aktuelle Ansicht speichern' }).click();
    await expect.poll(() => page.getByTestId('views-list').locator('li').count()).toBe(1);
    // The views panel covers the tab, and the layer stays on the map.
    expect(await page.evaluate(() => window.__thekizMap!.getLayoutProperty('network-gaps', 'visibility'))).toBe('visible');
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await page.getByRole('radio', { name: 'nichts' }).check();
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.getLayoutProperty('network-gaps', 'visibility'))).toBe('none');
    await page.getByRole('tab', { name: 'Einrichtungen' }).click();
    await page.getByRole('button', { name: 'Ansichten' }).click();
    await page.getByRole('button', { name: 'Ansicht Netzwerklücken Kyffhäuserkreis zeigen' }).click();
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.getLayer('network-gaps') && window.__thekizMap!.getLayoutProperty('network-gaps', 'visibility')), { timeout: 30_000 }).toBe('visible');
    await page.getByRole('button', { name: 'Präsentation starten' }).click();
    const slideLegend = page.getByTestId('presentation-coverage-legend');
    await expect.poll(() => slideLegend.textContent(), { timeout: 30_000 }).toMatch(/Fehlende Schlüssel-Partnerarten.*keine Art fehlt/);
    expect(await page.evaluate(() => window.__thekizMap!.getLayoutProperty('network-gaps', 'visibility'))).toBe('visible');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'workbench-presentation.png') });
    await page.keyboard.press('Escape');

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('writes the Kreis report with a scenario: "Szenario" on every page and figures beside the status quo, also as Word', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    await openDemoCoverage(page);
    await page.getByTestId('coverage-focus').selectOption({ label: 'Kyffhäuserkreis' });
    await page.getByRole('button', { name: 'Hypothetisches Zentrum auf der Karte setzen' }).click();
    const at = await mapPixel(page, [11.22, 51.3]); // Heldrungen: 8 km from the nearest ThEKiZ of the demo
    await page.mouse.click(at.x, at.y);
    await page.getByRole('button', { name: 'Setzen beenden' }).first().click();
    await expect.poll(() => page.getByTestId('scenario-delta').count(), { timeout: 30_000 }).toBe(1);
    await page.getByLabel('Name des Szenarios').fill('Zentrum Heldrungen');
    await page.getByRole('button', { name: 'Szenario speichern' }).click();
    await expect.poll(() => page.getByTestId('report-scenario').textContent()).toContain('Zentrum Heldrungen');
    expect(await page.getByRole('combobox', { name: 'Gebiet', exact: true }).inputValue()).toBe(KYF);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Bericht erstellen' }).click()]);
    const bytes = new Uint8Array(fs.readFileSync((await download.path())!));
    const { pages } = await readPdf(bytes);
    for (const p of pages) expect(p).toContain('Szenario: Zentrum Heldrungen');
    const text = pages.join('\n').replace(/\s+/g, ' ');
    for (let p = 1; p <= pages.length; p++) fs.writeFileSync(path.join(ARTIFACTS, `workbench-report-${p}.png`), await pdfPageToPng(bytes, p));
    expect(text).toContain('Kennzahl Bestand Szenario Zentrum Heldrungen');
    // The share within 10 km: the status quo and the scenario differ.
    const share = /Anteil der Einwohner innerhalb von 10 km ([\d,]+ %) ([\d,]+ %)/.exec(text);
    expect(share).not.toBeNull();
    expect(share![1]).not.toBe(share![2]);
    expect(text).toMatch(/ThEKiZ je 10\.000 Einwohner/);
    expect(text).toMatch(/Einrichtungen je 10\.000 Einwohner/);
    expect(text).toContain('Methode');
    expect(text).toContain('Unterversorgte Gemeinden');
    expect(text).toContain('Netzwerklücken');

    const [docx] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Als Word-Datei (.docx)' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/bericht-kyffhaeuserkreis\.docx$/);
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(fs.readFileSync((await docx.path())!)));
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toContain('Kreisbericht Kyffhäuserkreis');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(files).some((f) => /^word\/media\/.+\.(jpe?g|png)$/.test(f))).toBe(true);

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  }, 240_000);
});
