import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, builtApp, foreignRequests, openFresh } from '../helpers/browser';

const app = builtApp();

/** A Jugendamt list as Excel writes it: UTF-8 with BOM, semicolons, a postcode and no place or coordinates. */
function jugendamtList(): Buffer {
  const rows = [
    'Einrichtung;Kategorie;PLZ',
    'Jugendamt Erfurt;Jugendamt / ASD;99084',
    'Jugendamt Gera;Jugendamt / ASD;07545',
    'Jugendamt Suhl;Jugendamt / ASD;98527',
    'Jugendamt Wartburgkreis;Jugendamt / ASD;36433',
  ];
  return Buffer.from(`\uFEFF${rows.join('\r\n')}\r\n`, 'utf8');
}

describe('importing a list with postcodes only', () => {
  it('locates each row at its postcode, says so in the check report, and files it under the right Kreis', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url());
    await page.getByRole('button', { name: 'Leeres Projekt anlegen' }).click();
    await page.getByRole('button', { name: 'Import/Export' }).click();
    await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles({ name: 'jugendaemter.csv', mimeType: 'text/csv', buffer: jugendamtList() });
    await expect.poll(() => page.getByTestId('read-info').textContent()).toContain('Semikolon');

    await page.getByRole('button', { name: 'Prüfen' }).click();
    const report = page.getByTestId('check-report');
    await expect.poll(() => report.textContent(), { timeout: 30_000 }).toContain('4 nur über die Postleitzahl verortet');
    await report.getByText(/^Über Name oder Postleitzahl verortet/).click();
    const text = (await report.textContent()) ?? '';
    expect(text).toContain('Jugendamt Erfurt – Lage über die Postleitzahl 99084 gefunden');
    expect(text).toContain('über die Postleitzahl 36433 gefunden (Mitte ihrer 4 Orte');
    expect(text).toContain('0 ohne Ort');
    await page.screenshot({ path: path.join(ARTIFACTS, 'import-postcodes-check.png') });

    await page.getByRole('button', { name: '4 Einrichtungen importieren' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain('4 Einrichtungen importiert');
    await page.getByRole('button', { name: 'Schließen' }).click();

    // Each row got the Gemeinde key of the point it was placed at: one in each of the four Kreise.
    await page.getByText('Filter', { exact: true }).click();
    for (const kreis of ['Erfurt', 'Gera', 'Suhl', 'Wartburgkreis']) {
      await expect.poll(() => page.getByLabel(new RegExp(`^${kreis} \\(1\\)$`)).count(), { timeout: 20_000 }).toBe(1);
    }
    expect(await page.getByLabel(/^ohne Kreis/).count()).toBe(0);
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
