import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { indexInPage, pointExpansionZoom, pointSetValues, pointTile, releaseOlder } from '../../../src/map/pointStore';
import { POINT_TILE_LAYER, THEKIZ_TILE_LAYER } from '../../../src/analysis/points/pointTileFormat';
import { CLUSTER_OPTIONS } from '../../../src/map/layers/institutions';
import type { PointFeature } from '../../../src/analysis/points/pointTiles';

const point = (lon: number, lat: number, id: string): PointFeature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { id, name: id, thekiz: 0 } });

/** How many points the world tile draws (clusters count their points). */
function worldCount(buffer: ArrayBuffer): number {
  if (buffer.byteLength === 0) return 0;
  const tile = new VectorTile(new PbfReader(new Uint8Array(buffer)));
  let n = 0;
  for (const name of [POINT_TILE_LAYER, THEKIZ_TILE_LAYER]) {
    const layer = tile.layers[name];
    for (let i = 0; i < (layer?.length ?? 0); i++) {
      const p = layer!.feature(i).properties;
      n += p.cluster ? Number(p.point_count) : 1;
    }
  }
  return n;
}

describe('point store (small sets in the page)', () => {
  it('answers the empty start of every slot without any worker', async () => {
    expect((await pointTile('institutions-all', 0, 0, 0, 0)).byteLength).toBe(0);
  });

  it('serves tiles, values and cluster zooms of a set indexed in the page, and drops older sets once a newer one shows', async () => {
    const sets = { clustered: [point(11, 51, 'a'), point(11.001, 51.001, 'b'), point(12, 50.7, 'c')], single: [point(10.5, 50.6, 't')] };
    await indexInPage('slot-a', 7, sets, CLUSTER_OPTIONS);
    expect(worldCount(await pointTile('slot-a', 7, 0, 0, 0))).toBe(4);
    expect((await pointSetValues('slot-a', 7, 'id')).sort()).toEqual(['a', 'b', 'c', 't']);
    const tile = new VectorTile(new PbfReader(new Uint8Array(await pointTile('slot-a', 7, 5, 16, 10))));
    const layer = tile.layers[POINT_TILE_LAYER];
    const cluster = Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties).find((p) => p.cluster);
    expect(cluster).toBeDefined();
    expect(await pointExpansionZoom('slot-a', 7, Number(cluster!.cluster_id))).toBeGreaterThan(5);

    await indexInPage('slot-a', 9, { clustered: [point(11, 51, 'n')], single: [] }, CLUSTER_OPTIONS);
    expect(worldCount(await pointTile('slot-a', 7, 0, 0, 0))).toBe(4); // still served until 9 shows
    releaseOlder('slot-a', 9);
    expect(worldCount(await pointTile('slot-a', 9, 0, 0, 0))).toBe(1);
    expect(await pointSetValues('slot-a', 9, 'id')).toEqual(['n']);
  });
});
