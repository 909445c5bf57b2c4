import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_CATEGORIES } from '../../src/domain/categories';
import type { ProjectId } from '../../src/domain/ids';
import { toProjectFile } from '../../src/data/export/projectFile';
import { ARTIFACTS, builtApp, foreignRequests, openFresh } from '../helpers/browser';
import { institution, partnership } from '../helpers/records';
import { seriousViolations } from '../helpers/axe';

const app = builtApp();
const PROJECT = 'p-growth' as ProjectId;

/**
 * Two ThEKiZ, one "Seit 2019"; its partnership with the Kita is dated 2015 (before the centre
 * itself) and shows only from 2019. The Kita has no date and is always there.
 */
function growthProjectFile(): string {
  const institutions = [
    institution('t1', { name: 'ThEKiZ Altstadt', category: 'ThEKiZ', ags: '16051000', town: 'Erfurt', lon: 11.03, lat: 50.98, since: '2012' }),
    institution('t2', { name: 'ThEKiZ Neubau', category: 'ThEKiZ', ags: '16051000', town: 'Erfurt', lon: 11.06, lat: 50.95, since: '2019' }),
    institution('k1', { name: 'Kita Sonnenblume', category: 'Kita', ags: '16051000', town: 'Erfurt', lon: 11.05, lat: 50.99 }),
    institution('k2', { name: 'Kita Regenbogen', category: 'Kita', ags: '16051000', town: 'Erfurt', lon: 11.0, lat: 50.97, since: '2014-08' }),
    institution('b1', { name: 'Beratung Weimar', category: 'Erziehungs- und Familienberatung', ags: '16055000', town: 'Weimar', lon: 11.33, lat: 50.98, since: '2015' }),
  ];
  const partnerships = [
    partnership('t1', 'k1', { since: '2012' }),
    partnership('t1', 'k2', { since: '2014-09' }),
    partnership('k2', 'b1', { since: '2016' }),
    partnership('t2', 'k1', { since: '2015' }),
    partnership('t2', 'b1', { since: '2019-03' }),
  ];
  return toProjectFile(
    {
      project: { id: PROJECT, name: 'Wachstum Erfurt', description: '', isDemo: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
      categories: DEFAULT_CATEGORIES.map((c, order) => ({ ...c, projectId: PROJECT, order })),
      institutions,
      partnerships,
    },
    '2026-01-01T00:00:00.000Z',
  );
}

/** Names of the graph's nodes and number of its edges the year shows (the others are there, hidden). */
const graphShown = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__thekizGraph;
    return cy ? { nodes: cy.nodes().filter((n) => !n.hasClass('absent')).map((n) => String(n.data('label'))).sort(), edges: cy.edges().filter((e) => !e.hasClass('absent')).length } : null;
  });
/** Every node's model position, hidden ones too. */
const positions = (page: Page) =>
  page.evaluate(() => Object.fromEntries((window.__thekizGraph?.nodes() ?? []).map((n) => [n.id(), n.position()])));
/** Names of the institution points on the map. */
const mapNames = (page: Page) => page.evaluate(async () => ((await window.__thekizMapPoints?.('name')) ?? []).map(String).sort());

describe('growth on the time slider', () => {
  it('shows a ThEKiZ from its own start year on graph, map and in the counts, with every node in its place', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { bypassCSP: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'wachstum.json');
    fs.writeFileSync(file, growthProjectFile());
    await page.getByRole('button', { name: 'Import/Export' }).click();
    await page.getByLabel(/Projektdatei \(\.json\) als neues Projekt öffnen/).setInputFiles(file);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('als neues Projekt geöffnet');
    await page.getByRole('button', { name: 'Schließen' }).click();
    fs.rmSync(file, { force: true });

    await page.getByRole('button', { name: 'Karte und Graph' }).click();
    await expect.poll(() => graphShown(page), { timeout: 30_000 }).toEqual(expect.objectContaining({ edges: 5 }));
    await page.getByLabel('Netz zu einem Zeitpunkt zeigen').check();
    const status = page.getByTestId('timeline-status');
    const thisYear = new Date().getFullYear();
    await expect.poll(() => status.textContent()).toBe(`Stand Ende ${thisYear}: 2 von 2 ThEKiZ, 5 von 5 Einrichtungen, 5 von 5 Partnerschaften`);
    expect(await page.getByTestId('timeline').textContent()).toContain('Eine Einrichtung ohne Datum „Seit“ wird in jedem Jahr gezeigt.');
    // The slider starts with the first institution's own date.
    expect((await page.getByTestId('timeline-ticks').locator('span').allTextContents())[0]).toBe('2012');
    const full = await positions(page);
    expect(Object.keys(full)).toHaveLength(5);

    const slider = page.getByRole('slider', { name: 'Jahr' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => status.textContent()).toBe('Stand Ende 2012: 1 von 2 ThEKiZ, 2 von 5 Einrichtungen, 1 von 5 Partnerschaften');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    // 2018: the new centre is not there yet, nor its partnership dated 2015.
    await expect.poll(() => status.textContent()).toBe('Stand Ende 2018: 1 von 2 ThEKiZ, 4 von 5 Einrichtungen, 3 von 5 Partnerschaften');
    await expect.poll(() => graphShown(page)).toEqual({ nodes: ['Beratung Weimar', 'Kita Regenbogen', 'Kita Sonnenblume', 'ThEKiZ Altstadt'], edges: 3 });
    await expect.poll(() => mapNames(page), { timeout: 10_000 }).toEqual(['Beratung Weimar', 'Kita Regenbogen', 'Kita Sonnenblume', 'ThEKiZ Altstadt']);
    expect(await page.getByTestId('graph').getAttribute('aria-label')).toContain('mit 4 Einrichtungen und 3 Partnerschaften');
    const in2018 = await positions(page);
    await page.waitForTimeout(600); // the fade
    await page.getByTestId('graph').screenshot({ path: path.join(ARTIFACTS, 'growth-2018.png') });

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => status.textContent()).toBe('Stand Ende 2019: 2 von 2 ThEKiZ, 5 von 5 Einrichtungen, 5 von 5 Partnerschaften');
    await expect.poll(() => graphShown(page)).toEqual({ nodes: ['Beratung Weimar', 'Kita Regenbogen', 'Kita Sonnenblume', 'ThEKiZ Altstadt', 'ThEKiZ Neubau'], edges: 5 });
    await expect.poll(() => mapNames(page), { timeout: 10_000 }).toContain('ThEKiZ Neubau');
    await page.waitForTimeout(600);
    await page.getByTestId('graph').screenshot({ path: path.join(ARTIFACTS, 'growth-2019.png') });
    // Every node keeps its place: the one layout of all years.
    expect(await positions(page)).toEqual(in2018);
    expect(in2018).toEqual(full);
    expect(await seriousViolations(page)).toEqual([]);

    // Playing the growth walks the years without moving a node.
    await page.getByRole('button', { name: 'Wachstum abspielen' }).click();
    await expect.poll(() => status.textContent(), { timeout: 5_000 }).toMatch(/^Stand Ende 201[2-4]:/);
    const seen: Record<string, { x: number; y: number }>[] = [];
    for (let k = 0; k < 4; k++) {
      await page.waitForTimeout(700);
      seen.push(await positions(page));
    }
    for (const p of seen) expect(p).toEqual(full);
    await page.getByRole('button', { name: 'Anhalten' }).click();

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
