import { describe, expect, it } from 'vitest';
import { multiSourceSeconds } from '../../../src/analysis/routing/search';
import { roadGraphFromStored, roadGraphToStored } from '../../../src/analysis/routing/serialize';
import { DEFAULT_ROAD_SPEEDS } from '../../../src/analysis/routing/speeds';
import { readRoadGraph } from '../../../src/data/import/osm/readRoadGraph';
import { fixtureBlob } from './roadHelpers';

describe('roadGraphToStored / roadGraphFromStored', () => {
  it('round-trips through a structured clone (as IndexedDB stores it): same arrays, same times', async () => {
    for (const keepOsmIds of [false, true]) {
      const { graph } = await readRoadGraph(fixtureBlob('herrenberg-minimal.osm.pbf'), { keepOsmIds });
      const stored = structuredClone(roadGraphToStored(graph));
      expect(JSON.parse(JSON.stringify(stored.meta))).toEqual(stored.meta);
      expect(stored.buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
      const back = roadGraphFromStored(stored);
      expect(back).toEqual(graph);
      const sources = [{ node: 0, seconds: 0 }, { node: 100, seconds: 60 }];
      for (const mode of ['foot', 'bicycle', 'car'] as const) {
        expect(multiSourceSeconds(back, mode, DEFAULT_ROAD_SPEEDS, sources, { towardSources: true })).toEqual(
          multiSourceSeconds(graph, mode, DEFAULT_ROAD_SPEEDS, sources, { towardSources: true }),
        );
      }
    }
  });

  it('refuses stored data that does not fit', async () => {
    const { graph } = await readRoadGraph(fixtureBlob('herrenberg-minimal.osm.pbf'));
    const stored = structuredClone(roadGraphToStored(graph));
    expect(() => roadGraphFromStored({ ...stored, meta: { ...stored.meta, version: 2 as 1 } })).toThrow();
    expect(() => roadGraphFromStored({ ...stored, meta: { ...stored.meta, nodeCount: stored.meta.nodeCount + 1 } })).toThrow();
    expect(() => roadGraphFromStored({ ...stored, meta: { ...stored.meta, highwayClasses: ['motorway'] } })).toThrow();
    expect(() => roadGraphFromStored({ ...stored, buffers: stored.buffers.slice(0, 3) })).toThrow();
  });
});
