import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, foreignRequests, waitForMap, builtApp, openFresh, mapPixel } from '../helpers/browser';

const app = builtApp();

/** What MapLibre has drawn of the institutions: ThEKiZ points, other points, clusters. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const map = window.__thekizMap!;
    const count = (layer: string) => (map.getLayer(layer) ? map.queryRenderedFeatures({ layers: [layer] }).length : 0);
    return { thekiz: count('institutions-thekiz-points'), others: count('institutions-points'), clusters: count('institutions-clusters') };
  });
const drawnPoints = (page: Page) => drawn(page).then((d) => d.thekiz + d.others + d.clusters);

describe('projects and the demo data', () => {
  it('offers the fictional demo on first start, shows it on the map and keeps it after a reload', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url());
    // Every frame from the click on: does the panel show the progress, does it ever claim the project is empty?
    await page.evaluate(() => {
      const seen = { progress: false, empty: false, done: false };
      (window as unknown as { __demoSeen: typeof seen }).__demoSeen = seen;
      const tick = () => {
        const text = document.getElementById('panel')?.innerText ?? '';
        if (document.querySelector('[data-testid="demo-progress"]') && /Beispieldaten werden geladen – Schritt \d von 4/.test(text)) seen.progress = true;
        if (text.includes('noch keine Einrichtungen')) seen.empty = true;
        if (/9\d\d Einrichtungen, /.test(text)) seen.done = true;
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => page.getByText(/^\d+ Einrichtungen, \d+ Partnerschaften$/).textContent(), { timeout: 20_000 }).toMatch(/^9\d\d Einrichtungen, 1\.?\d{3} Partnerschaften$/);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __demoSeen: { done: boolean } }).__demoSeen.done)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __demoSeen: object }).__demoSeen)).toEqual({ progress: true, empty: false, done: true });
    await expect.poll(() => page.getByTestId('demo-progress').count()).toBe(0);
    await page.locator('#panel').screenshot({ path: path.join(ARTIFACTS, 'demo-list.png') });
    expect(await page.getByText('Beispieldaten – fiktiv', { exact: true }).first().isVisible()).toBe(true);
    // Every ThEKiZ stands out on its own; the other institutions are clustered at this zoom.
    await expect.poll(() => drawn(page).then((d) => d.thekiz), { timeout: 20_000 }).toBe(90);
    // The other institutions arrive in slices; wait until they are all clustered.
    await expect.poll(() => drawn(page).then((d) => d.clusters), { timeout: 20_000 }).toBeGreaterThan(20);
    const first = await drawn(page);
    expect(first.clusters + first.others).toBeLessThan(862); // 952 institutions, 90 of them ThEKiZ
    await page.screenshot({ path: path.join(ARTIFACTS, 'demo.png') });

    await page.reload();
    await waitForMap(page);
    await expect.poll(() => drawn(page).then((d) => d.thekiz), { timeout: 20_000 }).toBe(90);

    // A click on a cluster zooms in until it opens.
    await expect.poll(() => drawn(page).then((d) => d.clusters), { timeout: 20_000 }).toBeGreaterThan(20);
    const zoomBefore = await page.evaluate(() => window.__thekizMap!.getZoom());
    // A cluster with no point drawn over it (a ThEKiZ on top would take the click).
    const cluster = await page.evaluate(() => {
      const map = window.__thekizMap!;
      for (const f of map.queryRenderedFeatures({ layers: ['institutions-clusters'] })) {
        const c = (f.geometry as unknown as { coordinates: [number, number] }).coordinates;
        const p = map.project(c);
        const box: [[number, number], [number, number]] = [[p.x - 8, p.y - 8], [p.x + 8, p.y + 8]];
        if (map.queryRenderedFeatures(box, { layers: ['institutions-thekiz-points', 'institutions-points'] }).length === 0) return c;
      }
      throw new Error('kein freier Cluster');
    });
    const at = await mapPixel(page, cluster);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.getZoom())).toBeGreaterThan(zoomBefore + 0.5);

    // A ThEKiZ found in the list shows its details and partners; the map marks it.
    await page.getByLabel('In der Liste suchen').fill('thekiz gera');
    await page.getByRole('button', { name: /^ThEKiZ Kita .* Gera auswählen$/ }).first().click();
    const details = page.getByTestId('institution-details');
    await expect.poll(() => details.textContent()).toMatch(/Partner \(\d+\)/);
    expect(await details.textContent()).toContain('Beispieldaten – fiktiv');
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.queryRenderedFeatures({ layers: ['institutions-selected'] }).length)).toBe(1);
    // Its partnerships are drawn as lines, and hovering its point names it (as text).
    const partners = Number((await details.textContent())!.match(/Partner \((\d+)\)/)![1]);
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.queryRenderedFeatures({ layers: ['partner-lines'] }).length)).toBeGreaterThan(0);
    expect(partners).toBeGreaterThan(0);
    const name = (await details.locator('h3').textContent())!.replace(/^Einrichtung /, '');
    // Hover a still map, close in (at a Kreis-wide zoom two centres of one town can share a pixel).
    await page.evaluate(
      `new Promise((resolve) => { const map = window.__thekizMap; map.stop(); const c = map.queryRenderedFeatures({ layers: ['institutions-selected'] })[0].geometry.coordinates; map.once('idle', resolve); map.jumpTo({ center: c, zoom: 15 }); })`,
    );
    const point = await page.evaluate(() => (window.__thekizMap!.queryRenderedFeatures({ layers: ['institutions-selected'] })[0].geometry as unknown as { coordinates: [number, number] }).coordinates);
    const over = await mapPixel(page, point);
    await page.mouse.move(over.x, over.y);
    await expect.poll(() => page.locator('.map-tooltip').textContent()).toBe(name);
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
    expect(await second.locator('.project-bar select').first().inputValue()).not.toBe('');
    await context.close();
  });

  it('deletes a project in one step after asking', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url());
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => drawnPoints(page), { timeout: 20_000 }).toBeGreaterThan(100);
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
