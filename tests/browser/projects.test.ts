import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, foreignRequests, waitForMap, builtApp, openFresh } from '../helpers/browser';

const app = builtApp();

/** Number of institution points MapLibre has drawn. */
const drawnPoints = (page: Page) => page.evaluate(() => (window.__thekizMap!.getLayer('institutions-points') ? window.__thekizMap!.queryRenderedFeatures({ layers: ['institutions-points'] }).length : 0));

describe('projects and the demo data', () => {
  it('offers the fictional demo on first start, shows it on the map and keeps it after a reload', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url());
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => page.getByText(/^\d+ Einrichtungen, \d+ Partnerschaften$/).textContent(), { timeout: 20_000 }).toMatch(/^9\d\d Einrichtungen, 1\.?\d{3} Partnerschaften$/);
    expect(await page.getByText('Beispieldaten – fiktiv', { exact: true }).first().isVisible()).toBe(true);
    await expect.poll(() => drawnPoints(page), { timeout: 20_000 }).toBeGreaterThan(500);
    await page.screenshot({ path: path.join(ARTIFACTS, 'demo.png') });

    await page.reload();
    await waitForMap(page);
    await expect.poll(() => drawnPoints(page), { timeout: 20_000 }).toBeGreaterThan(500);

    // A ThEKiZ found in the list shows its details and partners; the map marks it.
    await page.getByLabel('Einrichtungen filtern').fill('thekiz gera');
    await page.getByRole('button', { name: /^ThEKiZ Kita .* Gera auswählen$/ }).first().click();
    const details = page.getByTestId('institution-details');
    await expect.poll(() => details.textContent()).toMatch(/Partner \(\d+\)/);
    expect(await details.textContent()).toContain('Beispieldaten – fiktiv');
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.queryRenderedFeatures({ layers: ['institutions-selected'] }).length)).toBe(1);
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('shows what one tab stores in another tab of the same browser, without a reload', async () => {
    const context = await app.browser().newContext({ viewport: { width: 1280, height: 720 } });
    const first = await context.newPage();
    await first.goto(app.url());
    await waitForMap(first);
    const second = await context.newPage();
    await second.goto(app.url());
    await waitForMap(second);
    await first.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => second.getByText(/^9\d\d Einrichtungen, \d\.?\d+ Partnerschaften$/).count(), { timeout: 20_000 }).toBe(1);
    expect(await second.locator('.project-bar select').inputValue()).not.toBe('');
    await context.close();
  });

  it('deletes a project in one step after asking', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url());
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => drawnPoints(page), { timeout: 20_000 }).toBeGreaterThan(500);
    await page.getByText('Projekt …').click();
    await page.getByRole('button', { name: 'Projekt löschen' }).click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toMatch(/mit 9\d\d Einrichtungen/);
    await page.getByRole('button', { name: 'Ja, löschen' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).count()).toBe(1);
    await expect.poll(() => drawnPoints(page)).toBe(0);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
