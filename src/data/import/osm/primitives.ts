import { PbfReader } from 'pbf';

/**
 * Decoding of one PrimitiveBlock (osmformat.proto): the string table (decoded lazily, only the
 * strings asked for), and its groups of dense nodes, nodes, ways and relations. Field numbers:
 * PrimitiveBlock 1 stringtable, 2 primitivegroup, 17 granularity, 19 lat_offset, 20 lon_offset;
 * PrimitiveGroup 1 nodes, 2 dense, 3 ways, 4 relations.
 */

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

/** A growable Int32 scratch list. */
class Ints {
  data = new Int32Array(64);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** A growable Float64 scratch list (OSM ids exceed 2^32). */
class Floats {
  data = new Float64Array(64);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export class PrimitiveBlock {
  readonly pbf: PbfReader;
  granularity = 100;
  latOffset = 0;
  lonOffset = 0;
  /** [start, end) of each primitive group's bytes. */
  readonly groups: number[] = [];
  private readonly strStart: number[] = [];
  private readonly strEnd: number[] = [];
  private readonly strings: (string | undefined)[] = [];

  constructor(readonly buf: Uint8Array) {
    const pbf = (this.pbf = new PbfReader(buf));
    for (let f; (f = pbf.nextField()); ) {
      if (f === 1 && pbf.type === 2) {
        const end = pbf.readVarint() + pbf.pos;
        for (let g; (g = pbf.nextField(end)); ) {
          if (g !== 1 || pbf.type !== 2) continue;
          const len = pbf.readVarint();
          this.strStart.push(pbf.pos);
          this.strEnd.push(pbf.pos + len);
          pbf.pos += len;
        }
        pbf.pos = end;
      } else if (f === 2 && pbf.type === 2) {
        const len = pbf.readVarint();
        this.groups.push(pbf.pos, pbf.pos + len);
        pbf.pos += len;
      } else if (f === 17 && pbf.type === 0) this.granularity = pbf.readVarint();
      else if (f === 19 && pbf.type === 0) this.latOffset = pbf.readVarint(true);
      else if (f === 20 && pbf.type === 0) this.lonOffset = pbf.readVarint(true);
    }
    if (pbf.pos > buf.length) throw new Error('block overrun');
  }

  get stringCount(): number {
    return this.strStart.length;
  }

  string(i: number): string {
    let s = this.strings[i];
    if (s === undefined) {
      if (!(i >= 0 && i < this.strStart.length)) throw new Error('string index out of range');
      s = this.strings[i] = utf8.decode(this.buf.subarray(this.strStart[i], this.strEnd[i]));
    }
    return s;
  }

  /** Index of a string in the table, or -1; compares bytes, decodes nothing. */
  find(s: string): number {
    const bytes = encoder.encode(s);
    const buf = this.buf;
    for (let i = 0; i < this.strStart.length; i++) {
      const a = this.strStart[i];
      if (this.strEnd[i] - a !== bytes.length) continue;
      let k = 0;
      while (k < bytes.length && buf[a + k] === bytes[k]) k++;
      if (k === bytes.length) return i;
    }
    return -1;
  }

  /** Latitude or longitude of a raw coordinate, in 1e-7 degrees. */
  coordE7(raw: number, offset: number): number {
    return Math.round((offset + this.granularity * raw) / 100);
  }
}

/** Reads a packed field's end and checks it lies inside the buffer. */
function packedEnd(pbf: PbfReader): number {
  const end = pbf.readVarint() + pbf.pos;
  if (!(end <= pbf.length)) throw new Error('field overrun');
  return end;
}

/** The fields of a group, as [field number, start, end) of each length-delimited field. */
export function groupFields(block: PrimitiveBlock, start: number, end: number, each: (field: number, start: number, end: number) => void): void {
  const pbf = block.pbf;
  pbf.pos = start;
  for (let f; (f = pbf.nextField(end)); ) {
    if (pbf.type !== 2) continue;
    const e = packedEnd(pbf);
    const s = pbf.pos;
    each(f, s, e);
    pbf.pos = e;
  }
}

/** Dense nodes of one DenseNodes message: ids, and coordinates or tags when asked for. */
export interface DenseNodes {
  count: number;
  ids: Float64Array;
  latE7: Int32Array;
  lonE7: Int32Array;
  /** keys_vals as stored: per node k,v,…,0; kvStart[i] where node i's pairs begin (-1: no tags in the block). */
  keysVals: Int32Array;
  kvLength: number;
  kvStart: Int32Array;
}

const dense = { ids: new Floats(), lat: new Ints(), lon: new Ints(), kv: new Ints(), kvStart: new Ints() };

/** Decodes a DenseNodes message (field 1 id, 8 lat, 9 lon, 10 keys_vals; deltas zigzag-coded). */
export function readDense(block: PrimitiveBlock, start: number, end: number, want: { coords: boolean; tags: boolean }): DenseNodes {
  const pbf = block.pbf;
  const { ids, lat, lon, kv, kvStart } = dense;
  ids.length = lat.length = lon.length = kv.length = kvStart.length = 0;
  pbf.pos = start;
  for (let f; (f = pbf.nextField(end)); ) {
    if (pbf.type !== 2) continue;
    const e = packedEnd(pbf);
    if (f === 1) {
      for (let v = 0; pbf.pos < e; ) ids.push((v += pbf.readSVarint()));
    } else if (f === 8 && want.coords) {
      for (let v = 0; pbf.pos < e; ) lat.push(block.coordE7((v += pbf.readSVarint()), block.latOffset));
    } else if (f === 9 && want.coords) {
      for (let v = 0; pbf.pos < e; ) lon.push(block.coordE7((v += pbf.readSVarint()), block.lonOffset));
    } else if (f === 10 && want.tags) {
      while (pbf.pos < e) kv.push(pbf.readVarint());
    }
    pbf.pos = e;
  }
  const count = ids.length;
  if (want.coords && (lat.length !== count || lon.length !== count)) throw new Error('dense coordinates do not match ids');
  if (want.tags && kv.length > 0) {
    let i = 0;
    for (let node = 0; node < count; node++) {
      kvStart.push(i);
      while (i < kv.length && kv.data[i] !== 0) i += 2;
      i++;
    }
  }
  return { count, ids: ids.data, latE7: lat.data, lonE7: lon.data, keysVals: kv.data, kvLength: kv.length, kvStart: kv.length > 0 ? kvStart.data : new Int32Array(0) };
}

/** An element's tags and members, decoded into reused scratch arrays. */
export interface Element {
  id: number;
  keys: Int32Array;
  vals: Int32Array;
  tagCount: number;
  /** Way: node ids. Relation: member ids. */
  refs: Float64Array;
  refCount: number;
  /** Relation: role string index and type (0 node, 1 way, 2 relation) per member. */
  roles: Int32Array;
  types: Int32Array;
  /** Plain node: coordinates in 1e-7 degrees. */
  latE7: number;
  lonE7: number;
}

const el = { keys: new Ints(), vals: new Ints(), refs: new Floats(), roles: new Ints(), types: new Ints() };

function element(id: number, latE7 = 0, lonE7 = 0): Element {
  return {
    id,
    keys: el.keys.data,
    vals: el.vals.data,
    tagCount: Math.min(el.keys.length, el.vals.length),
    refs: el.refs.data,
    refCount: el.refs.length,
    roles: el.roles.data,
    types: el.types.data,
    latE7,
    lonE7,
  };
}

/**
 * Decodes a Way (1 id, 2 keys, 3 vals, 8 refs) or a Relation (1 id, 2 keys, 3 vals, 8 roles_sid,
 * 9 memids, 10 types) or a Node (1 id, 2 keys, 3 vals, 8 lat, 9 lon). Refs are decoded only
 * when `refs` says so (after a look at the tags, through `wantRefs`).
 */
export function readElement(block: PrimitiveBlock, kind: 'node' | 'way' | 'relation', start: number, end: number, wantRefs: (e: Element) => boolean): Element | null {
  const pbf = block.pbf;
  el.keys.length = el.vals.length = el.refs.length = el.roles.length = el.types.length = 0;
  let id = 0;
  let lat = 0;
  let lon = 0;
  let refsAt = -1;
  let refsEnd = -1;
  let memidsAt = -1;
  let memidsEnd = -1;
  pbf.pos = start;
  for (let f; (f = pbf.nextField(end)); ) {
    if (f === 1 && pbf.type === 0) id = kind === 'node' ? pbf.readSVarint() : pbf.readVarint();
    else if (kind === 'node' && f === 8 && pbf.type === 0) lat = pbf.readSVarint();
    else if (kind === 'node' && f === 9 && pbf.type === 0) lon = pbf.readSVarint();
    else if (pbf.type === 2 && (f === 2 || f === 3 || (kind !== 'node' && f >= 8 && f <= 10))) {
      const e = packedEnd(pbf);
      if (f === 2) while (pbf.pos < e) el.keys.push(pbf.readVarint());
      else if (f === 3) while (pbf.pos < e) el.vals.push(pbf.readVarint());
      else if (kind === 'way' && f === 8) [refsAt, refsEnd] = [pbf.pos, e];
      else if (kind === 'relation' && f === 8) while (pbf.pos < e) el.roles.push(pbf.readVarint());
      else if (kind === 'relation' && f === 9) [memidsAt, memidsEnd] = [pbf.pos, e];
      else if (kind === 'relation' && f === 10) while (pbf.pos < e) el.types.push(pbf.readVarint());
      pbf.pos = e;
    }
  }
  if (kind === 'node') return element(id, block.coordE7(lat, block.latOffset), block.coordE7(lon, block.lonOffset));
  if (!wantRefs(element(id))) return null;
  const [at, stop] = kind === 'way' ? [refsAt, refsEnd] : [memidsAt, memidsEnd];
  if (at >= 0) {
    pbf.pos = at;
    for (let v = 0; pbf.pos < stop; ) el.refs.push((v += pbf.readSVarint()));
  }
  if (kind === 'relation' && (el.roles.length !== el.refs.length || el.types.length !== el.refs.length)) throw new Error('relation members do not match');
  return element(id);
}

/** A getter over an element's tags, for access.ts. */
export function tagGetter(block: PrimitiveBlock, e: Element): (key: string) => string | undefined {
  return (key) => {
    for (let i = 0; i < e.tagCount; i++) if (block.string(e.keys[i]) === key) return block.string(e.vals[i]);
    return undefined;
  };
}

/** Every primitive of a block, by kind, with start/end of its message. */
export function forEachPrimitive(
  block: PrimitiveBlock,
  each: (kind: 'node' | 'dense' | 'way' | 'relation', start: number, end: number) => void,
): void {
  const g = block.groups;
  for (let i = 0; i < g.length; i += 2) {
    groupFields(block, g[i], g[i + 1], (field, s, e) => {
      if (field === 1) each('node', s, e);
      else if (field === 2) each('dense', s, e);
      else if (field === 3) each('way', s, e);
      else if (field === 4) each('relation', s, e);
    });
  }
}
