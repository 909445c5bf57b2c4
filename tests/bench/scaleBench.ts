/**
 * Scale: the synthetic nationwide project (60,000 institutions, 150,000 partnerships) opened
 * from its project file (project_open_60k_ms), then a category filter switched on and off
 * (filter_60k_ms: from the click to the first frame in which summary and list show the
 * filter, and filter_60k_frames: how many frames that was; filter_60k_map_ms: until the map
 * has the filtered points; medians of several toggles on and off).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { nationwideProjectFile } from './nationwide';

export async function benchScale(browser: Browser, url: string, toggles: number): Promise<{ openMs: number; filterMs: number[]; filterMapMs: number[]; filterFrames: number[]; pan: { median: number; p95: number; baseMedian: number; basep95: number } }> {
  const file = path.join(os.tmpdir(), `thekiz-bundesweit-${process.pid}.json`);
  fs.writeFileSync(file, nationwideProjectFile().text);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__mapReadyAt === 'number', undefined, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Import/Export' }).click();
  const t = Date.now();
  await page.getByLabel(/Projektdatei \(\.json\) als neues Projekt öffnen/).setInputFiles(file);
  await page.getByRole('status').filter({ hasText: 'als neues Projekt geöffnet' }).waitFor({ timeout: 300_000 });
  const openMs = Date.now() - t;
  if (process.env.BENCH_VERBOSE) {
    console.error('open', openMs, await page.getByRole('status').allTextContents());
    await page.screenshot({ path: path.join(os.tmpdir(), 'scale-open.png') });
  }
  fs.rmSync(file, { force: true });
  await page.getByRole('button', { name: 'Schließen' }).click();
  await page.getByText(/^60\.?000 Einrichtungen/).waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => typeof window.__institutionsSetAt === 'number', undefined, { timeout: 120_000 });
  await page.getByText('Filter', { exact: true }).click();
  const box = page.getByLabel(/^Kita \(/);
  await box.waitFor();
  const filterMs: number[] = [];
  const filterMapMs: number[] = [];
  const filterFrames: number[] = [];
  for (let i = 0; i < toggles; i++) {
    await page.waitForTimeout(1500);
    const on = i % 2 === 0;
    // In the page: click, then note the first frame in which the summary and the list show the
    // filter (the answer the user sees), and when the map got the filtered points.
    // A string, not a function: tsx would add helpers the page does not have.
    const r = (await page.evaluate(`(async (o) => {
      const before = window.__institutionsSetAt ?? 0;
      const input = [...document.querySelectorAll('input[type=checkbox]')].find((x) => (x.labels?.[0]?.textContent ?? '').replace(/\\s+/g, ' ').trim().startsWith('Kita ('));
      const summary = () => document.querySelector('[data-testid="filter-summary"]')?.textContent ?? '';
      const listed = () => document.querySelector('[data-testid="institution-table"]')?.textContent ?? '';
      const listBefore = listed();
      const t0 = performance.now();
      input.click();
      let ui = 0;
      let frames = 0;
      let uiFrames = 0;
      while (true) {
        await new Promise((f) => requestAnimationFrame(f));
        frames++;
        if (!ui && summary().includes('Kategorie: Kita') === o && listed() !== listBefore) { ui = performance.now() - t0; uiFrames = frames; }
        if (ui && (window.__institutionsSetAt ?? 0) > before) return { ui, uiFrames, map: window.__institutionsSetAt - t0 };
        if (performance.now() - t0 > 60000) throw new Error('Filter antwortet nicht');
      }
    })(${on})`)) as { ui: number; uiFrames: number; map: number };
    filterMs.push(r.ui);
    filterFrames.push(r.uiFrames);
    filterMapMs.push(r.map);
  }
  const pan = await panFrames(page);
  await context.close();
  return { openMs, filterMs, filterMapMs, filterFrames, pan };
}

/**
 * pan_60k_frame_ms: the map panned a few pixels every frame for 3 s at zoom 8 (a region of a
 * few Kreise, institutions as single points and clusters), median and 95th percentile of the
 * frame intervals; the same pan with the institution layers hidden is the baseline.
 */
async function panFrames(page: import('playwright-core').Page): Promise<{ median: number; p95: number; baseMedian: number; basep95: number }> {
  const run = (hidden: boolean) => page.evaluate(`(async (hidden) => {
    const map = window.__thekizMap;
    const layers = map.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('institutions'));
    for (const id of layers) map.setLayoutProperty(id, 'visibility', hidden ? 'none' : 'visible');
    map.jumpTo({ center: [9.5, 51.2], zoom: 8 });
    await new Promise((r) => map.once('idle', r));
    const times = [];
    const t0 = performance.now();
    let dir = 1;
    while (performance.now() - t0 < 3000) {
      map.panBy([6 * dir, 3], { animate: false });
      times.push(await new Promise((r) => requestAnimationFrame(r)));
      if (times.length % 60 === 0) dir = -dir;
    }
    for (const id of layers) map.setLayoutProperty(id, 'visibility', 'visible');
    const gaps = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
    return { median: gaps[gaps.length >> 1], p95: gaps[Math.floor(gaps.length * 0.95)] };
  })(${hidden})`) as Promise<{ median: number; p95: number }>;
  const base = await run(true);
  const withPoints = await run(false);
  return { median: withPoints.median, p95: withPoints.p95, baseMedian: base.median, basep95: base.p95 };
}
