import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtApp, foreignRequests, openFresh, waitForMap } from '../helpers/browser';
import { openTestProject } from '../helpers/testProject';
import { bigGermanCsv } from '../bench/importBench';

const app = builtApp();

async function editOpen(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `${name} auswählen`, exact: true }).click();
  await page.getByTestId('institution-details').getByRole('button', { name: 'Bearbeiten' }).click();
  await page.getByTestId('institution-form').waitFor();
}

describe('nothing stored is lost', () => {
  it('a full disk: the edit is refused with a clear German message and a way to save the project; earlier data stays', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { acceptDownloads: true });
    await openTestProject(page, 'voll.json');
    await editOpen(page, 'Kita Nord');
    // From now on every write fails as on a full disk.
    await page.evaluate(() => {
      const full = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
      const p = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      (window as unknown as { __restore: unknown }).__restore = { put: p.put, add: p.add };
      p.put = full;
      p.add = full;
    });
    const form = page.getByTestId('institution-form');
    await form.getByLabel('Name').fill('Kita Nord – geändert');
    await form.getByRole('button', { name: 'Speichern' }).click();
    const alert = page.getByTestId('storage-alert');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('Der Speicher des Browsers ist voll');
    expect(await form.textContent()).toContain('Der Speicher des Browsers ist voll');
    // Saving the project as a file still works (reading needs no space) and holds the stored state.
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Projekt als Datei sichern' }).click()]);
    const saved = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { institutions: { name: string }[] };
    expect(saved.institutions.map((i) => i.name)).toContain('Kita Nord');
    expect(saved.institutions.map((i) => i.name)).not.toContain('Kita Nord – geändert');
    // Space again: after a reload everything is as before the failed edit.
    await page.evaluate(() => {
      const r = (window as unknown as { __restore: { put: unknown; add: unknown } }).__restore;
      Object.assign(IDBObjectStore.prototype, r);
    });
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => page.getByText('8 Einrichtungen, 4 Partnerschaften').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Kita Nord auswählen', exact: true }).count()).toBe(1);
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    await context.close();
  });

  it('two tabs editing one institution at once: both edits stay, and each tab shows the other', async () => {
    const { page: a, context } = await openFresh(app.browser(), app.url());
    await openTestProject(a, 'zwei-tabs.json');
    const b = await context.newPage();
    await b.goto(app.url());
    await waitForMap(b);
    await expect.poll(() => b.getByText('8 Einrichtungen, 4 Partnerschaften').count()).toBe(1);
    // Both forms open on the same state; A changes the name, then B (still on the old state) the phone.
    await editOpen(a, 'Kita Nord');
    await editOpen(b, 'Kita Nord');
    await a.getByTestId('institution-form').getByLabel('Name').fill('Kita Nord am Park');
    await a.getByTestId('institution-form').getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => a.getByTestId('institution-details').locator('h3').textContent(), { timeout: 10_000 }).toBe('Einrichtung Kita Nord am Park');
    await b.getByTestId('institution-form').getByLabel('Telefon').fill('0361 555 0');
    await b.getByTestId('institution-form').getByRole('button', { name: 'Speichern' }).click();
    for (const page of [a, b]) {
      await expect.poll(() => page.getByTestId('institution-details').textContent(), { timeout: 10_000 }).toContain('Telefon0361 555 0');
      expect(await page.getByTestId('institution-details').locator('h3').textContent()).toBe('Einrichtung Kita Nord am Park');
    }
    await context.close();
  });

  it('closing the tab in the middle of a 100,000-row import leaves the project exactly as it was', async () => {
    const { page, context } = await openFresh(app.browser(), app.url());
    await page.getByRole('button', { name: 'Leeres Projekt anlegen' }).click();
    await page.getByRole('button', { name: 'Import/Export' }).click();
    const file = path.join(os.tmpdir(), `thekiz-abbruch-${process.pid}.csv`);
    fs.writeFileSync(file, bigGermanCsv());
    await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles(file);
    await page.getByRole('button', { name: 'Prüfen' }).click({ timeout: 120_000 });
    const commit = page.getByRole('button', { name: /Einrichtungen importieren$/ });
    await commit.waitFor({ timeout: 180_000 });
    fs.rmSync(file, { force: true });
    await commit.click();
    await page.waitForTimeout(150);
    // Only a close in the middle counts: the import must not have finished yet.
    expect(await page.getByRole('status').filter({ hasText: 'importiert' }).count()).toBe(0);
    await page.close();

    const again = await context.newPage();
    await again.goto(app.url());
    await waitForMap(again);
    await expect.poll(() => again.getByText('Dieses Projekt hat noch keine Einrichtungen.').count(), { timeout: 20_000 }).toBe(1);
    const stored = await again.evaluate(() => new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('netzwerkkarte-thekiz');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('institutionBlocks', 'readonly');
        const count = tx.objectStore('institutionBlocks').count();
        count.onsuccess = () => resolve(count.result);
      };
    }));
    expect(stored).toBe(0);
    await context.close();
  });
});
