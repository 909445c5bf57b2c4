import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, builtApp, openFresh } from '../helpers/browser';
import { bigProjectFile } from '../fixtures/networkProject';

const app = builtApp();

describe('a set of institutions bigger than one slice', () => {
  it('goes to the points worker in slices and then shows, clustered', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url());
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'gross-karte.json');
    // 12,000 institutions, 10,800 of them not ThEKiZ: more than one slice (FEATURES_PER_TASK).
    fs.writeFileSync(file, bigProjectFile(12_000));
    await page.getByRole('button', { name: 'Import/Export' }).click();
    await page.getByLabel(/Projektdatei \(\.json\) als neues Projekt öffnen/).setInputFiles(file);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'als neues Projekt geöffnet' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('button', { name: 'Schließen' }).click();
    fs.rmSync(file, { force: true });

    const shown = () =>
      page.evaluate(() => {
        const map = window.__thekizMap!;
        if (!map.getLayer('institutions-clusters')) return { visible: false, clustered: 0 };
        const clusters = map.queryRenderedFeatures({ layers: ['institutions-clusters'] });
        return {
          visible: map.getLayoutProperty('institutions-clusters', 'visibility') !== 'none' && map.getLayoutProperty('institutions-points', 'visibility') !== 'none',
          clustered: clusters.reduce((s, f) => s + Number(f.properties.point_count), 0),
        };
      });
    await expect.poll(async () => (await shown()).visible, { timeout: 30_000 }).toBe(true);
    await expect.poll(async () => (await shown()).clustered, { timeout: 30_000 }).toBeGreaterThan(5_000);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-big-set.png') });
    // The invisible warm-up drawing after the start leaves nothing behind.
    expect(await page.evaluate(() => window.__thekizMap!.getStyle().layers.filter((l) => l.id.startsWith('warm-up')).length)).toBe(0);
    expect(await page.evaluate(() => Boolean(window.__thekizMap!.getSource('warm-up')))).toBe(false);

    // A click on a cluster zooms in until it opens (the points worker knows the zoom).
    const target = await page.evaluate(() => {
      const map = window.__thekizMap!;
      // One not covered by a ThEKiZ point (a click there would select the point).
      const free = map.queryRenderedFeatures({ layers: ['institutions-clusters'] }).map((c) => map.project((c.geometry as GeoJSON.Point).coordinates as [number, number]))
        .filter((q) => map.queryRenderedFeatures([[q.x - 6, q.y - 6], [q.x + 6, q.y + 6]], { layers: ['institutions-thekiz-points', 'institutions-points'] }).length === 0);
      const p = free[0];
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y, zoom: map.getZoom() };
    });
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.getZoom()), { timeout: 10_000 }).toBeGreaterThan(target.zoom + 0.5);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
