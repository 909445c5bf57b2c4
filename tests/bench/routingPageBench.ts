/**
 * osm_load_page_ms: a new project for Baden-Württemberg, tab "Versorgung", travel time; the
 * Heidelberg extract chosen in the file field until the tab names it (read in the routing
 * worker, graph built, stored in IndexedDB). Then coverage_walk_page_ms: from then until the
 * figures by walking time show (the coverage worker reads the graph, snaps the cells, searches).
 * A fresh browser context per run, so every load starts with an empty database.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';

const PBF = path.resolve(import.meta.dirname, '..', 'fixtures', 'routing', 'heidelberg.test.pbf');

export async function benchRoutingPage(browser: Browser, url: string, runs: number): Promise<{ loadMs: number[]; coverageMs: number[] }> {
  const loadMs: number[] = [];
  const coverageMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'de-DE', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => typeof window.__mapReadyAt === 'number', undefined, { timeout: 60_000 });
    await page.locator('.welcome').getByRole('combobox', { name: 'Planungsgebiet', exact: true }).selectOption({ label: 'Baden-Württemberg' });
    await page.getByRole('button', { name: 'Leeres Projekt anlegen' }).click();
    await page.getByRole('tab', { name: 'Versorgung' }).click();
    await page.getByTestId('coverage-measure').selectOption('routed');
    await page.getByTestId('routing-need-road').waitFor({ timeout: 60_000 });
    const t0 = Date.now();
    await page.getByTestId('routing-road-input').setInputFiles(PBF);
    await page.getByTestId('routing-road-file').waitFor({ timeout: 120_000 });
    const t1 = Date.now();
    await page.getByTestId('travel-basis-short').waitFor({ timeout: 120_000 });
    loadMs.push(t1 - t0);
    coverageMs.push(Date.now() - t1);
    await context.close();
  }
  return { loadMs, coverageMs };
}
