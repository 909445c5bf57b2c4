import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { ARTIFACTS, ROOT, foreignRequests, waitForMap, watchPage, builtApp, openFresh, mapPixel } from '../helpers/browser';
import { Picture, colourDistance } from '../helpers/pixels';
import { seriousViolations } from '../helpers/axe';
import { formatInteger } from '../../src/domain/format';

const kreisLabels = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/thueringen/kreis-labels.geojson'), 'utf8')) as {
  features: { properties: { ags: string; name: string; einwohner: number }; geometry: { coordinates: [number, number] } }[];
};
const KREIS_NAMES = kreisLabels.features.map((f) => f.properties.name).sort();

const app = builtApp();
fs.mkdirSync(ARTIFACTS, { recursive: true });

/** A fresh browser profile (empty storage) on the app, with the map ready. */
const openApp = (options: BrowserContextOptions = {}) => openFresh(app.browser(), app.url(), options);
const toPixel = mapPixel;

function expectCleanRun(log: ReturnType<typeof watchPage>): void {
  expect(foreignRequests(log.requests, app.url())).toEqual([]);
  expect(log.errors).toEqual([]);
}

describe('the offline map of Thuringia', () => {
  it('draws Thuringia, its borders and its neighbours with no request to another host', async () => {
    const { page, log } = await openApp();
    const shot = await page.screenshot({ path: path.join(ARTIFACTS, 'map-de.png') });
    const pic = new Picture(shot);
    const inside = await toPixel(page, [11.32, 50.72]); // inside Thuringia (Ilm-Kreis)
    const outside = await toPixel(page, [9.75, 51.3]); // Hesse / Lower Saxony
    expect(inside.inside && outside.inside).toBe(true);
    const land = pic.modeAround(inside.x, inside.y);
    const neighbour = pic.modeAround(outside.x, outside.y);
    expect(colourDistance(land, neighbour)).toBeGreaterThan(5);
    // Within Thuringia's box: mostly land colour, and many dark pixels of borders and labels.
    const nw = await toPixel(page, [9.87, 51.65]);
    const se = await toPixel(page, [12.66, 50.2]);
    const landShare = pic.count(nw.x, nw.y, se.x, se.y, (c) => colourDistance(c, land) <= 3);
    expect(landShare.hits / landShare.total).toBeGreaterThan(0.4);
    const dark = pic.count(nw.x, nw.y, se.x, se.y, (c) => c[0] + c[1] + c[2] < 400);
    expect(dark.hits).toBeGreaterThan(2000);
    expect(log.requests.some((u) => u.includes('gemeinden') && u.endsWith('.geojson'))).toBe(true);
    expectCleanRun(log);
  });

  it('shows the names of all 22 Kreise', async () => {
    const { page, log } = await openApp();
    const names = await page.evaluate(() =>
      [...new Set(window.__thekizMap!.queryRenderedFeatures({ layers: ['kreise-labels'] }).map((f) => String(f.properties.name)))].sort(),
    );
    expect(names).toEqual(KREIS_NAMES);
    expect(names).toHaveLength(22);
    expectCleanRun(log);
  });

  it('shows name, key and population of a clicked Kreis, and of a Gemeinde once zoomed in', async () => {
    const { page, log } = await openApp();
    const gotha = kreisLabels.features.find((f) => f.properties.name === 'Gotha')!;
    const at = await toPixel(page, gotha.geometry.coordinates);
    await page.mouse.click(at.x, at.y);
    const panel = page.getByTestId('selection');
    await expect.poll(() => panel.textContent()).toContain('Gotha');
    expect(await page.getByTestId('kreis-ags').textContent()).toBe('16067');
    expect(await page.getByTestId('kreis-population').textContent()).toBe(formatInteger(gotha.properties.einwohner));
    expect(await page.getByTestId('gemeinde-ags').count()).toBe(0); // Gemeinden are drawn from zoom 8.5 on
    const outlined = await page.evaluate(() => window.__thekizMap!.queryRenderedFeatures({ layers: ['kreise-selected'] }).map((f) => f.properties.ags));
    expect(new Set(outlined)).toEqual(new Set(['16067']));
    const filled = await page.evaluate(() => window.__thekizMap!.queryRenderedFeatures({ layers: ['kreise-selected-fill'] }).map((f) => f.properties.ags));
    expect(new Set(filled)).toEqual(new Set(['16067']));

    // Zoom in on Gotha: Gemeinde borders appear and a click names the Gemeinde too.
    await page.evaluate(() => window.__thekizMap!.jumpTo({ center: [10.7019, 50.9482], zoom: 10 }));
    await page.waitForFunction(() => window.__thekizMap!.queryRenderedFeatures({ layers: ['gemeinden-line'] }).length > 0, undefined, { timeout: 30_000 });
    const town = await toPixel(page, [10.7019, 50.9482]);
    await page.mouse.click(town.x, town.y);
    await expect.poll(() => page.getByTestId('gemeinde-ags').count()).toBe(1);
    expect(await page.getByTestId('gemeinde-ags').textContent()).toBe('16067029');
    expect(await panel.textContent()).toContain('Gemeinde');
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-gemeinde.png') });
    expectCleanRun(log);
  });

  it('lets a keyboard user pick a Kreis from the table, which frames it on the map', async () => {
    const { page, log } = await openApp();
    const before = await page.evaluate(() => window.__thekizMap!.getZoom());
    await page.getByRole('tab', { name: 'Gebiete' }).click();
    const button = page.getByRole('button', { name: 'Sömmerda auswählen' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('selection').textContent()).toContain('Sömmerda');
    expect(await page.getByTestId('kreis-ags').textContent()).toBe('16068');
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.getZoom()), { timeout: 10_000 }).toBeGreaterThan(before + 0.5);
    const center = await page.evaluate(() => window.__thekizMap!.getCenter().toArray());
    expect(center[0]).toBeGreaterThan(10.8);
    expect(center[0]).toBeLessThan(11.5);
    expectCleanRun(log);
  });

  it('switches the interface to English and keeps the choice after a reload', async () => {
    const { page, log } = await openApp();
    await page.getByRole('tab', { name: 'Gebiete' }).click();
    expect(await page.getByRole('heading', { name: 'Auswahl' }).count()).toBe(1);
    await page.getByLabel('Sprache').selectOption('en');
    await expect.poll(() => page.getByRole('heading', { name: 'Selection' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Settings' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await waitForMap(page);
    await page.getByRole('tab', { name: 'Areas' }).click();
    expect(await page.getByRole('heading', { name: 'Districts of Thuringia' }).count()).toBe(1);
    // Numbers stay in German notation.
    await expect.poll(() => page.getByTestId('kreis-table').textContent()).toMatch(/\d{1,3}\.\d{3}/);
    // The coverage tab's texts load with its chunk, in the chosen language.
    await page.getByRole('tab', { name: 'Coverage' }).click();
    await expect.poll(() => page.getByLabel('Whom to count').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('coverage-counted').textContent(), { timeout: 60_000 }).toBe('Counted: Inhabitants, Zensus 2022, 1 km grid');
    await page.getByLabel('Language').selectOption('de');
    await expect.poll(() => page.getByTestId('coverage-counted').textContent()).toBe('Gezählt: Einwohner, Zensus 2022, 1-km-Gitter');
    expectCleanRun(log);
  });

  it('loads OpenStreetMap tiles only after the user switches the online basemap on, and says so', async () => {
    const { page, log } = await openApp();
    // Answer tile requests locally: nothing may leave this machine in tests.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await page.route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: png }));
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    await page.getByRole('button', { name: 'Einstellungen' }).click();
    const toggle = page.getByRole('checkbox', { name: /OpenStreetMap/ });
    expect(await toggle.isChecked()).toBe(false);
    expect(await page.getByText(/fremden Server/).count()).toBe(1);
    await toggle.check();
    await expect.poll(() => foreignRequests(log.requests, app.url()).length).toBeGreaterThan(0);
    expect(foreignRequests(log.requests, app.url()).every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    await page.getByRole('button', { name: 'Schließen' }).click();
    expect(await page.getByRole('status').filter({ hasText: 'Online-Funktion aktiv' }).count()).toBe(1);
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('OpenStreetMap');
    expect(log.errors).toEqual([]);
  });

  it('shows the required attribution', async () => {
    const { page, log } = await openApp();
    const text = await page.locator('.maplibregl-ctrl-attrib').textContent();
    expect(text).toContain('© GeoBasis-DE / BKG');
    expect(text).toContain('GeoNames');
    expectCleanRun(log);
  });

  it('has no serious accessibility violations (axe-core), also with the demo loaded and an institution open', async () => {
    const { page, log } = await openApp({ bypassCSP: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => page.getByTestId('institution-table').count(), { timeout: 20_000 }).toBe(1);
    await page.getByLabel('In der Liste suchen').fill('thekiz');
    await page.getByRole('button', { name: /^ThEKiZ Kita .* auswählen$/ }).first().click();
    await page.getByTestId('institution-details').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    await page.getByTestId('institution-form').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await page.getByRole('tab', { name: 'Gebiete' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    expectCleanRun(log);
  });
});
