import fs from 'node:fs';
import path from 'node:path';
import { readPdf } from '../helpers/pdf';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, areaSelect, builtApp, cellClassAt, foreignRequests, openFresh, waitForMap, withNewMap } from '../helpers/browser';

const app = builtApp();

/** The map's current view: centre and the box it shows. */
const view = (page: Page) =>
  page.evaluate(() => {
    const map = window.__thekizMap!;
    const b = map.getBounds();
    return { lon: map.getCenter().lng, lat: map.getCenter().lat, west: b.getWest(), east: b.getEast(), south: b.getSouth(), north: b.getNorth() };
  });


const CSV = [
  'Name;Kategorie;Ort',
  'ThEKiZ Leipzig-Grünau;ThEKiZ;Leipzig',
  'ThEKiZ Dresden-Prohlis;ThEKiZ;Dresden',
  'ThEKiZ Chemnitz;ThEKiZ;Chemnitz',
  'Familienzentrum Görlitz;ThEKiZ;Görlitz',
].join('\r\n');
const DRESDEN: [number, number] = [13.7373, 51.0504];

describe('planning area', () => {
  it('works for another Land and for all of Germany: map, Kreise, import, coverage with progress and cancel', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url());
    // First start: an empty project for Sachsen. The map moves to Saxony, the Kreis list is Saxony's.
    const welcomeArea = page.locator('.welcome').getByRole('combobox', { name: 'Planungsgebiet', exact: true });
    expect(await welcomeArea.inputValue()).toBe('16');
    await welcomeArea.selectOption({ label: 'Sachsen' });
    await withNewMap(page, () => page.getByRole('button', { name: 'Leeres Projekt anlegen' }).click());
    const select = areaSelect(page);
    expect(await select.inputValue()).toBe('14');
    const saxony = await view(page);
    expect(saxony.lon).toBeGreaterThan(12.5);
    expect(saxony.lon).toBeLessThan(14.3);
    expect(await page.getByRole('region', { name: /^Karte von Sachsen/ }).count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Gebiete' }).click();
    await expect.poll(() => page.getByRole('button', { name: /Leipzig/ }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^Erfurt/ }).count()).toBe(0);

    // Import by place names: located from Saxony's own places.
    await page.getByRole('button', { name: 'Import/Export' }).click();
    await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles({ name: 'sachsen.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await expect.poll(() => page.getByTestId('check-report').textContent(), { timeout: 30_000 }).toContain('über den Ortsnamen verortet');
    await page.getByRole('button', { name: '4 Einrichtungen importieren' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'importiert' }).textContent(), { timeout: 30_000 }).toContain('4 Einrichtungen importiert');
    await page.getByRole('button', { name: 'Schließen' }).click();

    // Coverage for Saxony: figures for "Sachsen" and its Kreise; Dresden is covered.
    await page.getByRole('tab', { name: 'Versorgung' }).click();
    const land = page.getByTestId('coverage-land');
    await expect.poll(() => land.textContent(), { timeout: 60_000 }).toContain('Einwohner');
    expect(await land.textContent()).toMatch(/^Sachsen/);
    expect(await land.textContent()).toMatch(/Einrichtungen4/);
    expect(await page.getByTestId('coverage-kreise').textContent()).toContain('Leipzig');
    await expect.poll(() => cellClassAt(page, DRESDEN), { timeout: 20_000 }).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'area-sachsen.png') });
    // The report for the whole area is about Saxony.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Bericht erstellen' }).click()]);
    const pdf = new Uint8Array(fs.readFileSync((await download.path())!));
    fs.writeFileSync(path.join(ARTIFACTS, 'bericht-sachsen.pdf'), pdf);
    const { pages } = await readPdf(pdf);
    expect(pages[0]).toContain('Landesbericht Sachsen');
    expect(pages.join('\n')).toContain('ThEKiZ Dresden-Prohlis');

    // All of Germany: a long run shows its progress and can be cancelled, then run again.
    await withNewMap(page, async () => {
      await select.selectOption({ label: 'Deutschland (alle Länder)' });
      await page.getByRole('button', { name: 'Berechnung abbrechen' }).click({ timeout: 30_000 });
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Berechnung abgebrochen' }).count(), { timeout: 20_000 }).toBe(1);
    });
    const germany = await view(page);
    expect(germany.west).toBeLessThan(6.5);
    expect(germany.east).toBeGreaterThan(14.5);
    await page.getByRole('button', { name: 'Neu berechnen' }).click();
    await expect.poll(() => page.getByTestId('coverage-progress').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => land.textContent(), { timeout: 120_000 }).toMatch(/^Deutschland.*Einwohner/);
    // 400 Kreise (Gebietsstand 15.05.2022), each a row; the centres count for the whole country.
    await expect.poll(() => page.getByText('100 von 400 angezeigt').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await land.textContent()).toMatch(/Einrichtungen4/);
    await expect.poll(() => cellClassAt(page, DRESDEN), { timeout: 30_000 }).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'area-germany.png') });

    // The next start opens on Germany at once (the area is remembered with the project).
    await page.reload();
    await waitForMap(page);
    const first = await view(page);
    expect(first.west).toBeLessThan(6.5);
    expect(await select.inputValue()).toBe('de');

    // Back to Thuringia: its own files again.
    await withNewMap(page, () => select.selectOption({ label: 'Thüringen' }));
    const thuringia = await view(page);
    expect(thuringia.lon).toBeGreaterThan(10.5);
    expect(thuringia.lon).toBeLessThan(12);

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  }, 300_000);
});
