import * as Comlink from 'comlink';
import type { ImportApi } from './import.worker';

/** Starts an import worker; `release` ends it. */
export function startImportWorker(): { api: Comlink.Remote<ImportApi>; release: () => void } {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
  const api = Comlink.wrap<ImportApi>(worker);
  return {
    api,
    release: () => {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
