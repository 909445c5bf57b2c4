import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, foreignRequests, waitForMap, builtApp, openFresh } from '../helpers/browser';
import { germanCsvWindows1252 } from '../fixtures/germanCsv';
import { xlsxBytes } from '../unit/data/import/xlsx';

const app = builtApp();

const rendered = (page: Page, layer: string) =>
  page.evaluate((l) => (window.__thekizMap!.getLayer(l) ? window.__thekizMap!.queryRenderedFeatures({ layers: [l] }).map((f) => String(f.properties.name)) : []), layer);

describe('importing a German CSV file', () => {
  it('reads Windows-1252 with semicolons and decimal commas, reports problems, previews, writes, and keeps the data after a reload', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url());
    await page.getByRole('button', { name: 'Leeres Projekt anlegen' }).click();
    await page.getByRole('button', { name: 'Import/Export' }).click();
    await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles({ name: 'einrichtungen.csv', mimeType: 'text/csv', buffer: germanCsvWindows1252() });

    // Read: encoding and delimiter detected, columns proposed from the German headers.
    await expect.poll(() => page.getByTestId('read-info').textContent()).toContain('WINDOWS-1252');
    expect(await page.getByTestId('read-info').textContent()).toContain('Semikolon');
    expect(await page.getByLabel('Breite (lat)').inputValue()).not.toBe('');
    expect(await page.locator('.table.preview').textContent()).toContain('Gößnitz');

    // Check: a row-by-row report in German, nothing written yet, points previewed on the map.
    await page.getByRole('button', { name: 'Prüfen' }).click();
    const report = page.getByTestId('import-report');
    await expect.poll(() => report.textContent(), { timeout: 30_000 }).toContain('Zeile 6');
    const text = (await report.textContent()) ?? '';
    expect(text).toMatch(/Zeile 6: Der Name fehlt/);
    expect(text).toMatch(/Zeile 5: .*vertauscht/);
    expect(text).toMatch(/Zeile 7: .*Stadtteilmütter.*unbekannt/);
    expect(await page.getByTestId('check-report').textContent()).toContain('über den Ortsnamen verortet');
    await expect.poll(() => rendered(page, 'import-preview-points').then((n) => n.length)).toBeGreaterThanOrEqual(5);
    expect(await rendered(page, 'institutions-points')).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'import-check.png') });

    await page.getByRole('button', { name: '7 Einrichtungen importieren' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain('7 Einrichtungen importiert');
    await page.getByRole('button', { name: 'Schließen' }).click();
    await expect.poll(() => page.getByText(/^7 Einrichtungen, 0 Partnerschaften$/).count()).toBe(1);

    // The swapped row was fixed: Weimar lies where Weimar is.
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => page.getByText(/^7 Einrichtungen/).count()).toBe(1);
    await page.evaluate(() => window.__thekizMap!.jumpTo({ center: [11.3235, 50.9795], zoom: 12 }));
    await expect.poll(() => rendered(page, 'institutions-points'), { timeout: 20_000 }).toContain('Hebammenpraxis Weimar');

    // Markup in a name is shown as text, never run.
    expect(await page.getByRole('button', { name: '<img src=x onerror=alert(1)> auswählen' }).count()).toBe(1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // The row without a findable place is imported, marked as not on the map.
    expect(await page.getByTestId('institution-table').textContent()).toMatch(/Jugendamt Nirgendwo.*ohne Ort auf der Karte/);
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('says in German what is wrong with a file that is not a CSV table, and writes nothing', async () => {
    const { page, context } = await openFresh(app.browser(), app.url());
    await page.getByRole('button', { name: 'Leeres Projekt anlegen' }).click();
    await page.getByRole('button', { name: 'Import/Export' }).click();
    await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles({ name: 'liste.csv', mimeType: 'text/csv', buffer: Buffer.from('<!DOCTYPE html><html><body>Hallo</body></html>') });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/HTML/);
    await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles({ name: 'leer.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Die Datei ist leer.');
    await page.getByRole('button', { name: 'Schließen' }).click();
    await expect.poll(() => page.getByText('Dieses Projekt hat noch keine Einrichtungen.').count()).toBe(1);
    expect(await page.getByText(/^0 Einrichtungen, 0 Partnerschaften$/).count()).toBe(1);
    await context.close();
  });
});

describe('importing Excel and partnership lists', () => {
  it('imports an Excel workbook, then a partnership list matched by names, with errors reported by row', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url());
    await page.getByRole('button', { name: 'Leeres Projekt anlegen' }).click();
    await page.getByRole('button', { name: 'Import/Export' }).click();
    const xlsx = await xlsxBytes([
      ['Einrichtung', 'Straße', 'PLZ', 'Ort', 'Breite', 'Länge', 'Kategorie', 'Seit'],
      ['ThEKiZ Kita Löwenzahn', 'Am Markt 1', '07545', 'Gera', 50.8766, 12.0815, 'ThEKiZ', new Date(Date.UTC(2016, 0, 1))],
      ['Frühförderstelle Gera', 'Schulstraße 4', '07545', 'Gera', 50.88, 12.07, 'Frühförderstelle', null],
      ['Hebammenpraxis Ronneburg', '', '07580', 'Ronneburg', null, null, 'Hebammen', null],
    ]);
    await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles({ name: 'liste.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(xlsx) });
    await expect.poll(() => page.getByTestId('read-info').textContent()).toContain('Excel (.xlsx)');
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByRole('button', { name: '3 Einrichtungen importieren' }).click({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain('3 Einrichtungen importiert');
    await page.getByRole('button', { name: 'Weitere Datei importieren' }).click();

    const partnerships = ['Einrichtung A;Einrichtung B;Art;Seit', 'ThEKiZ Kita Löwenzahn;Frühförderstelle Gera;Vermittlung / Lotsenfunktion;03.2019', 'thekiz kita loewenzahn;Hebammenpraxis Ronneburg;gemeinsames Angebot;2021', 'ThEKiZ Kita Löwenzahn;Jugendamt Atlantis;Kooperationsvereinbarung;2020'].join('\r\n');
    await page.getByLabel(/Liste mit Partnerschaften/).setInputFiles({ name: 'partner.csv', mimeType: 'text/csv', buffer: Buffer.from(partnerships, 'latin1') });
    const report = page.getByTestId('partnership-report');
    await expect.poll(() => report.textContent(), { timeout: 30_000 }).toMatch(/Jugendamt Atlantis/);
    expect(await report.textContent()).toContain('4');
    await page.getByRole('button', { name: '2 Partnerschaften speichern' }).click();
    await expect.poll(() => page.getByTestId('partnership-import').textContent()).toContain('2 Partnerschaften gespeichert.');
    await page.getByRole('button', { name: 'Schließen' }).click();
    await expect.poll(() => page.getByText(/^3 Einrichtungen, 2 Partnerschaften$/).count()).toBe(1);
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
