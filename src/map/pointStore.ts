import type { Remote } from 'comlink';
import type { PointSlots } from '../analysis/points/pointSlots';
import type { PointFeature, PointSets, PointTileOptions } from '../analysis/points/pointTiles';
import type { PointsApi } from '../workers/points.worker';

/**
 * Where the indexed point sets live: big sets in the points worker, small ones in the page.
 * Every message to the worker and back waits behind a map frame (100–300 ms without a GPU),
 * and so does every tile it answers; clustering a small set in the page costs less than that
 * (8,000 points: about 30 ms here). Versions are unique over both, so a version says where.
 */
export const PAGE_POINTS = 8_000;

export type PointsRemote = Remote<PointsApi>;

let worker: Promise<PointsRemote> | null = null;
let page: Promise<PointSlots> | null = null;
let pageNow: PointSlots | null = null;

/** The points worker, with its client loaded on first use (comlink stays out of the first load). */
export function pointsWorker(): Promise<PointsRemote> {
  worker ??= import('../workers/pointsClient').then((m) => m.pointsWorker());
  return worker;
}

/** The page's own slots (their code, with the clustering, is loaded on first use too). */
function pageSlots(): Promise<PointSlots> {
  page ??= import('../analysis/points/pointSlots').then((m) => (pageNow = new m.PointSlots()));
  return page;
}

/** Loads both ahead of the first data (right after the first view). */
export function startPointStores(): void {
  void pointsWorker();
  void pageSlots();
}

/** Indexes a small set (at most PAGE_POINTS) in the page, in one task. */
export async function indexInPage(slot: string, version: number, sets: PointSets, options: PointTileOptions): Promise<void> {
  const slots = await pageSlots();
  slots.begin(slot, version);
  slots.add(slot, version, sets.clustered as PointFeature[], sets.single as PointFeature[]);
  slots.finish(slot, version, options);
}

/** One encoded tile of a version (empty: nothing there). Version 0 is every slot's empty start. */
export async function pointTile(slot: string, version: number, z: number, x: number, y: number): Promise<ArrayBuffer> {
  if (version === 0) return new ArrayBuffer(0);
  if (pageNow?.has(slot, version)) return pageNow.tileBuffer(slot, version, z, x, y);
  return (await pointsWorker()).tile(slot, version, z, x, y);
}

export async function pointSetValues(slot: string, version: number, key: string): Promise<unknown[]> {
  if (pageNow?.has(slot, version)) return pageNow.values(slot, version, key);
  return (await pointsWorker()).values(slot, version, key);
}

export async function pointExpansionZoom(slot: string, version: number, clusterId: number): Promise<number | null> {
  if (pageNow?.has(slot, version)) return pageNow.expansionZoom(slot, version, clusterId);
  return (await pointsWorker()).expansionZoom(slot, version, clusterId);
}

/** Once the map shows `version` of a slot, the older sets of it (page or worker) can go. */
export function releaseOlder(slot: string, version: number): void {
  pageNow?.dropOlderThan(slot, version);
  if (worker) void worker.then((w) => w.dropOlderThan(slot, version));
}
