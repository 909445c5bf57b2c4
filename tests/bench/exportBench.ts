/**
 * png_export_a4_ms: the demo project on the map, "Karte als PNG (A4 quer, 300 dpi)" clicked →
 * the PNG handed to the browser as a download (map drawn at 3.8× in software GL, composed, encoded).
 */
import type { Browser } from 'playwright-core';

export async function benchPngExport(browser: Browser, url: string, runs: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
  await page.getByText(/^9\d\d Einrichtungen/).waitFor({ timeout: 30_000 });
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
