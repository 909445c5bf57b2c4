import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { ARTIFACTS, builtApp, foreignRequests, openFresh, waitForMap } from '../helpers/browser';
import { germanCsvWindows1252 } from '../fixtures/germanCsv';

const app = builtApp();

/** Presses Tab until the focused element's accessible name (or label) matches; fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const byId = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return el.getAttribute('aria-label') ?? byId ?? el.closest('label')?.textContent ?? el.textContent ?? '';
    });
    if (name.test(label.trim())) return;
  }
  throw new Error(`Mit Tab nicht erreicht: ${name}`);
}

/** Starts the tab order anew from the top of the page (a reload; the project stays in IndexedDB). */
async function fromTop(page: Page): Promise<void> {
  await page.reload();
  await waitForMap(page);
  await page.getByTestId('institution-table').waitFor();
}

describe('keyboard only', () => {
  it('imports a file, selects an institution and adds a partnership without the mouse', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url());
    await tabTo(page, /^Leeres Projekt anlegen$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Import\/Export$/);
    await page.keyboard.press('Enter');
    // The file input: Space opens the file chooser, as it would for a person.
    await page.getByLabel(/Datei mit Einrichtungen/).waitFor();
    const chooserOpened = page.waitForEvent('filechooser');
    await tabTo(page, /Datei mit Einrichtungen/);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');
    await page.keyboard.press('Space');
    const chooser = await chooserOpened;
    await chooser.setFiles({ name: 'einrichtungen.csv', mimeType: 'text/csv', buffer: germanCsvWindows1252() });
    await expect.poll(() => page.getByTestId('read-info').textContent()).toContain('WINDOWS-1252');
    await tabTo(page, /^Prüfen$/);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Einrichtungen importieren$/ }).waitFor({ timeout: 30_000 });
    await tabTo(page, /Einrichtungen importieren$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain('Einrichtungen importiert');
    await tabTo(page, /^Schließen$/);
    await page.keyboard.press('Enter');

    // Select an institution from the list.
    await tabTo(page, /In der Liste suchen/);
    await page.keyboard.type('Gera');
    await tabTo(page, /auswählen$/);
    const chosen = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Enter');
    const details = page.getByTestId('institution-details');
    await expect.poll(() => details.locator('h3').textContent()).toBe(`Einrichtung ${chosen}`);
    const before = Number((await details.textContent())!.match(/Partner \((\d+)\)/)![1]);

    // Add a partnership: search the partner, pick it, save.
    await tabTo(page, /^Partnerschaft hinzufügen$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /Partner suchen/);
    await page.keyboard.type('Erfurt');
    await page.keyboard.press('Tab');
    const partner = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(partner).not.toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('picked-partner').textContent()).toContain(partner);
    await tabTo(page, /^Speichern$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => details.textContent()).toContain(`Partner (${before + 1})`);

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('reaches the map search with a skip link after one Tab, and by Tab alone before the panel\'s list', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url());
    // A project with a list in the panel: the list must not stand before the search.
    await page.getByRole('button', { name: 'Leeres Projekt anlegen' }).click();
    await page.getByRole('button', { name: 'Import/Export' }).click();
    await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles({ name: 'einrichtungen.csv', mimeType: 'text/csv', buffer: germanCsvWindows1252() });
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByRole('button', { name: /Einrichtungen importieren$/ }).click({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain('Einrichtungen importiert');
    await page.getByRole('button', { name: 'Schließen' }).click();
    await page.getByTestId('institution-table').waitFor();

    // From the top of the page: the first Tab shows the skip link to the search; Enter goes there.
    await fromTop(page);
    await page.keyboard.press('Tab');
    const link = await page.evaluate(() => ({ text: document.activeElement?.textContent, left: document.activeElement?.getBoundingClientRect().left ?? -1 }));
    expect(link.text).toBe('Zur Suche auf der Karte springen');
    expect(link.left).toBeGreaterThanOrEqual(0); // visible while focused
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-box') !== null)).toBe(true);
    await page.keyboard.type('Gera');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Gera');
    await page.screenshot({ path: path.join(ARTIFACTS, 'keyboard-search.png') });

    // Without the skip links: the search comes right after the header, before the panel and its list.
    await fromTop(page);
    let presses = 0;
    for (; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => ({ search: document.activeElement?.closest('.search-box') !== null, panel: document.activeElement?.closest('#panel') !== null }));
      expect(where.panel).toBe(false);
      if (where.search) break;
    }
    expect(presses).toBeLessThan(20);
    // And the other skip links lead to the map and the panel.
    await fromTop(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
    await fromTop(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel');
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    await context.close();
  });
});
