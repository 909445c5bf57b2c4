import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { PNG } from 'pngjs';
import { ARTIFACTS, foreignRequests, builtApp, openFresh } from '../helpers/browser';

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
    expect(await page.locator('.project-bar select').first().locator('option').count()).toBe(2);
    await page.getByRole('button', { name: 'Schließen' }).click();
    await expect.poll(() => page.getByText(new RegExp(`^${count} Einrichtungen`)).count()).toBe(1);
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('saves the map as a PNG with title, legend, scale bar and sources, on screen and as A4 at 300 dpi', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { acceptDownloads: true });
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => page.getByText(/^9\d\d Einrichtungen/).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('button', { name: 'Import/Export' }).click();
    const canvas = await page.evaluate(() => ({ w: window.__thekizMap!.getCanvas().width, h: window.__thekizMap!.getCanvas().height }));
    const screen = await download(page, 'Karte als PNG (Bildschirmgröße)');
    expect(screen.name).toMatch(/-karte\.png$/);
    const small = PNG.sync.read(fs.readFileSync(screen.path));
    expect([small.width, small.height]).toEqual([canvas.w, canvas.h]);
    fs.copyFileSync(screen.path, path.join(ARTIFACTS, 'map-export.png'));
    const a4 = await download(page, 'Karte als PNG (A4 quer, 300 dpi)');
    const big = PNG.sync.read(fs.readFileSync(a4.path));
    expect([big.width, big.height]).toEqual([3508, 2480]);
    // Not blank: the land, the points and the legend are drawn in many colours.
    const colours = new Set<number>();
    for (let i = 0; i < big.data.length; i += 4 * 997) colours.add((big.data[i] >> 4) * 256 + (big.data[i + 1] >> 4) * 16 + (big.data[i + 2] >> 4));
    expect(colours.size).toBeGreaterThan(20);
    // The map is back at screen resolution afterwards.
    expect(await page.evaluate(() => window.__thekizMap!.getPixelRatio())).toBe(1);
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
