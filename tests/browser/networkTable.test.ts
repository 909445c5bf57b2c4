import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, builtApp, foreignRequests, openFresh } from '../helpers/browser';
import { seriousViolations } from '../helpers/axe';

const app = builtApp();

/** A list with three "Kita Sonnenblume": two in Erfurt (told apart by street), one in Gera (by town). */
function list(): Buffer {
  const rows = [
    'Name;Kategorie;Straße;Ort;Breite;Länge',
    'Kita Sonnenblume;Kita;Lindenweg 3;Erfurt;50,98;11,03',
    'Kita Sonnenblume;Kita;Am Anger 1;Erfurt;50,97;11,04',
    'Kita Sonnenblume;Kita;Markt 2;Gera;50,88;12,08',
    'Erziehungsberatung Heiligenstadt;Erziehungs- und Familienberatung;Lindenallee 5;Heilbad Heiligenstadt;51,378;10,137',
  ];
  return Buffer.from(`\uFEFF${rows.join('\r\n')}\r\n`, 'utf8');
}

describe('the Netzwerk table for a committee', () => {
  it('shows Kreis and category, tells same-named institutions apart, and explains every figure', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { bypassCSP: true });
    await page.getByRole('button', { name: 'Leeres Projekt anlegen' }).click();
    await page.getByRole('button', { name: 'Import/Export' }).click();
    await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles({ name: 'sonnenblumen.csv', mimeType: 'text/csv', buffer: list() });
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByRole('button', { name: '4 Einrichtungen importieren' }).click({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain('4 Einrichtungen importiert');
    await page.getByRole('button', { name: 'Schließen' }).click();

    await page.getByRole('tab', { name: 'Netzwerk' }).click();
    const table = page.getByTestId('network-nodes');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBe(4);
    expect((await table.locator('thead th').allTextContents()).slice(0, 3)).toEqual(['Name', 'Kreis', 'Kategorie']);
    const rows = (await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).slice(0, 3).map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim())))).sort((a, b) => a.join().localeCompare(b.join()));
    expect(rows).toEqual([
      ['Erziehungsberatung Heiligenstadt', 'Eichsfeld', 'Erziehungs- und Familienberatung'],
      ['Kita Sonnenblume Am Anger 1', 'Erfurt', 'Kita'],
      ['Kita Sonnenblume Gera', 'Gera', 'Kita'],
      ['Kita Sonnenblume Lindenweg 3', 'Erfurt', 'Kita'],
    ]);
    // The addition is its own line of text; the button says which one it selects.
    expect(await table.getByRole('button', { name: 'Kita Sonnenblume (Am Anger 1)', exact: true }).count()).toBe(1);
    expect(await table.getByTestId('name-extra').count()).toBe(3);
    // Names wrap between words only: no word of a name is split over two lines.
    const split = await table.locator('tbody th button').evaluateAll((buttons) => buttons.filter((b) => {
      const range = document.createRange();
      const text = b.firstChild!;
      const words = (text.textContent ?? '').split(' ');
      let at = 0;
      return words.some((w) => {
        range.setStart(text, at);
        range.setEnd(text, at + w.length);
        at += w.length + 1;
        return range.getClientRects().length > 1;
      });
    }).length);
    expect(split).toBe(0);

    // Every figure with a plain reading beside it.
    const totals = (await page.getByTestId('network-totals').textContent()) ?? '';
    expect(totals).toContain('Partnerschaften0');
    expect(totals).not.toContain('Partnerpaare');
    expect(totals).toContain('Ohne diese Einrichtung zerfällt das Netz in getrennte Teile.');
    expect(totals).toContain('Anteil der möglichen Partnerschaften, die es gibt');
    expect(await page.getByTestId('network-totals').locator('dd.explain').count()).toBe(8);
    expect(await page.getByTestId('network-reading').textContent()).toMatch(/Betweenness:.*kürzesten Weg/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'network-table.png') });
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'network-table-rows.png') });

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
