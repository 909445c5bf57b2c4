/**
 * png_export_a4_ms: the demo project on the map, "Karte als PNG (A4 quer, 300 dpi)" clicked →
 * the PNG handed to the browser as a download (map drawn at 3.8× in software GL, composed, encoded).
 */
import type { Browser } from 'playwright-core';
import { openDemo } from './demoPage';

export async function benchPngExport(browser: Browser, url: string, runs: number): Promise<number[]> {
  const { context, page } = await openDemo(browser, url);
  await page.getByRole('button', { name: 'Import/Export' }).click();
  const button = page.getByRole('button', { name: 'Karte als PNG (A4 quer, 300 dpi)' });
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await page.waitForFunction(() => window.__thekizMap?.loaded());
    const t = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    const ms = Date.now() - t;
    if (!download.suggestedFilename().endsWith('-karte-a4.png')) throw new Error(`unerwartete Datei ${download.suggestedFilename()}`);
    if (i > 0) times.push(ms); // the first run warms up
  }
  await context.close();
  return times;
}
