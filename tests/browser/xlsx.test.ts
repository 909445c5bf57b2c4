import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtApp, foreignRequests, openFresh } from '../helpers/browser';
import { readWorkbook as workbook } from '../helpers/workbook';

const app = builtApp();
const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  return { name: d.suggestedFilename(), bytes: fs.readFileSync((await d.path())!) };
}

describe('Excel downloads', () => {
  it('downloads a table on screen as .xlsx that reads back equal to it, and the institution list that the import reads again', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { acceptDownloads: true });
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => page.getByText(/^9\d\d Einrichtungen/).count(), { timeout: 20_000 }).toBe(1);
    const count = Number((await page.getByText(/^9\d\d Einrichtungen/).textContent())!.match(/^(\d+)/)![1]);

    // The Kreise of the planning area, as on screen.
    await page.getByRole('tab', { name: 'Gebiete' }).click();
    const table = page.getByTestId('kreis-table');
    const header = await table.locator('thead th').allTextContents();
    const screen = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim())));
    expect(screen.length).toBeGreaterThan(20);
    const title = await page.locator('#kreis-table-title').textContent();

    const file = await download(page, () => table.locator('..').getByRole('button', { name: 'Tabelle als Excel (.xlsx) herunterladen' }).click());
    expect(file.name).toBe('kreise-einwohner.xlsx');
    const ws = (await workbook(file.bytes)).worksheets[0];
    expect(ws.getCell('A1').value).toBe(title);
    expect(String(ws.getCell('A2').value)).toMatch(/^Stand: \d\d\.\d\d\.20\d\d$/);
    expect(String(ws.getCell('A4').value)).toContain('Zensus 2022');
    const view = ws.views[0];
    const headerRow = view.state === 'frozen' ? (view.ySplit ?? 0) : 0;
    expect(headerRow).toBe(6);
    expect(ws.getRow(headerRow).values).toEqual([undefined, ...header]);
    const rows: (string | number)[][] = [];
    ws.eachRow((row, n) => { if (n > headerRow) rows.push((row.values as (string | number)[]).slice(1)); });
    // Text as text, the population as a number that Excel shows as on screen (#,##0 in de-DE).
    expect(rows.map(([name, key, people]) => [name, key, integer.format(people as number)])).toEqual(screen);
    expect(rows.every((r) => typeof r[1] === 'string' && typeof r[2] === 'number')).toBe(true);
    expect(ws.getCell(headerRow + 1, 3).numFmt).toBe('#,##0');

    // The institution list from the Import/Export dialog, read again by the import wizard.
    await page.getByRole('button', { name: 'Import/Export' }).click();
    const list = await download(page, () => page.getByRole('button', { name: 'Einrichtungen als Excel-Datei (.xlsx)' }).click());
    expect(list.name).toMatch(/^beispielnetzwerk-thueringen.*-einrichtungen\.xlsx$/);
    const sheets = (await workbook(list.bytes)).worksheets;
    expect(sheets.map((s) => s.name)).toEqual(['Einrichtungen', 'Info']);
    expect(sheets[0].getCell('A1').value).toBe('Name');
    expect(sheets[0].rowCount).toBe(count + 1);
    await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles({ name: list.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: list.bytes });
    await expect.poll(() => page.getByTestId('read-info').textContent(), { timeout: 30_000 }).toContain(`${integer.format(count)} Datenzeilen`);

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
