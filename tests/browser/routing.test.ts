import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe';
import { heidelbergProject } from '../helpers/heidelbergProject';
import { ARTIFACTS, builtApp, cellClassAt, foreignRequests, openFresh } from '../helpers/browser';

const app = builtApp();
const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'routing');
const file = (name: string, mimeType: string) => ({ name, mimeType, buffer: fs.readFileSync(path.join(FIXTURES, name)) });

// Three family centres in Heidelberg (real places: Altstadt, Bergheim near Bismarckplatz, Kirchheim).
const CSV = [
  'Name;Kategorie;Ort;Breite;Länge',
  'Familienzentrum Altstadt;ThEKiZ;Heidelberg;49.4120;8.7050',
  'Familienzentrum Bergheim;ThEKiZ;Heidelberg;49.4085;8.6900',
  'Familienzentrum Kirchheim;ThEKiZ;Heidelberg;49.3850;8.6650',
].join('\r\n');
const STUTTGART: [number, number] = [9.18, 48.78];

/** Shows Heidelberg and Stuttgart together. */
const frame = (page: Page) => page.evaluate(() => window.__thekizMap!.jumpTo({ center: [8.95, 49.1], zoom: 8 }));
/** Back to Heidelberg: a map of all Baden-Württemberg's cells costs seconds per frame without a GPU. */
const home = (page: Page) => page.evaluate(() => window.__thekizMap!.jumpTo({ center: [8.69, 49.405], zoom: 12 }));
const land = (page: Page) => page.getByTestId('coverage-land').textContent();
/** The Land's share within the main limit, as shown (e.g. "0,4 %"). */
const mainShare = async (page: Page) => (await land(page))?.match(/Anteil bis \d+ (?:km|min)([^(]+)\(/)?.[1]?.trim() ?? null;

describe('real travel times from an OSM extract and a GTFS timetable', () => {
  it('loads Heidelberg, counts by walking and by bus and train, labels it, and keeps it after a reload', { timeout: 300_000 }, async () => {
    // bypassCSP: axe-core is injected as an inline script (the built page's CSP forbids those).
    const { page, log } = await openFresh(app.browser(), app.url(), { bypassCSP: true });
    await heidelbergProject(page, CSV, 3);

    // Straight line first: Stuttgart is far (the open class), not unreachable.
    await page.getByRole('tab', { name: 'Versorgung' }).click();
    await expect.poll(() => land(page), { timeout: 90_000 }).toContain('Anteil bis 10 km');
    const lineShare = await mainShare(page);
    await frame(page);
    await expect.poll(() => cellClassAt(page, STUTTGART), { timeout: 30_000 }).toBe(5);
    await home(page);

    // Travel time: without a road network the tab says what to load.
    await page.getByTestId('coverage-measure').selectOption('routed');
    await expect.poll(() => page.getByTestId('routing-need-road').count()).toBe(1);
    await page.getByTestId('routing-road-input').setInputFiles(file('heidelberg.test.pbf', 'application/octet-stream'));
    await expect.poll(() => page.getByTestId('routing-road-file').textContent(), { timeout: 60_000 }).toContain('heidelberg.test.pbf');
    expect(await page.getByTestId('routing-road').textContent()).toMatch(/Stand der Daten: \d\d\.\d\d\.\d{4}/);

    // On foot: figures in minutes, what they rest on, and the cells outside the extract unreachable (grey), not far.
    await expect.poll(() => land(page), { timeout: 90_000 }).toContain('Anteil bis 30 min');
    const basis = await page.getByTestId('travel-basis-short').textContent();
    expect(basis).toContain('zu Fuß');
    expect(basis).toContain('heidelberg.test.pbf');
    expect(await page.getByTestId('coverage-unreachable').textContent()).toMatch(/\d/);
    const footShare = await mainShare(page);
    expect(footShare).not.toBe(lineShare);
    await frame(page);
    await expect.poll(() => cellClassAt(page, STUTTGART), { timeout: 30_000 }).toBe(6);
    await home(page);
    expect(await page.getByTestId('coverage-legend').textContent()).toContain('nicht erreichbar');
    // Suggestions count by walking time too: two census cells, each searched over the network.
    expect(await page.getByTestId('suggest-by-time').textContent()).toContain('zu Fuß');
    await page.getByTestId('suggest-candidates').selectOption('cells');
    await page.getByLabel('Anzahl neuer Standorte').fill('2');
    await page.getByRole('button', { name: 'Vorschläge berechnen' }).click();
    await expect.poll(() => page.getByTestId('coverage-suggestions').locator('li').count(), { timeout: 120_000 }).toBe(2);
    expect(await page.getByTestId('suggest-checked').textContent()).toMatch(/über das Netz durchsucht/);
    expect(await page.getByTestId('suggest-basis').textContent()).toContain('heidelberg.test.pbf');
    await page.screenshot({ path: path.join(ARTIFACTS, 'routing-foot.png') });

    // Bus and train: load the VRN slice, choose the mode; the timetable's day and window are named.
    await page.getByTestId('routing-transit-input').setInputFiles(file('vrn_gtfs_cut.zip', 'application/zip'));
    await expect.poll(() => page.getByTestId('routing-transit-file').textContent(), { timeout: 60_000 }).toContain('vrn_gtfs_cut.zip');
    await page.getByTestId('routing-mode').selectOption('transit');
    await expect.poll(() => page.getByTestId('travel-basis-short').textContent(), { timeout: 90_000 }).toContain('Bus und Bahn');
    await page.getByTestId('coverage-method').locator('summary').click();
    const method = await page.getByTestId('travel-basis').textContent();
    expect(method).toContain('vrn_gtfs_cut.zip');
    expect(method).toContain('21.06.2022');
    expect(method).toContain('07:00');
    // The new settings and the loaded files are accessible (the routing section, the mode, the window).
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'routing-transit.png') });

    // After a reload the network and timetable are still there and the figures still by time.
    await page.reload();
    await page.getByRole('tab', { name: 'Versorgung' }).click();
    await expect.poll(() => page.getByTestId('routing-road-file').textContent(), { timeout: 60_000 }).toContain('heidelberg.test.pbf');
    await expect.poll(() => page.getByTestId('travel-basis-short').textContent(), { timeout: 90_000 }).toContain('Bus und Bahn');

    // A file that is not an extract is refused in German, and the loaded one stays.
    await page.getByTestId('routing-road-input').setInputFiles({ name: 'kaputt.osm.pbf', mimeType: 'application/octet-stream', buffer: Buffer.from('Das ist keine OSM-Datei, nur Text.') });
    await expect.poll(() => page.getByTestId('routing-road').getByRole('alert').textContent(), { timeout: 30_000 }).toMatch(/OpenStreetMap|Datei/);
    expect(await page.getByTestId('routing-road-file').textContent()).toContain('heidelberg.test.pbf');

    // Partners nearby by walking time over the same network, labelled as such.
    await page.getByRole('tab', { name: 'Einrichtungen' }).click();
    await page.getByRole('button', { name: 'Familienzentrum Altstadt auswählen' }).first().click();
    const nearby = page.getByTestId('nearby-table');
    const heading = page.getByTestId('nearby-time-heading');
    await expect.poll(() => heading.textContent(), { timeout: 30_000 }).toBe('Luftlinie, Fahrzeit über Straßennetz (zu Fuß)');
    expect(await nearby.locator('tbody').textContent()).toMatch(/km\d+ min/); // road minutes, no "ca."
    expect(await page.getByTestId('nearby-road-basis').textContent()).toMatch(/„heidelberg\.test\.pbf“.*© OpenStreetMap-Mitwirkende, ODbL/);
    await page.getByTestId('nearby-road-mode').selectOption('car');
    await expect.poll(() => heading.textContent(), { timeout: 30_000 }).toBe('Luftlinie, Fahrzeit über Straßennetz (mit dem Auto)');
    // By bus and train with the timetable loaded: median minutes, day and window named.
    await page.getByTestId('nearby-road-mode').selectOption('transit');
    await expect.poll(() => heading.textContent(), { timeout: 30_000 }).toBe('Luftlinie, Fahrzeit mit Bus und Bahn (Median)');
    expect(await page.getByTestId('nearby-road-basis').textContent()).toMatch(/Fahrplan „vrn_gtfs_cut\.zip“, Abfahrt am \d\d\.\d\d\.\d{4} zwischen 07:00 und 09:00 Uhr/);
    expect(await nearby.locator('tbody').textContent()).toMatch(/\d+ min/);
    await page.getByTestId('nearby').screenshot({ path: path.join(ARTIFACTS, 'routing-nearby.png') });
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
  });
});
