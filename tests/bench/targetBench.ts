/**
 * coverage_target_switch_ms: the demo project, tab "Versorgung"; the target group is switched
 * ("Wen zählen?": all inhabitants ↔ children under 15) and the time taken until the Land's
 * figure on screen names the new group and shows its count (worker: new demand columns and a
 * full coverage run; page: React render). Alternates the two groups; the first switch is a warm-up.
 */
import type { Browser } from 'playwright-core';
import { openDemo } from './demoPage';

export async function benchTargetSwitch(browser: Browser, url: string, runs: number): Promise<{ ms: number[]; children: number }> {
  const { context, page } = await openDemo(browser, url);
  await page.getByRole('tab', { name: 'Versorgung' }).click();
  await page.getByTestId('coverage-counted').waitFor({ timeout: 60_000 });
  const times: number[] = [];
  let children = 0;
  for (let i = 0; i <= runs * 2; i++) {
    const [value, text] = i % 2 === 0 ? ['under15', 'Gezählt: Kinder unter 15 Jahren, Zensus 2022, 1-km-Gitter'] : ['total', 'Gezählt: Einwohner, Zensus 2022, 1-km-Gitter'];
    await page.waitForTimeout(300);
    const ms = await page.evaluate(async ([v, expected]) => {
      // No named helpers in here: the bench runs under tsx, whose name helpers do not exist in the page.
      const el = document.querySelector<HTMLSelectElement>('[data-testid="coverage-target"]')!;
      const t = performance.now();
      el.value = v;
      el.dispatchEvent(new Event('change', { bubbles: true }));
      while (document.querySelector('[data-testid="coverage-counted"]')?.textContent !== expected) await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t;
    }, [value, text] as [string, string]);
    if (value === 'under15') children = Number((/Kinder unter 15([\d.]+)/.exec((await page.getByTestId('coverage-land').textContent()) ?? '')?.[1] ?? '0').replace(/\./g, ''));
    if (i > 1) times.push(ms);
  }
  await context.close();
  return { ms: times, children };
}
