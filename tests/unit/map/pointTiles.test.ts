import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PointTileIndex, type PointFeature } from '../../../src/analysis/points/pointTiles';
import { PointSlots } from '../../../src/analysis/points/pointSlots';
import { POINT_TILE_LAYER, THEKIZ_TILE_LAYER } from '../../../src/analysis/points/pointTileFormat';
import { CLUSTER_OPTIONS } from '../../../src/map/layers/institutions';

const point = (lon: number, lat: number, id: string): PointFeature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id, name: `Einrichtung ${id}`, color: '#e69f00', symbol: 'K', thekiz: 0 } });

/** The tile (slippy-map numbering) that holds a position at zoom z. */
function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)];
}

function decode(bytes: Uint8Array | null) {
  if (!bytes) return {};
  const tile = new VectorTile(new PbfReader(bytes));
  const read = (name: string) => {
    const layer = tile.layers[name];
    return layer ? Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties) : [];
  };
  return { clustered: read(POINT_TILE_LAYER), single: read(THEKIZ_TILE_LAYER) };
}

// Points in Thuringia (the world tile holds them all, once).
const thuringia = fc.tuple(fc.double({ min: 9.9, max: 12.6, noNaN: true }), fc.double({ min: 50.2, max: 51.6, noNaN: true }));

describe('PointTileIndex', () => {
  it('counts every clustered point once in the world tile, and never clusters the single ones', () => {
    fc.assert(
      fc.property(fc.array(thuringia, { maxLength: 300 }), fc.array(thuringia, { maxLength: 30 }), (a, b) => {
        const index = new PointTileIndex({ clustered: a.map(([x, y], i) => point(x, y, `a${i}`)), single: b.map(([x, y], i) => point(x, y, `b${i}`)) }, CLUSTER_OPTIONS);
        const { clustered = [], single = [] } = decode(index.tile(0, 0, 0));
        const counted = clustered.reduce((s, p) => s + (p.cluster ? Number(p.point_count) : 1), 0);
        expect(counted).toBe(a.length);
        expect(single.map((p) => p.id).sort()).toEqual(b.map((_, i) => `b${i}`).sort());
        expect(single.some((p) => 'point_count' in p)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('shows each point with its properties above the cluster zoom, and opens clusters by zoom', () => {
    const pts = Array.from({ length: 50 }, (_, i) => point(11.0 + i * 0.0001, 50.98, `p${i}`));
    const index = new PointTileIndex({ clustered: pts, single: [] }, CLUSTER_OPTIONS);
    const [x, y] = tileOf(11.0025, 50.98, 7);
    const low = decode(index.tile(7, x, y)).clustered ?? [];
    expect(low).toHaveLength(1);
    expect(low[0]).toMatchObject({ cluster: true, point_count: 50 });
    const zoom = index.expansionZoom(Number(low[0].cluster_id));
    expect(zoom).toBeGreaterThan(7);
    expect(zoom).toBeLessThanOrEqual(CLUSTER_OPTIONS.clusterMaxZoom + 1);
    const z = CLUSTER_OPTIONS.clusterMaxZoom + 4;
    const [hx, hy] = tileOf(11.0, 50.98, z);
    const high = decode(index.tile(z, hx, hy)).clustered ?? [];
    expect(high.some((p) => 'point_count' in p)).toBe(false);
    expect(high).toContainEqual({ id: 'p0', name: 'Einrichtung p0', color: '#e69f00', symbol: 'K', thekiz: 0 });
  });

  it('answers null for a tile without points', () => {
    const index = new PointTileIndex({ clustered: [point(11, 51, 'x')], single: [] }, CLUSTER_OPTIONS);
    expect(index.tile(7, 0, 0)).toBeNull();
    expect(new PointTileIndex({ clustered: [], single: [] }, CLUSTER_OPTIONS).tile(0, 0, 0)).toBeNull();
  });
});

describe('PointSlots', () => {
  const world = (slots: PointSlots, version: number) => decode(slots.tile('all', version, 0, 0, 0)).clustered?.reduce((s, p) => s + (p.cluster ? Number(p.point_count) : 1), 0) ?? 0;

  it('indexes a set sent in slices, and keeps the previous set until the next is complete', () => {
    const slots = new PointSlots();
    slots.begin('all', 1);
    slots.add('all', 1, [point(11, 51, 'a'), point(11.5, 51, 'b')], []);
    slots.add('all', 1, [point(12, 51, 'c')], [point(10.5, 50.6, 't')]);
    expect(slots.finish('all', 1, CLUSTER_OPTIONS)).toBe(4);
    expect(world(slots, 1)).toBe(3);

    slots.begin('all', 2);
    slots.add('all', 1, [point(11, 50.5, 'late')], []); // a slice of the replaced set: dropped
    slots.add('all', 2, [point(11, 51, 'n')], []);
    expect(world(slots, 1)).toBe(3); // the map still shows version 1 while 2 arrives
    expect(slots.finish('all', 1, CLUSTER_OPTIONS)).toBe(-1);
    expect(slots.finish('all', 2, CLUSTER_OPTIONS)).toBe(1);
    expect(world(slots, 2)).toBe(1);
    expect(slots.values('all', 2, 'id')).toEqual(['n']);
    expect(slots.values('all', 1, 'id').sort()).toEqual(['a', 'b', 'c', 't']);

    slots.begin('all', 3);
    expect(slots.tile('all', 1, 0, 0, 0)).toBeNull(); // only one previous set is kept
    expect(world(slots, 2)).toBe(1);
    expect(slots.tile('filtered', 2, 0, 0, 0)).toBeNull(); // slots are separate
  });

  it('knows which versions it holds, and drops the ones older than the shown one', () => {
    const slots = new PointSlots();
    slots.begin('all', 4);
    slots.add('all', 4, [point(11, 51, 'a')], []);
    expect(slots.has('all', 4)).toBe(false); // not indexed yet
    slots.finish('all', 4, CLUSTER_OPTIONS);
    expect(slots.has('all', 4)).toBe(true);
    slots.begin('all', 6);
    slots.add('all', 6, [point(12, 51, 'b')], []);
    slots.dropOlderThan('all', 5); // the map shows 5 (held elsewhere): 4 goes, 6 in progress stays
    expect(slots.has('all', 4)).toBe(false);
    expect(slots.finish('all', 6, CLUSTER_OPTIONS)).toBe(1);
    slots.dropOlderThan('filtered', 99); // another slot: untouched
    expect(slots.has('all', 6)).toBe(true);
  });
});
