/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { PointSlots } from '../analysis/points/pointSlots';
import type { PointFeature, PointTileOptions } from '../analysis/points/pointTiles';

const slots = new PointSlots();

/** The map's points clustered and cut into vector tiles, off the main thread (see pointSlots). */
const api = {
  begin: (name: string, version: number) => slots.begin(name, version),
  add: (name: string, version: number, clustered: PointFeature[], single: PointFeature[]) => slots.add(name, version, clustered, single),
  finish: (name: string, version: number, options: PointTileOptions) => slots.finish(name, version, options),
  /** One encoded tile (an empty buffer for an empty tile), handed over without a copy. */
  tile(name: string, version: number, z: number, x: number, y: number): ArrayBuffer {
    const buffer = slots.tileBuffer(name, version, z, x, y);
    return Comlink.transfer(buffer, [buffer]);
  },
  values: (name: string, version: number, key: string) => slots.values(name, version, key),
  expansionZoom: (name: string, version: number, clusterId: number) => slots.expansionZoom(name, version, clusterId),
  dropOlderThan: (name: string, version: number) => slots.dropOlderThan(name, version),
};

export type PointsApi = typeof api;

Comlink.expose(api);
