/**
 * Scale: the synthetic nationwide project (60,000 institutions, 150,000 partnerships) opened
 * from its project file (project_open_60k_ms), then a category filter switched on and off
 * (filter_60k_ms: from the click until the list summary is updated and the map has the
 * filtered points; the median of several toggles).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { nationwideProjectFile } from './nationwide';

export async function benchScale(browser: Browser, url: string, toggles: number): Promise<{ openMs: number; filterMs: number[] }> {
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
  for (let i = 0; i < toggles; i++) {
    await page.waitForTimeout(500);
    const before = await page.evaluate(() => window.__institutionsSetAt ?? 0);
    const started = await page.evaluate(() => performance.now());
    await box.click();
    const on = i % 2 === 0;
    await page.waitForFunction(
      ([b, o]) => (window.__institutionsSetAt ?? 0) > b && (document.querySelector('[data-testid="filter-summary"]')?.textContent?.includes('Kategorie: Kita') ?? false) === o,
      [before, on] as const,
      { timeout: 60_000, polling: 'raf' },
    );
    const done = await page.evaluate(() => window.__institutionsSetAt ?? 0);
    filterMs.push(done - started);
  }
  await context.close();
  return { openMs, filterMs };
}
