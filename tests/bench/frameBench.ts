/**
 * map_frame_ms: what one frame of the base map costs. The demo project at the Thuringia
 * overview is redrawn continuously (MapLibre's triggerRepaint on every animation frame) and the
 * mean interval between frames taken; baseline: the same frames with every layer hidden (the
 * floor of a frame in this browser: clearing, read-back, compositing). Without a GPU (as here,
 * and on many office and VDI machines) every redraw of the map, while points stream in or the
 * map moves, costs this much main-thread time.
 */
import type { Browser, Page } from 'playwright-core';

/** Mean interval of `n` continuously requested map frames (after two to settle). */
function frameInterval(page: Page, n: number): Promise<number> {
  // As a string: the bundler's helpers for named functions do not exist in the page.
  return page.evaluate(`(async () => {
    const map = window.__thekizMap;
    const ts = [];
    await new Promise((done) => {
      const step = (t) => {
        ts.push(t);
        map.triggerRepaint();
        if (ts.length < ${n + 2}) requestAnimationFrame(step); else done();
      };
      requestAnimationFrame(step);
    });
    const d = ts.slice(2).map((t, i) => t - ts[i + 1]);
    return d.reduce((a, b) => a + b, 0) / d.length;
  })()`) as Promise<number>;
}

const setAllLayers = (page: Page, visibility: 'none' | 'visible', ids: string[]) =>
  page.evaluate(([v, list]) => { for (const id of list as string[]) window.__thekizMap!.setLayoutProperty(id, 'visibility', v as 'none'); }, [visibility, ids] as const);

export async function benchMapFrame(browser: Browser, url: string, rounds: number): Promise<{ value: number[]; baseline: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__mapReadyAt === 'number', undefined, { timeout: 60_000 });
  await page.getByRole('button', { name: /Beispiel/ }).first().click();
  await page.waitForFunction(() => typeof window.__institutionsSetAt === 'number', undefined, { timeout: 60_000 });
  await page.waitForTimeout(2000);
  const visible: string[] = await page.evaluate(() => window.__thekizMap!.getStyle().layers.filter((l) => l.layout?.visibility !== 'none').map((l) => l.id));
  const value: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < rounds; i++) {
    value.push(await frameInterval(page, 40));
    await setAllLayers(page, 'none', visible);
    await page.waitForTimeout(300);
    baseline.push(await frameInterval(page, 40));
    await setAllLayers(page, 'visible', visible);
    await page.waitForTimeout(300);
  }
  await context.close();
  return { value, baseline };
}
