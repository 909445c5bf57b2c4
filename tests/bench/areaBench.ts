import type { Browser } from 'playwright-core';

const READY = () => (window as { __mapReadyAt?: number }).__mapReadyAt;

/**
 * germany_map_ready_ms: navigation → first map idle for a project whose planning area is all of
 * Germany, next to the same for a Thuringia project (the baseline). Each run prepares a fresh
 * profile (empty project, area chosen through the header select), closes that page, empties the
 * HTTP cache and opens the app again: the remembered area's map is what the user sees first.
 */
export async function benchAreaStart(browser: Browser, url: string, runs: number): Promise<{ germany: number[]; thuringia: number[] }> {
  async function once(area: 'de' | '16'): Promise<number> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'de-DE', serviceWorkers: 'block' });
    const setup = await context.newPage();
    await setup.goto(url);
    await setup.waitForFunction(READY, undefined, { timeout: 60_000 });
    await setup.getByRole('button', { name: 'Leeres Projekt anlegen' }).click();
    if (area === 'de') {
      const before = Number(await setup.evaluate(READY));
      await setup.locator('.project-bar').getByRole('combobox', { name: 'Planungsgebiet', exact: true }).selectOption('de');
      await setup.waitForFunction((t) => ((window as { __mapReadyAt?: number }).__mapReadyAt ?? 0) > t, before, { timeout: 60_000 });
    }
    await setup.close();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.goto(url);
    const value = Number(await (await page.waitForFunction(READY, undefined, { timeout: 60_000 })).jsonValue());
    const shown = await page.evaluate(() => {
      const b = (window as unknown as { __thekizMap: { getBounds(): { getWest(): number; getEast(): number } } }).__thekizMap.getBounds();
      return b.getEast() - b.getWest();
    });
    // Germany's map spans about 10° of longitude, Thuringia's about 4: a wrong start would show.
    if (area === 'de' ? shown < 8 : shown > 6) throw new Error(`Karte für ${area} zeigt ${shown.toFixed(1)}° Länge`);
    await context.close();
    return value;
  }
  await once('de'); // warm-up
  const germany: number[] = [];
  const thuringia: number[] = [];
  for (let i = 0; i < runs; i++) {
    germany.push(await once('de'));
    thuringia.push(await once('16'));
  }
  return { germany, thuringia };
}
