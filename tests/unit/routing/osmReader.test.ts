import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../src/data/import/decode';
import { PbfFile } from '../../../src/data/import/osm/blobs';
import {
  MSG_OSM_DAMAGED,
  MSG_OSM_EMPTY,
  MSG_OSM_NOT_PBF,
  MSG_OSM_NO_ROADS,
  MSG_OSM_PACKED,
  MSG_OSM_TEXT,
  MSG_OSM_TRUNCATED,
  MSG_OSM_ZIP,
} from '../../../src/data/import/osm/messages';
import { readRoadGraph, type OsmReadStage } from '../../../src/data/import/osm/readRoadGraph';
import { FIXTURES, fixtureBlob } from './roadHelpers';

const heidelbergBytes = fs.readFileSync(path.join(FIXTURES, 'heidelberg.test.pbf'));

async function refusal(blob: Blob): Promise<ImportFileError> {
  try {
    await readRoadGraph(blob);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportFileError);
    // A complete German sentence for the user.
    expect((e as Error).message).toMatch(/^Die .+\.$/);
    return e as ImportFileError;
  }
  throw new Error('the file was read');
}

describe('readRoadGraph on the fixtures (counts as in tests/fixtures/routing/README.md)', () => {
  it('Heidelberg: 25,359 highway ways, 221,009 nodes, 476 turn restrictions; date and header', async () => {
    const { graph, summary } = await readRoadGraph(await fs.openAsBlob(path.join(FIXTURES, 'heidelberg.test.pbf')));
    expect(summary.highwayWays).toBe(25_359);
    expect(summary.osmNodes).toBe(221_009);
    expect(summary.restrictions).toBe(476);
    expect(summary.timestamp).toBe('2024-09-08T20:21:00Z');
    expect(summary.writingProgram).toMatch(/^osmium/);
    expect(summary.missingNodes).toBe(0);
    // Most restrictions are found in the graph (the rest are for other modes or cut at the border).
    expect(summary.restrictionsApplied).toBeGreaterThan(400);
    expect(summary.graphNodes).toBe(graph.nodeCount);
    expect(summary.edges).toBe(graph.edgeCount);
    expect(graph.nodeCount).toBeGreaterThan(20_000);
    expect(graph.nodeCount).toBeLessThan(summary.osmNodes / 4);
    const [w, s, e, n] = summary.graphBbox!;
    expect(w).toBeGreaterThan(7.5);
    expect(e).toBeLessThan(9.2);
    expect(s).toBeGreaterThan(49.3);
    expect(n).toBeLessThan(49.6);
    expect(graph.firstEdge[graph.nodeCount]).toBe(graph.edgeCount);
    expect(graph.bannedIn.length).toBe(graph.bannedOut.length);
    expect(graph.bannedIn.length).toBeGreaterThan(400);
  });

  it('Herrenberg: 1,704 highway ways', async () => {
    const { summary } = await readRoadGraph(fixtureBlob('herrenberg-minimal.osm.pbf'));
    expect(summary.highwayWays).toBe(1_704);
    expect(summary.routableWays).toBeLessThanOrEqual(1_704);
    expect(summary.graphNodes).toBeGreaterThan(1_000);
  });

  it('reports progress by stage, in order, up to the total', async () => {
    const seen: { stage: OsmReadStage; done: number; total: number }[] = [];
    await readRoadGraph(fixtureBlob('herrenberg-minimal.osm.pbf'), { onProgress: (stage, done, total) => seen.push({ stage, done, total }) });
    const stages = [...new Set(seen.map((s) => s.stage))];
    expect(stages).toEqual(['ways', 'nodes', 'graph']);
    for (const s of seen) expect(s.done).toBeLessThanOrEqual(s.total);
    for (const stage of stages) {
      const last = seen.filter((s) => s.stage === stage).at(-1)!;
      expect(last.done).toBe(last.total);
    }
  });
});

describe('readRoadGraph refuses what is not a whole OSM PBF, in German', () => {
  it('an empty file', async () => {
    expect((await refusal(new Blob([]))).message).toBe(MSG_OSM_EMPTY);
  });

  it('a truncated file', async () => {
    for (const keep of [0.6, 0.999]) {
      const cut = heidelbergBytes.subarray(0, Math.floor(heidelbergBytes.length * keep));
      expect((await refusal(new Blob([cut]))).message).toBe(MSG_OSM_TRUNCATED);
    }
  });

  it('flipped bytes inside a block (inflate fails, or the Adler-32 check catches it)', async () => {
    for (const [at, span, mask] of [
      [0.5, 16, 0xff],
      [0.3, 1, 0x01],
      [0.8, 1, 0x10],
    ] as const) {
      const bytes = Uint8Array.from(heidelbergBytes);
      const pos = Math.floor(bytes.length * at);
      for (let i = pos; i < pos + span; i++) bytes[i] ^= mask;
      expect((await refusal(new Blob([bytes]))).message).toBe(MSG_OSM_DAMAGED);
    }
  });

  it('a zip file (a GTFS feed picked by mistake)', async () => {
    expect((await refusal(fixtureBlob('vrn_gtfs_cut.zip'))).message).toBe(MSG_OSM_ZIP);
  });

  it('a gzip-packed file', async () => {
    expect((await refusal(new Blob([gzipSync(heidelbergBytes.subarray(0, 100_000))]))).message).toBe(MSG_OSM_PACKED);
  });

  it('a text file (OSM XML)', async () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6"><node id="1" lat="49.4" lon="8.7"/></osm>\n';
    expect((await refusal(new Blob([xml]))).message).toBe(MSG_OSM_TEXT);
  });

  it('random bytes', async () => {
    let x = 12345;
    const bytes = Uint8Array.from({ length: 50_000 }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 24) & 0xff);
    bytes[0] = 0; // a small first length, so the framing is tried and fails
    expect((await refusal(new Blob([bytes]))).message).toBe(MSG_OSM_NOT_PBF);
  });

  it('a valid PBF without roads (only its header and first block of nodes)', async () => {
    const blocks = await new PbfFile(new Blob([heidelbergBytes])).blocks();
    const head = heidelbergBytes.subarray(0, blocks[1].end);
    expect((await refusal(new Blob([head]))).message).toBe(MSG_OSM_NO_ROADS);
  });
});

describe('readRoadGraph can be cancelled', () => {
  it('by a signal aborted before it starts', async () => {
    const c = new AbortController();
    c.abort();
    await expect(readRoadGraph(fixtureBlob('herrenberg-minimal.osm.pbf'), { signal: c.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  for (const stage of ['ways', 'nodes', 'graph'] as const) {
    it(`by a signal aborted during the stage '${stage}'`, async () => {
      const c = new AbortController();
      const run = readRoadGraph(fixtureBlob('heidelberg.test.pbf'), {
        signal: c.signal,
        onProgress: (s) => {
          if (s === stage) c.abort();
        },
      });
      await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    });
  }
});
