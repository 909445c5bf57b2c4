import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, builtApp, openFresh } from '../helpers/browser';

const app = builtApp();

async function download(page: Page, button: string): Promise<{ name: string; path: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), path };
}

describe('export', () => {
  it('saves institutions as an Excel CSV and the project as a file that opens again as a new project', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { acceptDownloads: true });
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => page.getByText(/^9\d\d Einrichtungen/).count(), { timeout: 20_000 }).toBe(1);
    const count = Number((await page.getByText(/^9\d\d Einrichtungen/).textContent())!.match(/^(\d+)/)![1]);
    await page.getByRole('button', { name: 'Import/Export' }).click();

    const csv = await download(page, 'Einrichtungen als CSV (für Excel)');
    expect(csv.name).toMatch(/^beispielnetzwerk-thueringen.*-einrichtungen\.csv$/);
    const text = fs.readFileSync(csv.path, 'utf8');
    expect(text.startsWith('\uFEFFName;Kategorie;')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(count + 1);
    expect(text).toContain(';ThEKiZ;');

    const project = await download(page, 'Projektdatei speichern (vollständig)');
    expect(JSON.parse(fs.readFileSync(project.path, 'utf8')).format).toBe('netzwerkkarte-thekiz-projekt');
    await page.getByLabel(/Projektdatei \(\.json\) als neues Projekt öffnen/).setInputFiles(project.path);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('als neues Projekt geöffnet');
    expect(await page.locator('.project-bar select option').count()).toBe(2);
    await page.getByRole('button', { name: 'Schließen' }).click();
    await expect.poll(() => page.getByText(new RegExp(`^${count} Einrichtungen`)).count()).toBe(1);
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
