import * as Comlink from 'comlink';
import type { RoutingApi, RoutingProgress } from './routing.worker';

/**
 * Starts a worker that reads one road network or timetable file; `release` ends it, and with
 * it a load that is still running (nothing is stored before the end: the write is one transaction).
 */
export function startRoutingWorker(): { api: Comlink.Remote<RoutingApi>; release: () => void } {
  const worker = new Worker(new URL('./routing.worker.ts', import.meta.url), { type: 'module', name: 'routing' });
  const api = Comlink.wrap<RoutingApi>(worker);
  return {
    api,
    release: () => {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

/** A progress callback the worker can call across the thread boundary. */
export function progressProxy(fn: (p: RoutingProgress) => void): (p: RoutingProgress) => void {
  return Comlink.proxy(fn);
}
