import { PbfFile } from './blobs';
import { readHeader, type OsmHeader } from './header';
import { PrimitiveBlock, forEachPrimitive, readDense, readElement, type Element } from './primitives';

/**
 * Every element of a small OSM PBF as plain objects, with all tags: for tests and checks on
 * extracts of a city (a whole Land would not fit as objects; readRoadGraph is for that).
 */
export interface OsmElements {
  header: OsmHeader;
  nodes: { id: number; lon: number; lat: number; tags: Record<string, string> }[];
  ways: { id: number; tags: Record<string, string>; refs: number[] }[];
  relations: { id: number; tags: Record<string, string>; members: { type: 'node' | 'way' | 'relation'; ref: number; role: string }[] }[];
}

function tags(block: PrimitiveBlock, e: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < e.tagCount; i++) out[block.string(e.keys[i])] = block.string(e.vals[i]);
  return out;
}

const TYPES = ['node', 'way', 'relation'] as const;

export async function readOsmElements(blob: Blob): Promise<OsmElements> {
  const file = new PbfFile(blob);
  const blocks = await file.blocks();
  const out: OsmElements = { header: readHeader(await file.content(blocks[0])), nodes: [], ways: [], relations: [] };
  for (const b of blocks.slice(1)) {
    const block = new PrimitiveBlock(await file.content(b));
    forEachPrimitive(block, (kind, start, end) => {
      if (kind === 'dense') {
        const d = readDense(block, start, end, { coords: true, tags: true });
        for (let i = 0; i < d.count; i++) {
          const t: Record<string, string> = {};
          if (d.kvStart.length > 0) {
            for (let k = d.kvStart[i]; k + 1 < d.kvLength && d.keysVals[k] !== 0; k += 2) t[block.string(d.keysVals[k])] = block.string(d.keysVals[k + 1]);
          }
          out.nodes.push({ id: d.ids[i], lon: d.lonE7[i] * 1e-7, lat: d.latE7[i] * 1e-7, tags: t });
        }
      } else if (kind === 'node') {
        const n = readElement(block, 'node', start, end, () => true)!;
        out.nodes.push({ id: n.id, lon: n.lonE7 * 1e-7, lat: n.latE7 * 1e-7, tags: tags(block, n) });
      } else if (kind === 'way') {
        const w = readElement(block, 'way', start, end, () => true)!;
        out.ways.push({ id: w.id, tags: tags(block, w), refs: Array.from(w.refs.subarray(0, w.refCount)) });
      } else {
        const r = readElement(block, 'relation', start, end, () => true)!;
        const members = Array.from({ length: r.refCount }, (_, i) => ({ type: TYPES[r.types[i]] ?? 'node', ref: r.refs[i], role: block.string(r.roles[i]) }));
        out.relations.push({ id: r.id, tags: tags(block, r), members });
      }
    });
  }
  return out;
}
