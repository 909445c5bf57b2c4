/**
 * route_multisource_2m_worker_ms: the 2-million-node search measured where the app runs it,
 * in a Web Worker of headless Chromium (the Node figure route_multisource_2m_ms beside it is
 * the baseline). The bench code is bundled with Vite and started as a Blob worker on a blank
 * page; nothing is fetched.
 */
import path from 'node:path';
import { build, type Rollup } from 'vite';
import type { Browser } from 'playwright-core';

export async function benchWorkerSearch(browser: Browser, side = 1415, runs = 3): Promise<{ nodes: number; buildMs: number; cold: number; warm: number[] }> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: path.join(import.meta.dirname, 'workerSearchEntry.ts'), formats: ['iife'], name: 'searchBench' } },
  })) as Rollup.RollupOutput[];
  const code = out[0].output[0].code;
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      ({ code, side, runs }) =>
        new Promise<{ nodes: number; buildMs: number; cold: number; warm: number[] }>((resolve, reject) => {
          const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
          worker.onmessage = (e) => resolve(e.data);
          worker.onerror = (e) => reject(new Error(e.message));
          worker.postMessage({ side, runs });
        }),
      { code, side, runs },
    );
  } finally {
    await page.close();
  }
}
