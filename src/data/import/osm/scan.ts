import { barrierBlocksCar, carRestriction, wayProfile, type TagGetter, type WayProfile } from '../../../analysis/routing/access';
import { ChunkedFloat64, Grow } from './ids';
import { PrimitiveBlock, forEachPrimitive, readDense, readElement, tagGetter, type Element } from './primitives';

/** What the two passes of readRoadGraph take from one block. */

export interface RestrictionRef {
  from: number;
  via: number;
  to: number;
  only: boolean;
}

/** What pass 1 keeps. */
export class Ways {
  id = new Grow((n) => new Float64Array(n));
  refStart = new Grow((n) => new Uint32Array(n));
  highway = new Grow((n) => new Uint8Array(n));
  maxF = new Grow((n) => new Uint8Array(n));
  maxB = new Grow((n) => new Uint8Array(n));
  fwd = new Grow((n) => new Uint8Array(n));
  bwd = new Grow((n) => new Uint8Array(n));
  refs = new ChunkedFloat64();
  highwayWays = 0;
  restrictionRelations = 0;
  restrictions: RestrictionRef[] = [];

  add(id: number, p: WayProfile, e: Element): void {
    this.id.push(id);
    this.refStart.push(this.refs.length);
    this.highway.push(p.highway);
    this.maxF.push(p.maxspeedForward);
    this.maxB.push(p.maxspeedBackward);
    this.fwd.push(p.forward);
    this.bwd.push(p.backward);
    for (let i = 0; i < e.refCount; i++) this.refs.push(e.refs[i]);
  }
}

function nodeTags(block: PrimitiveBlock, kv: Int32Array, kvLength: number, from: number): TagGetter {
  return (key) => {
    for (let i = from; i + 1 < kvLength && kv[i] !== 0; i += 2) if (block.string(kv[i]) === key) return block.string(kv[i + 1]);
    return undefined;
  };
}

/** Pass 1 over one block: highway ways and restrictions; says whether it holds nodes, and whether anything else. */
export function scanWaysBlock(block: PrimitiveBlock, ways: Ways): { nodes: boolean; other: boolean } {
  const seen = { nodes: false, other: false };
  const hw = block.find('highway');
  const type = block.find('type');
  const cur: { profile: WayProfile | null; restriction: 'no' | 'only' | null } = { profile: null, restriction: null };
  forEachPrimitive(block, (kind, start, end) => {
    if (kind === 'dense' || kind === 'node') {
      seen.nodes = true;
      return;
    }
    seen.other = true;
    if (kind === 'way' && hw >= 0) {
      const w = readElement(block, 'way', start, end, (e) => {
        if (!e.keys.subarray(0, e.tagCount).includes(hw)) return false;
        ways.highwayWays++;
        cur.profile = wayProfile(tagGetter(block, e));
        return cur.profile !== null;
      });
      if (w && cur.profile) ways.add(w.id, cur.profile, w);
    } else if (kind === 'relation' && type >= 0) {
      const r = readElement(block, 'relation', start, end, (e) => {
        const tags = tagGetter(block, e);
        if (tags('type')?.startsWith('restriction')) ways.restrictionRelations++;
        cur.restriction = carRestriction(tags);
        return cur.restriction !== null;
      });
      if (r && cur.restriction) addRestriction(block, r, cur.restriction === 'only', ways);
    }
  });
  return seen;
}

/** Pass 2 over one block: coordinates of the needed nodes, and whether a barrier on them stops cars. */
export function scanNodesBlock(block: PrimitiveBlock, take: (id: number, lat: number, lon: number) => number, barrierAt: (k: number) => void): number {
  const barrier = block.find('barrier');
  let count = 0;
  forEachPrimitive(block, (kind, start, end) => {
    if (kind === 'dense') {
      const d = readDense(block, start, end, { coords: true, tags: barrier >= 0 });
      count += d.count;
      const tagged = d.kvStart.length > 0;
      for (let i = 0; i < d.count; i++) {
        const k = take(d.ids[i], d.latE7[i], d.lonE7[i]);
        if (k < 0 || !tagged) continue;
        const s = d.kvStart[i];
        for (let j = s; j + 1 < d.kvLength && d.keysVals[j] !== 0; j += 2) {
          if (d.keysVals[j] !== barrier) continue;
          if (barrierBlocksCar(nodeTags(block, d.keysVals, d.kvLength, s))) barrierAt(k);
          break;
        }
      }
    } else if (kind === 'node') {
      const n = readElement(block, 'node', start, end, () => false)!;
      count++;
      const k = take(n.id, n.latE7, n.lonE7);
      if (k >= 0 && barrier >= 0 && barrierBlocksCar(tagGetter(block, n))) barrierAt(k);
    }
  });
  return count;
}

/** Members from (way), via (node), to (way); restrictions over a via way are left out. */
function addRestriction(block: PrimitiveBlock, r: Element, only: boolean, ways: Ways): void {
  const from: number[] = [];
  const to: number[] = [];
  const via: number[] = [];
  for (let i = 0; i < r.refCount; i++) {
    const role = block.string(r.roles[i]);
    if (role === 'from' && r.types[i] === 1) from.push(r.refs[i]);
    else if (role === 'to' && r.types[i] === 1) to.push(r.refs[i]);
    else if (role === 'via') via.push(r.types[i] === 0 ? r.refs[i] : NaN);
  }
  if (via.length !== 1 || Number.isNaN(via[0])) return;
  for (const f of from) for (const t of to) ways.restrictions.push({ from: f, via: via[0], to: t, only });
}

