import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, builtApp, foreignRequests, mapPixel, openFresh } from '../helpers/browser';
import { readPdf } from '../helpers/pdf';
import { XSS_CORPUS } from '../fixtures/xss';

const app = builtApp();
const cell = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
const csv = (rows: (string | number)[][]) => Buffer.from(rows.map((r) => r.map(cell).join(';')).join('\r\n'), 'utf8');
const nameOf = (k: number) => `${XSS_CORPUS[k].trim()} #${k}`;
const at = (k: number): [number, number] => [11.0 + (k % 5) * 0.012, 50.96 + Math.floor(k / 5) * 0.01];

/** Nothing ran: no handler set the flag, no dialog opened, no live markup from the files is in the page. */
async function nothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const dom = await page.evaluate(() => ({
    jsLinks: document.querySelectorAll('a[href^="javascript" i], a[href^=" javascript" i], a[href^="data:" i]').length,
    imgX: document.querySelectorAll('img[src="x"]').length,
    iframes: document.querySelectorAll('iframe').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    math: document.querySelectorAll('math, mglyph').length,
  }));
  expect(dom).toEqual({ jsLinks: 0, imgX: 0, iframes: 0, scripts: 0, math: 0 });
}

describe('hostile text from files', () => {
  it('shows every hostile name, category, carrier, tag, note, website and partnership type as text, everywhere, and runs nothing', async () => {
    // Without the CSP's help: the rendering itself must be safe.
    const { page, log, context } = await openFresh(app.browser(), app.url(), { bypassCSP: true, acceptDownloads: true });
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.getByRole('button', { name: 'Leeres Projekt anlegen' }).click();
    await page.getByRole('button', { name: 'Import/Export' }).click();

    // Institutions (CSV) with a hostile text in every field; every third one has a hostile category.
    const rows: (string | number)[][] = [['Name', 'Kategorie', 'Träger', 'Ort', 'Breite', 'Länge', 'E-Mail', 'Website', 'Schlagworte', 'Notiz']];
    XSS_CORPUS.forEach((x, k) => rows.push([nameOf(k), k % 3 === 0 ? x : 'ThEKiZ', x, 'Erfurt', at(k)[1], at(k)[0], x, x, x, x]));
    await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles({ name: 'feindlich.csv', mimeType: 'text/csv', buffer: csv(rows) });
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByRole('button', { name: `${XSS_CORPUS.length} Einrichtungen importieren` }).click({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'importiert' }).count(), { timeout: 30_000 }).toBe(1);
    await nothingRan(page, dialogs);

    // Partnerships between them, with hostile types and notes; and a GeoJSON file with hostile properties.
    await page.getByRole('button', { name: 'Weitere Datei importieren' }).click();
    const links: (string | number)[][] = [['Einrichtung A', 'Einrichtung B', 'Art', 'Seit', 'Notiz']];
    XSS_CORPUS.forEach((x, k) => { if (k > 0) links.push([nameOf(k - 1), nameOf(k), x, '2020', x]); });
    await page.getByLabel(/Liste mit Partnerschaften/).setInputFiles({ name: 'partner.csv', mimeType: 'text/csv', buffer: csv(links) });
    await page.getByRole('button', { name: `${XSS_CORPUS.length - 1} Partnerschaften speichern` }).click({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('partnership-import').textContent()).toContain('Partnerschaften gespeichert.');
    const geojson = { type: 'FeatureCollection', features: XSS_CORPUS.map((x, k) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [10.9 + k * 0.01, 50.8] }, properties: { name: `GeoJSON ${x}`, kategorie: 'Kita', notiz: x, website: x } })) };
    await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles({ name: 'feindlich.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(geojson)) });
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByRole('button', { name: `${XSS_CORPUS.length} Einrichtungen importieren` }).click({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'importiert' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('button', { name: 'Schließen' }).click();
    await nothingRan(page, dialogs);

    // List and details panel: literal text; the hostile website and e-mail are no links.
    const table = page.getByTestId('institution-table');
    for (let k = 0; k < XSS_CORPUS.length; k++) {
      await page.getByRole('button', { name: `${nameOf(k)} auswählen`, exact: true }).click();
      const details = page.getByTestId('institution-details');
      await expect.poll(() => details.locator('h3').textContent()).toBe(`Einrichtung ${nameOf(k)}`);
      expect(await details.locator('a').count()).toBe(0);
      expect(await details.textContent()).toContain(`Website${XSS_CORPUS[k].trim()}`);
    }
    expect(await table.textContent()).toContain('<script>window.__xss=2</script> #1');
    await nothingRan(page, dialogs);

    // Map tooltip on the first point.
    await page.evaluate(([lon, lat]) => window.__thekizMap!.jumpTo({ center: [lon, lat], zoom: 13 }), at(0));
    await page.waitForFunction(() => window.__thekizMap!.loaded());
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.queryRenderedFeatures({ layers: ['institutions-thekiz-points', 'institutions-points'].filter((l) => window.__thekizMap!.getLayer(l)) }).length), { timeout: 20_000 }).toBeGreaterThan(0);
    const p = await mapPixel(page, at(0));
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.locator('.map-tooltip').textContent(), { timeout: 10_000 }).toBe(nameOf(0));

    // Filters list the hostile categories, carriers and tags as text; the graph and the network table too.
    await page.getByText('Filter', { exact: true }).click();
    expect(await page.locator('.filters').textContent()).toContain(XSS_CORPUS[3]);
    await page.getByRole('button', { name: 'Karte und Graph' }).click();
    await expect.poll(() => page.evaluate(() => window.__thekizGraph?.nodes().length ?? 0), { timeout: 30_000 }).toBe(2 * XSS_CORPUS.length);
    const labels = await page.evaluate(() => window.__thekizGraph!.nodes().map((n) => String(n.data('label'))));
    expect(labels).toContain(nameOf(2));
    await page.getByRole('tab', { name: 'Netzwerk' }).click();
    await expect.poll(() => page.getByTestId('network-nodes').textContent(), { timeout: 30_000 }).toContain(nameOf(7));
    await page.screenshot({ path: path.join(ARTIFACTS, 'xss.png') });
    await nothingRan(page, dialogs);

    // The PDF report and the CSV export carry the text, and the CSV neutralises nothing it need not.
    await page.getByRole('tab', { name: 'Versorgung' }).click();
    await expect.poll(() => page.getByTestId('coverage-land').count(), { timeout: 60_000 }).toBe(1);
    await page.getByRole('combobox', { name: 'Gebiet', exact: true }).selectOption({ label: 'Erfurt' });
    const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Bericht erstellen' }).click()]);
    const text = (await readPdf(new Uint8Array(fs.readFileSync((await pdf.path())!)))).pages.join('\n');
    // Long names wrap in the table cells: compare without the line breaks.
    const flat = text.replace(/\s+/g, '');
    for (const k of [0, 1, 2, 7]) expect(flat).toContain(nameOf(k).replace(/\s+/g, ''));
    await page.getByRole('tab', { name: 'Einrichtungen' }).click();
    const [list] = await Promise.all([page.waitForEvent('download'), table.locator('..').getByRole('button', { name: 'Tabelle als CSV herunterladen' }).click()]);
    const exported = fs.readFileSync((await list.path())!, 'utf8');
    expect(exported).toContain(nameOf(0).replace(/"/g, '""'));
    await nothingRan(page, dialogs);

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
