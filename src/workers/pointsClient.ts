import * as Comlink from 'comlink';
import type { PointsApi } from './points.worker';

let remote: Comlink.Remote<PointsApi> | null = null;

/** The worker that clusters the map's points and cuts them into tiles (started on first use). */
export function pointsWorker(): Comlink.Remote<PointsApi> {
  remote ??= Comlink.wrap<PointsApi>(new Worker(new URL('./points.worker.ts', import.meta.url), { type: 'module', name: 'map-points' }));
  return remote;
}
