import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, ROOT, areaSelect, builtApp, foreignRequests, openFresh, serveBuild, waitForMap, withNewMap } from '../helpers/browser';

// A copy of the build, so the test can publish a "new version" without touching dist/.
const COPY = 'dist-pwa-test';
const app = builtApp();
let server: Awaited<ReturnType<typeof serveBuild>> | undefined;
afterAll(async () => {
  await server?.server.close();
  fs.rmSync(path.join(ROOT, COPY), { recursive: true, force: true });
});

const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

describe('the offline app', () => {
  it('works with no network after the first visit, and asks before a new version takes over', async () => {
    fs.rmSync(path.join(ROOT, COPY), { recursive: true, force: true });
    fs.cpSync(path.join(ROOT, 'dist'), path.join(ROOT, COPY), { recursive: true });
    server = await serveBuild(COPY);
    const { page, log, context } = await openFresh(app.browser(), server.url, { serviceWorkers: 'allow' });
    expect(await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'))).toBe('/manifest.webmanifest');

    // First visit: everything is cached once the map is up; the app says so.
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => page.getByText(/^9\d\d Einrichtungen/).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('update-prompt').textContent(), { timeout: 30_000 }).toContain('Die App ist jetzt auch ohne Internet nutzbar.');
    await page.getByTestId('update-prompt').getByRole('button', { name: 'Schließen' }).click();

    // Another planning area, chosen once online, is cached when first used (not precached).
    const kreisNames = () => page.evaluate(() => window.__thekizMap!.querySourceFeatures('kreisLabels').map((f) => String(f.properties.name)));
    const visitSaxony = async () => {
      await withNewMap(page, () => areaSelect(page).selectOption({ label: 'Sachsen' }));
      await expect.poll(kreisNames, { timeout: 20_000 }).toContain('Leipzig');
      await withNewMap(page, () => areaSelect(page).selectOption({ label: 'Thüringen' }));
    };
    await visitSaxony();

    // No network at all: the page, the map with the embedded data and the project still come.
    await context.setOffline(true);
    await page.reload();
    await waitForMap(page);
    expect(await controlled(page)).toBe(true);
    await expect.poll(() => page.getByText(/^9\d\d Einrichtungen/).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.querySourceFeatures('kreise').length), { timeout: 20_000 }).toBeGreaterThan(0);
    // The graph and the coverage engine are lazy chunks and workers: they come from the cache too.
    await page.getByRole('button', { name: 'Karte und Graph' }).click();
    await expect.poll(() => page.evaluate(() => window.__thekizGraph?.nodes().length ?? 0), { timeout: 60_000 }).toBeGreaterThan(500);
    await page.getByRole('tab', { name: 'Versorgung' }).click();
    await expect.poll(() => page.getByTestId('coverage-land').count(), { timeout: 60_000 }).toBe(1);
    // Saxony, used once before, comes from the cache as well.
    await visitSaxony();
    await context.setOffline(false);

    // A new version is published: the app offers it instead of changing under the user.
    fs.appendFileSync(path.join(ROOT, COPY, 'sw.js'), '\n// neue Version\n');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = page.getByRole('alertdialog');
    await expect.poll(() => prompt.textContent(), { timeout: 30_000 }).toContain('Eine neue Version der App ist da.');
    expect(await page.getByText(/^9\d\d Einrichtungen/).count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'update-prompt.png') });
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Jetzt aktualisieren' }).click()]);
    await waitForMap(page);
    await expect.poll(() => page.getByText(/^9\d\d Einrichtungen/).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    const waiting = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null));
    expect(waiting).toBeNull();

    expect(foreignRequests(log.requests, server.url)).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
