/**
 * report_kreis_ms: the demo project, tab "Versorgung", "Bericht erstellen" for the
 * Saale-Holzland-Kreis clicked → the PDF handed to the browser as a download (map framed
 * and drawn at 2×, figures, table, jsPDF). The first run also loads jsPDF; it counts as warm-up.
 */
import type { Browser } from 'playwright-core';
import { openDemo } from './demoPage';

export async function benchReport(browser: Browser, url: string, runs: number): Promise<{ ms: number[]; pages: number; snapshotMs: number[]; pictureMs: number[] }> {
  const { context, page } = await openDemo(browser, url);
  await page.getByRole('tab', { name: 'Versorgung' }).click();
  await page.getByTestId('coverage-land').waitFor({ timeout: 60_000 });
  await page.getByRole('combobox', { name: 'Gebiet', exact: true }).selectOption({ label: 'Saale-Holzland-Kreis' });
  const button = page.getByRole('button', { name: 'Bericht erstellen' });
  const times: number[] = [];
  const snapshotMs: number[] = [];
  const pictureMs: number[] = [];
  let pages = 0;
  for (let i = 0; i <= runs; i++) {
    await page.waitForFunction(() => window.__thekizMap?.loaded());
    const t = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    const ms = Date.now() - t;
    if (!download.suggestedFilename().endsWith('-bericht-saale-holzland-kreis.pdf')) throw new Error(`unerwartete Datei ${download.suggestedFilename()}`);
    const bytes = await download.createReadStream().then(async (s) => {
      const chunks: Buffer[] = [];
      for await (const c of s) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('latin1');
    });
    pages = (bytes.match(/\/Type \/Page\b/g) ?? []).length;
    const steps = await page.evaluate(() => window.__reportSteps!);
    if (i > 0) {
      times.push(ms);
      snapshotMs.push(steps.snapshotMs);
      pictureMs.push(steps.pictureMs);
    }
  }
  await context.close();
  return { ms: times, pages, snapshotMs, pictureMs };
}
