import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { builtApp, foreignRequests, openFresh } from '../helpers/browser';
import { openTestProject } from '../helpers/testProject';
import { seriousViolations } from '../helpers/axe';
import { germanCsvWindows1252 } from '../fixtures/germanCsv';

const app = builtApp();
const announced = (page: Page) => page.getByTestId('announcer').textContent();
/** The text of a download, without the byte order mark. */
const csvText = (d: Download) => d.path().then((p) => fs.readFileSync(p!, 'utf8').replace(/^\uFEFF/, ''));
const download = async (page: Page, click: () => Promise<void>) => (await Promise.all([page.waitForEvent('download'), click()]))[0];

describe('screen readers, tables as CSV, axe on every main screen', () => {
  it('announces selections and analysis results, exports the tables, and has no serious axe violation', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { bypassCSP: true, acceptDownloads: true });
    await openTestProject(page, 'a11y.json');

    // A selection in the list is read out with name, category and town.
    await page.getByRole('button', { name: 'Kita Nord auswählen', exact: true }).click();
    await expect.poll(() => announced(page)).toBe('Ausgewählt: Kita Nord, Kita, Erfurt.');
    // The institution list and the partners nearby as CSV.
    const list = await csvText(await download(page, () => page.getByTestId('institution-table').locator('..').getByRole('button', { name: 'Tabelle als CSV herunterladen' }).click()));
    expect(list.split('\r\n')[0]).toMatch(/^Name;Kategorie;Träger/);
    expect(list).toContain('ThEKiZ <b>Mitte</b>');
    const near = await csvText(await download(page, () => page.getByTestId('nearby').getByRole('button', { name: 'Tabelle als CSV herunterladen' }).click()));
    expect(near.split('\r\n')[0]).toBe('Name;Kategorie;Entfernung (km, Luftlinie);Fahrzeit geschätzt (min);Bereits Partner');
    expect(near).toMatch(/\r\nThEKiZ <b>Mitte<\/b>;ThEKiZ;2,\d\d;3;ja\r\n/);

    // Graph only, then side by side: axe clean.
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.__thekizGraph?.nodes().length ?? -1), { timeout: 30_000 }).toBe(8);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Karte und Graph' }).click();
    expect(await seriousViolations(page)).toEqual([]);

    // The network figures are announced when they are ready.
    await page.getByRole('tab', { name: 'Netzwerk' }).click();
    await expect.poll(() => announced(page), { timeout: 30_000 }).toMatch(/^Netzwerkkennzahlen berechnet: 8 Einrichtungen, 4 Partnerschaften, 4 Komponenten, 3 ohne Partner, Dichte 0,143\.$/);
    await page.getByRole('button', { name: 'Karte', exact: true }).click();

    // Coverage figures are announced; the Kreise of the overview tab download as CSV.
    await page.getByRole('tab', { name: 'Versorgung' }).click();
    await expect.poll(() => announced(page), { timeout: 60_000 }).toMatch(/^Versorgung berechnet: \d+(,\d)? % der Einwohner wohnen innerhalb von \d+ km/);
    await page.getByRole('tab', { name: 'Gebiete' }).click();
    const kreise = await csvText(await download(page, () => page.getByTestId('kreis-table').locator('..').getByRole('button', { name: 'Tabelle als CSV herunterladen' }).click()));
    const lines = kreise.trim().split('\r\n');
    expect(lines[0]).toBe('Kreis;Schlüssel (AGS);Einwohner');
    expect(lines).toHaveLength(23);
    expect(lines.some((l) => /^Erfurt;16051;\d{6}$/.test(l))).toBe(true);

    // The import wizard, at the mapping step and at the check report: axe clean, report as CSV.
    await page.getByRole('button', { name: 'Import/Export' }).click();
    await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles({ name: 'einrichtungen.csv', mimeType: 'text/csv', buffer: germanCsvWindows1252() });
    await expect.poll(() => page.getByTestId('read-info').textContent()).toContain('WINDOWS-1252');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await expect.poll(() => page.getByTestId('import-report').textContent(), { timeout: 30_000 }).toContain('Zeile 6');
    expect(await seriousViolations(page)).toEqual([]);
    const report = await csvText(await download(page, () => page.getByTestId('check-report').getByRole('button', { name: 'Tabelle als CSV herunterladen' }).click()));
    expect(report.split('\r\n')[0]).toBe('Zeile;Spalte;Problem');
    expect(report).toMatch(/\r\n6;Einrichtung;"Zeile 6: Der Name fehlt/);

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
