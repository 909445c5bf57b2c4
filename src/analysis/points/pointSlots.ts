import { PointTileIndex, type PointFeature, type PointTileOptions } from './pointTiles';

/** One set of points of a map slot: being received (slices), or complete (indexed). */
interface Slot {
  version: number;
  clustered: PointFeature[];
  single: PointFeature[];
  index: PointTileIndex | null;
}

/**
 * The point sets of the map's slots (complete and filtered set), by version. A set arrives in
 * slices and is indexed when complete; until then the previous complete set keeps answering
 * for the tiles of its own version, so the map never shows a half set.
 */
export class PointSlots {
  private readonly current = new Map<string, Slot>();
  private readonly previous = new Map<string, Slot>();

  private find(name: string, version: number): Slot | null {
    for (const s of [this.current.get(name), this.previous.get(name)]) if (s && s.version === version) return s;
    return null;
  }

  /** Whether the set of this version is indexed here. */
  has(name: string, version: number): boolean {
    return this.find(name, version)?.index != null;
  }

  /** Forgets the sets of a slot older than `version` (the map shows that one or a newer one). */
  dropOlderThan(name: string, version: number): void {
    for (const sets of [this.current, this.previous]) {
      const s = sets.get(name);
      if (s && s.version < version) sets.delete(name);
    }
  }

  /** Starts a new set; slices of older versions are dropped from now on. */
  begin(name: string, version: number): void {
    const old = this.current.get(name);
    if (old?.index) this.previous.set(name, old);
    this.current.set(name, { version, clustered: [], single: [], index: null });
  }

  /** A slice of the set: points that cluster, and points that never do (ThEKiZ). */
  add(name: string, version: number, clustered: readonly PointFeature[], single: readonly PointFeature[]): void {
    const s = this.current.get(name);
    if (!s || s.version !== version || s.index) return;
    for (const f of clustered) s.clustered.push(f);
    for (const f of single) s.single.push(f);
  }

  /** Indexes the set; returns how many points it holds (-1 when a newer set replaced it). */
  finish(name: string, version: number, options: PointTileOptions): number {
    const s = this.current.get(name);
    if (!s || s.version !== version) return -1;
    s.index ??= new PointTileIndex({ clustered: s.clustered, single: s.single }, options);
    s.clustered = [];
    s.single = [];
    return s.index.size;
  }

  /** One encoded tile of a version (null: empty, or a version no longer kept). */
  tile(name: string, version: number, z: number, x: number, y: number): Uint8Array | null {
    return this.find(name, version)?.index?.tile(z, x, y) ?? null;
  }

  /** The tile as a buffer of just its bytes (the encoder's is bigger; empty: no points). */
  tileBuffer(name: string, version: number, z: number, x: number, y: number): ArrayBuffer {
    const bytes = this.tile(name, version, z, x, y);
    return bytes ? (bytes.slice().buffer as ArrayBuffer) : new ArrayBuffer(0);
  }

  values(name: string, version: number, key: string): unknown[] {
    return this.find(name, version)?.index?.values(key) ?? [];
  }

  expansionZoom(name: string, version: number, clusterId: number): number | null {
    const index = this.find(name, version)?.index;
    return index ? index.expansionZoom(clusterId) : null;
  }
}
