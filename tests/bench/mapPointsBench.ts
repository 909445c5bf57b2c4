/**
 * map_points_5k_ready_ms: navigation → the first map idle at which a project of 5,000
 * institutions and 20,000 partnership lines is drawn (clusters, ThEKiZ and overview lines
 * rendered; see WATCH_DRAWN); baseline: the same app with no project (empty map) until it
 * has drawn everything too (the idle after the deferred Gemeinde layers), both with a warm
 * cache in their own browser profile, alternating.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_CATEGORIES } from '../../src/domain/categories';
import type { InstitutionId, PartnershipId, ProjectId } from '../../src/domain/ids';
import { emptyDraft } from '../../src/domain/institution';
import { toProjectFile } from '../../src/data/export/projectFile';
import { INSTITUTION_CLUSTERS, THEKIZ_POINTS } from '../../src/map/layers/institutions';
import { OVERVIEW_LINES } from '../../src/map/layers/networkLines';
import { benchGraph } from './graphData';
import { realPlaceNames } from './placeNames';

/** A project file with n institutions (one in twenty a ThEKiZ) and m partnerships. */
export function benchProjectFile(n: number, m: number): string {
  const g = benchGraph(n, m, realPlaceNames().map((p) => [p.lon, p.lat] as [number, number]));
  const project = 'p-bench' as ProjectId;
  const cats = DEFAULT_CATEGORIES.map((c) => c.name);
  const at = '2026-01-01T00:00:00.000Z';
  return toProjectFile(
    {
      project: { id: project, name: 'Messnetz 5.000', description: '', isDemo: false, createdAt: at, updatedAt: at },
      categories: DEFAULT_CATEGORIES.map((c, order) => ({ ...c, projectId: project, order })),
      institutions: g.ids.map((id, i) => ({
        ...emptyDraft(), id: id as InstitutionId, projectId: project, name: `Einrichtung ${i}`, category: i % 20 === 0 ? 'ThEKiZ' : cats[1 + (i % (cats.length - 1))],
        lon: g.lon[i], lat: g.lat[i], locationQuality: 'exact' as const, createdAt: at, updatedAt: at,
      })),
      partnerships: g.edges.map(([a, b], k) => ({
        id: `e${k}` as PartnershipId, projectId: project, a: g.ids[a] as InstitutionId, b: g.ids[b] as InstitutionId, type: 'regelmäßige Zusammenarbeit', intensity: (1 + (k % 3)) as 1 | 2 | 3, since: '', until: '', note: '',
      })),
    },
    at,
  );
}

/**
 * Watches the map from its creation: `__allDrawnAt` is the first idle at which the overview
 * lines, the clusters and the ThEKiZ are drawn (rendered features, not just handed over: an
 * idle can come before MapLibre's worker has even indexed new data).
 */
export const WATCH_DRAWN = `(() => {
  const layers = ${JSON.stringify([OVERVIEW_LINES, INSTITUTION_CLUSTERS, THEKIZ_POINTS])};
  const t = setInterval(() => {
    const map = window.__thekizMap;
    if (!map) return;
    clearInterval(t);
    const drawn = (id) => map.getLayer(id) && map.queryRenderedFeatures({ layers: [id] }).length > 0;
    const check = () => {
      const at = performance.now();
      if (!layers.every(drawn)) return;
      window.__allDrawnAt = at;
      map.off('idle', check);
    };
    map.on('idle', check);
  }, 5);
})()`;

async function dataReadyMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const t = await page.waitForFunction(() => (window as { __allDrawnAt?: number }).__allDrawnAt, undefined, { timeout: 60_000, polling: 50 });
  return Number(await t.jsonValue());
}

async function emptyReadyMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const t = await page.waitForFunction(() => window.__mapCompleteAt, undefined, { timeout: 60_000 });
  return Number(await t.jsonValue());
}

export async function benchMapPoints(browser: Browser, url: string, runs: number): Promise<{ value: number[]; baseline: number[] }> {
  const file = path.join(os.tmpdir(), 'thekiz-bench-5k.json');
  fs.writeFileSync(file, benchProjectFile(5_000, 20_000));
  const withData = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const empty = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await withData.addInitScript(WATCH_DRAWN);
  const page = await withData.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByLabel(/Projektdatei \(\.json\) als neues Projekt öffnen/).setInputFiles(file);
  await page.getByText(/als neues Projekt geöffnet/).waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Schließen' }).click();
  await page.getByLabel('Alle Partnerschaftslinien auf der Karte').check();
  const emptyPage = await empty.newPage();
  const value: number[] = [];
  const baseline: number[] = [];
  await dataReadyMs(page, url); // warm-up
  await emptyReadyMs(emptyPage, url);
  for (let i = 0; i < runs; i++) {
    value.push(await dataReadyMs(page, url));
    baseline.push(await emptyReadyMs(emptyPage, url));
  }
  await withData.close();
  await empty.close();
  fs.rmSync(file, { force: true });
  return { value, baseline };
}
