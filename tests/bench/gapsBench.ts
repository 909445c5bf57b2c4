/**
 * network_gaps_thuringia_ms: the demo project, tab "Versorgung"; the radius for partners is
 * switched (15 ↔ 16 km) and the network-gap run in the coverage worker is timed there (key kinds
 * per centre, nearest centre of each of the 7,435 census cells, the Kreis sums, the ranking and
 * the map's cells). Beside it, the time from the change until the page shows the new result.
 * The first switch is a warm-up.
 */
import type { Browser } from 'playwright-core';
import { openDemo } from './demoPage';

export async function benchNetworkGaps(browser: Browser, url: string, runs: number): Promise<{ workerMs: number[]; pageMs: number[]; centres: number }> {
  const { context, page } = await openDemo(browser, url);
  await page.getByRole('tab', { name: 'Versorgung' }).click();
  await page.getByTestId('gap-ranked').waitFor({ timeout: 60_000 });
  const workerMs: number[] = [];
  const pageMs: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const km = i % 2 === 0 ? 16 : 15;
    await page.waitForTimeout(300);
    const r = await page.evaluate(async (radius) => {
      // No named helpers in here: the bench runs under tsx, whose name helpers do not exist in the page.
      const section = document.querySelector<HTMLElement>('[data-testid="network-gaps"]')!;
      const input = [...section.querySelectorAll<HTMLInputElement>('input[type="number"]')].find((x) => x.closest('label')?.textContent?.includes('Umkreis'))!;
      const t = performance.now();
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, String(radius));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (section.dataset.radius !== String(radius)) await new Promise((res) => requestAnimationFrame(res));
      return { page: performance.now() - t, worker: Number(section.dataset.ms) };
    }, km);
    if (i > 0) {
      workerMs.push(r.worker);
      pageMs.push(r.page);
    }
  }
  const centres = await page.getByTestId('gap-matrix').locator('tbody tr').count();
  await context.close();
  return { workerMs, pageMs, centres };
}
