import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, builtApp, foreignRequests, openFresh } from '../helpers/browser';
import { readPdf } from '../helpers/pdf';

const app = builtApp();
const KREIS = 'Kyffhäuserkreis';

/** The "weiter als 10 km" cell of the Kreis in the coverage table, as a number. */
async function tableBeyond(page: Page): Promise<number> {
  const table = page.getByTestId('coverage-kreise');
  const headers = await table.locator('thead th').allTextContents();
  const col = headers.findIndex((h) => h.startsWith('weiter als 10 km'));
  const row = table.locator('tbody tr').filter({ has: page.getByRole('button', { name: KREIS, exact: true }) });
  return Number(((await row.locator('td, th').nth(col).textContent()) ?? '').replace(/\./g, ''));
}

async function download(page: Page, button: string | RegExp): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).click()]);
  return (await d.path())!;
}

describe('a planner’s own Kreis', () => {
  it('shows inhabitants and children under 15 beyond 10 km from a ThEKiZ, the same in table, CSV and PDF', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { acceptDownloads: true });
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => page.getByText(/^9\d\d Einrichtungen/).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Versorgung' }).click();
    await expect.poll(() => page.getByTestId('coverage-counted').textContent(), { timeout: 60_000 }).toBe('Gezählt: Einwohner, Zensus 2022, 1-km-Gitter');
    await expect.poll(() => page.getByTestId('coverage-kreise').textContent(), { timeout: 30_000 }).toContain(KREIS);
    const figures: Record<string, { table: number; csv: number; pdf: number; total: number }> = {};
    for (const [option, who] of [['Alle Einwohner', 'Einwohner'], ['Kinder unter 15 Jahren', 'Kinder unter 15 Jahren']] as const) {
      const target = option;
      await page.getByLabel('Wen zählen?').selectOption({ label: option });
      await expect.poll(() => page.getByTestId('coverage-counted').textContent(), { timeout: 30_000 }).toBe(`Gezählt: ${who}, Zensus 2022, 1-km-Gitter`);
      const table = await tableBeyond(page);
      // CSV of the Kreise: its heading says what was counted; the Kreis row has the same people beyond 10 km.
      const csv = fs.readFileSync(await download(page, 'Versorgung je Kreis als CSV'), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(';'));
      expect(csv[0][1]).toBe(`Bedarf: ${who}, Zensus 2022, 1-km-Gitter`);
      const beyondCol = csv[0].indexOf('weiter als 10,0 km (Personen)');
      const row = csv.find((r) => r[0] === KREIS)!;
      // PDF of the Kreis: the same figure under the group's name, with the sources.
      await page.getByRole('combobox', { name: 'Gebiet', exact: true }).selectOption({ label: KREIS });
      const bytes = new Uint8Array(fs.readFileSync(await download(page, 'Bericht erstellen')));
      fs.writeFileSync(path.join(ARTIFACTS, `bericht-kyffhaeuser-${target.startsWith('Kinder') ? 'kinder' : 'alle'}.pdf`), bytes);
      const text = (await readPdf(bytes)).pages.join('\n');
      const pdf = Number(new RegExp(`${who} weiter als 10 km entfernt\\n([\\d.]+)`).exec(text)?.[1].replace(/\./g, ''));
      const total = Number(new RegExp(`\\n${who}\\n([\\d.]+)`).exec(text)?.[1].replace(/\./g, ''));
      expect(text.replace(/\s+/g, ' ')).toContain('Gebietsstand 01.01.2024');
      figures[target] = { table, csv: Number(row[beyondCol]), pdf, total };
    }
    const all = figures['Alle Einwohner'];
    const kids = figures['Kinder unter 15 Jahren'];
    for (const f of [all, kids]) {
      expect(f.table).toBeGreaterThan(0);
      expect(f.csv).toBe(f.table);
      expect(f.pdf).toBe(f.table);
    }
    // The Zensus 2022 counts 72,556 inhabitants in the Kyffhäuserkreis; children are fewer.
    expect(all.total).toBe(72_556);
    expect(kids.total).toBeLessThan(all.total * 0.15);
    expect(kids.table).toBeLessThan(all.table);
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
