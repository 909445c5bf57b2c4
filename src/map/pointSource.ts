import { addProtocol, type Map as MapLibreMap, type MapSourceDataEvent, type VectorSourceSpecification, type VectorTileSource } from 'maplibre-gl';
import type { PointSets, PointTileOptions } from '../analysis/points/pointTiles';
import { PAGE_POINTS, indexInPage, pointExpansionZoom, pointSetValues, pointTile, pointsWorker, releaseOlder, type PointsRemote } from './pointStore';

/** URL scheme of the point tiles: answered in the page (see pointStore), never fetched. */
export const POINT_PROTOCOL = 'thekiz-punkte';

/** Points copied to the worker per task (serialising 8,000 took about 12 ms here). */
export const FEATURES_PER_TASK = 8_000;

/** Highest zoom of the point tiles; the map zooms on from it by scaling. */
const POINT_MAXZOOM = 14;

const TILE_URL = new RegExp(`^${POINT_PROTOCOL}://([^/]+)/(\\d+)/(\\d+)/(\\d+)/(\\d+)$`);

let registered = false;

/** Lets MapLibre load point tiles from the page or the points worker (once per page). */
export function registerPointProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol(POINT_PROTOCOL, async (params) => {
    const m = TILE_URL.exec(params.url);
    if (!m) throw new Error(`Unbekannte Kachel: ${params.url}`);
    return { data: await pointTile(m[1], Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])) };
  });
}

export function pointTilesUrl(slot: string, version: number): string {
  return `${POINT_PROTOCOL}://${slot}/${version}/{z}/{x}/{y}`;
}

/** A vector source of point tiles (version 0: empty until a set is sent). */
export function pointSourceSpec(slot: string): VectorSourceSpecification {
  return { type: 'vector', tiles: [pointTilesUrl(slot, 0)], maxzoom: POINT_MAXZOOM };
}

let lastVersion = 0;

/** Whether any point has been sent to the map since the page loaded. */
let sentAny = false;

/** True once points were sent to the map (an empty project has sent none). */
export function pointsSent(): boolean {
  return sentAny;
}

/** Sets of points still on their way to the worker or its index (see pointsPending). */
let pending = 0;

/**
 * True while points are on their way to the map: other big layers (the network lines) wait,
 * or MapLibre's only worker would index them first and the points would show a second later.
 */
export function pointsPending(): boolean {
  return pending > 0;
}

/**
 * Indexes the points of a slot and calls `onDone` with the version of the tiles once the
 * complete set is indexed: a small set (PAGE_POINTS) in the page at once, a big one in the
 * points worker, sent in slices, one per task (the page stays responsive while 100,000 are
 * copied). Returns a function that stops (newer data).
 */
export function sendPoints(slot: string, sets: PointSets, options: PointTileOptions, onDone: (version: number) => void): () => void {
  const version = ++lastVersion;
  let stopped = false;
  let settled = false;
  pending++;
  const settle = () => {
    if (settled) return;
    settled = true;
    pending--;
  };
  const { clustered, single } = sets;
  if (clustered.length + single.length > 0) sentAny = true;
  const send = (worker: PointsRemote) => {
    void worker.begin(slot, version);
    step(worker, 0);
  };
  const total = clustered.length + single.length;
  // Each slice in a task of its own; the last one asks for the index in the same task (on a
  // busy page every further task and message waits behind a map frame).
  const step = (worker: PointsRemote, start: number) =>
    setTimeout(() => {
      if (stopped) return;
      const end = start + FEATURES_PER_TASK;
      if (start < total) {
        const n = clustered.length;
        void worker.add(slot, version, clustered.slice(start, end), single.slice(Math.max(0, start - n), Math.max(0, end - n)));
      }
      if (end < total) {
        step(worker, end);
        return;
      }
      void worker.finish(slot, version, options).then((count) => {
        settle();
        if (!stopped && count >= 0) onDone(version);
      });
    }, 0);
  if (total <= PAGE_POINTS)
    void indexInPage(slot, version, sets, options).then(() => {
      settle();
      if (!stopped) onDone(version);
    });
  else
    void pointsWorker().then((w) => {
      if (!stopped) send(w);
    });
  return () => {
    stopped = true;
    settle();
  };
}

const slotOf = (tilesUrl: string) => new RegExp(`^${POINT_PROTOCOL}://([^/]+)/(\\d+)/`).exec(tilesUrl);

/** The zoom at which a cluster of the points of these tiles opens (null if unknown). */
export async function clusterExpansionZoom(tilesUrl: string, clusterId: number): Promise<number | null> {
  const m = slotOf(tilesUrl);
  return m ? pointExpansionZoom(m[1], Number(m[2]), clusterId) : null;
}

/** A property of every point these tiles draw, clustered or not, in view or not (for tests). */
export async function pointValues(tilesUrl: string, key: string): Promise<unknown[]> {
  const m = slotOf(tilesUrl);
  return m ? pointSetValues(m[1], Number(m[2]), key) : [];
}

/**
 * Points the source at the tiles of `version`, once none of its tiles is loading: MapLibre
 * answers a reload of a tile that is still loading by re-reading the data it is loading, so
 * that tile would keep the old points. Returns a function that cancels the wait.
 */
export function showPointVersion(map: MapLibreMap, slot: string, version: number, then: () => void): () => void {
  const apply = () => {
    map.getSource<VectorTileSource>(slot)?.setTiles([pointTilesUrl(slot, version)]);
    releaseOlder(slot, version);
    then();
  };
  if (map.isSourceLoaded(slot)) {
    apply();
    return () => {};
  }
  const onData = (e: MapSourceDataEvent) => {
    if (e.sourceId !== slot || !map.isSourceLoaded(slot)) return;
    map.off('sourcedata', onData);
    apply();
  };
  map.on('sourcedata', onData);
  return () => map.off('sourcedata', onData);
}
