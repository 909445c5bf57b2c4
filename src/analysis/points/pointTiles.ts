import Supercluster from 'supercluster';
import vtpbf from 'vt-pbf';
import type { Feature, Point } from 'geojson';
import { POINT_TILE_EXTENT, POINT_TILE_LAYER, THEKIZ_TILE_LAYER } from './pointTileFormat';

/** Screen size of a tile: MapLibre's vector sources use 512 px tiles. */
const TILE_SIZE = 512;

export interface PointTileOptions {
  /** Zoom up to which points are clustered (MapLibre's clusterMaxZoom). */
  clusterMaxZoom: number;
  /** Cluster radius in screen pixels (MapLibre's clusterRadius). */
  clusterRadius: number;
}

/** A point with the properties its layers read (GeoJSON properties, copied into the tiles). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any properties, as GeoJSON allows
export type PointFeature = Feature<Point, { [key: string]: any }>;

/** The two sets of one map slot: points that cluster, and points that never do. */
export interface PointSets {
  clustered: readonly PointFeature[];
  single: readonly PointFeature[];
}

/**
 * A clustered index of points that answers with vector tiles, as MapLibre's clustered GeoJSON
 * source does in its worker, but built once from the complete set: fed slice by slice from the
 * main thread, nothing reaches the map until the set is complete, so a big set costs the map
 * one reload instead of a redraw per slice. The never-clustered points (ThEKiZ) travel in a
 * second layer of the same tiles, so both sets change in the same frame.
 */
export class PointTileIndex {
  private readonly clustered: Supercluster;
  private readonly single: Supercluster;
  readonly size: number;
  private readonly sets: PointSets;

  constructor(sets: PointSets, options: PointTileOptions) {
    this.sets = sets;
    // Radius and extent as MapLibre sets them: the radius in tile units of a 512 px tile.
    const radius = (options.clusterRadius * POINT_TILE_EXTENT) / TILE_SIZE;
    this.clustered = new Supercluster({ maxZoom: options.clusterMaxZoom, radius, extent: POINT_TILE_EXTENT, minPoints: 2 });
    this.clustered.load(sets.clustered as PointFeature[]);
    // No cluster can form (minPoints), so every zoom shows the points themselves.
    this.single = new Supercluster({ maxZoom: 0, radius, extent: POINT_TILE_EXTENT, minPoints: Number.MAX_SAFE_INTEGER });
    this.single.load(sets.single as PointFeature[]);
    this.size = sets.clustered.length + sets.single.length;
  }

  /** The tile as an encoded vector tile (null when it holds nothing). */
  tile(z: number, x: number, y: number): Uint8Array | null {
    const layers: Record<string, { features: { type: number; geometry: unknown }[] }> = {};
    const clustered = this.clustered.getTile(z, x, y);
    if (clustered && clustered.features.length > 0) layers[POINT_TILE_LAYER] = clustered;
    const single = this.single.getTile(z, x, y);
    if (single && single.features.length > 0) layers[THEKIZ_TILE_LAYER] = single;
    if (Object.keys(layers).length === 0) return null;
    return vtpbf.fromGeojsonVt(layers, { version: 2, extent: POINT_TILE_EXTENT });
  }

  /** A property of every point held (tests check what the map holds, in view or not). */
  values(key: string): unknown[] {
    return [...this.sets.clustered, ...this.sets.single].map((f) => f.properties[key]);
  }

  /** The zoom at which a cluster falls apart (for a click on it). */
  expansionZoom(clusterId: number): number {
    return this.clustered.getClusterExpansionZoom(clusterId);
  }
}
