/**
 * demo_load_ms: a fresh profile with the map ready; "Beispieldaten laden (fiktiv)" is clicked
 * and the time taken until the panel lists the demo ("9xx Einrichtungen, … Partnerschaften").
 * demo_load_map_ms: until the map has also drawn the demo's ThEKiZ (rendered features).
 * Sampled every animation frame in the page, which also records whether the panel claimed the
 * project is empty ("noch keine Einrichtungen") in between, and when a loading message appeared.
 */
import type { Browser } from 'playwright-core';
import { THEKIZ_POINTS } from '../../src/map/layers/institutions';

export interface DemoLoadRun {
  ms: number;
  mapMs: number;
  /** ms after the click when the panel first said the project has no institutions, or -1. */
  emptyAtMs: number;
  /** ms after the click when the loading message was first seen, or -1. */
  loadingAtMs: number;
}

// Plain script text: tsx's name helpers do not exist in the page.
const WATCH = (layer: string) => `(() => {
  const s = { t0: -1, empty: -1, loading: -1, done: -1, map: -1 };
  window.__demoWatch = s;
  document.addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest('button') : null;
    if (s.t0 >= 0 || !b || !(b.textContent || '').includes('Beispieldaten laden (fiktiv)')) return;
    s.t0 = performance.now();
    const tick = () => {
      const now = performance.now() - s.t0;
      const text = (document.getElementById('panel') || document.body).innerText;
      if (s.empty < 0 && text.includes('noch keine Einrichtungen')) s.empty = now;
      if (s.loading < 0 && /Beispieldaten werden/.test(text)) s.loading = now;
      if (s.done < 0 && /9\\d\\d Einrichtungen, [\\d.]+ Partnerschaften/.test(text)) s.done = now;
      const map = window.__thekizMap;
      if (s.map < 0 && map && map.getLayer('${layer}') && map.queryRenderedFeatures({ layers: ['${layer}'] }).length > 0) s.map = now;
      if (s.done < 0 || s.map < 0) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, true);
})()`;

export async function benchDemoLoad(browser: Browser, url: string, runs: number): Promise<DemoLoadRun[]> {
  const out: DemoLoadRun[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'de-DE', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => typeof (window as { __mapReadyAt?: number }).__mapReadyAt === 'number', undefined, { timeout: 60_000 });
    await page.evaluate(WATCH(THEKIZ_POINTS));
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    const handle = await page.waitForFunction(() => {
      const s = (window as unknown as { __demoWatch: { done: number; map: number } }).__demoWatch;
      return s.done >= 0 && s.map >= 0 ? s : null;
    }, undefined, { timeout: 120_000, polling: 100 });
    const s = (await handle.jsonValue()) as { empty: number; loading: number; done: number; map: number };
    out.push({ ms: s.done, mapMs: s.map, emptyAtMs: s.empty, loadingAtMs: s.loading });
    await context.close();
  }
  return out;
}
