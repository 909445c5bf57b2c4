import * as Comlink from 'comlink';
import type { CoverageApi, CoverageProgress } from './coverage.worker';

let remote: Comlink.Remote<CoverageApi> | null = null;

/** The coverage worker, started on first use and kept (it holds the grid and the demand). */
export function coverageWorker(): Comlink.Remote<CoverageApi> {
  remote ??= Comlink.wrap<CoverageApi>(new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module', name: 'coverage' }));
  return remote;
}

/** A progress callback the worker can call across the thread boundary. */
export function progressCallback(fn: (p: CoverageProgress) => void): (p: CoverageProgress) => void {
  return Comlink.proxy(fn);
}
