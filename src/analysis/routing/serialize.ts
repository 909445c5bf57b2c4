import { HIGHWAY_CLASSES } from './highway';
import type { RoadGraph } from './roadGraph';

/** The graph as IndexedDB keeps it: plain JSON and a list of ArrayBuffers (structured clone). */
export interface StoredRoadGraph {
  meta: StoredRoadGraphMeta;
  buffers: ArrayBuffer[];
}

export interface StoredRoadGraphMeta {
  format: 'road-graph';
  version: 1;
  nodeCount: number;
  edgeCount: number;
  /** The class codes' names at the time of storing. */
  highwayClasses: string[];
  /** Name and element type of each buffer, in order. */
  arrays: { name: string; type: string; length: number }[];
}

type Typed = Float32Array | Float64Array | Uint8Array | Uint32Array | Int32Array;

const FIELDS = ['lon', 'lat', 'nodeFlags', 'firstEdge', 'target', 'lengthM', 'highway', 'maxspeed', 'access', 'bannedIn', 'bannedOut', 'osmId'] as const;
type Field = (typeof FIELDS)[number];

const TYPES: Record<Field, { new (b: ArrayBuffer): Typed; name: string }> = {
  lon: Float32Array,
  lat: Float32Array,
  nodeFlags: Uint8Array,
  firstEdge: Uint32Array,
  target: Int32Array,
  lengthM: Float32Array,
  highway: Uint8Array,
  maxspeed: Uint8Array,
  access: Uint8Array,
  bannedIn: Int32Array,
  bannedOut: Int32Array,
  osmId: Float64Array,
};

/** Expected length of each array for a graph of n nodes, m edges, b banned turns. */
function expectedLength(field: Field, n: number, m: number, b: number): number {
  if (field === 'lon' || field === 'lat' || field === 'nodeFlags' || field === 'osmId') return n;
  if (field === 'firstEdge') return n + 1;
  if (field === 'bannedIn' || field === 'bannedOut') return b;
  return m;
}

/** The graph for IndexedDB: each array's bytes as its own ArrayBuffer (copied where it is a view into a larger one). */
export function roadGraphToStored(graph: RoadGraph): StoredRoadGraph {
  const arrays: StoredRoadGraphMeta['arrays'] = [];
  const buffers: ArrayBuffer[] = [];
  for (const name of FIELDS) {
    const a = graph[name] as Typed | undefined;
    if (a === undefined) continue;
    const whole = a.byteOffset === 0 && a.byteLength === a.buffer.byteLength && a.buffer instanceof ArrayBuffer;
    buffers.push(whole ? (a.buffer as ArrayBuffer) : (a.slice().buffer as ArrayBuffer));
    arrays.push({ name, type: TYPES[name].name, length: a.length });
  }
  return {
    meta: { format: 'road-graph', version: 1, nodeCount: graph.nodeCount, edgeCount: graph.edgeCount, highwayClasses: [...HIGHWAY_CLASSES], arrays },
    buffers,
  };
}

/**
 * The graph back from what roadGraphToStored gave (after a structured clone). Throws when the
 * stored data does not fit (another format or version, arrays of the wrong length): the caller
 * then treats the graph as not loaded.
 */
export function roadGraphFromStored(stored: StoredRoadGraph): RoadGraph {
  const { meta, buffers } = stored;
  if (meta?.format !== 'road-graph' || meta.version !== 1) throw new Error('stored road graph: unknown format');
  if (meta.highwayClasses.join(',') !== HIGHWAY_CLASSES.join(',')) throw new Error('stored road graph: other highway classes');
  const n = meta.nodeCount;
  const m = meta.edgeCount;
  const b = meta.arrays.find((a) => a.name === 'bannedIn')?.length ?? 0;
  const out: Partial<Record<Field, Typed>> = {};
  meta.arrays.forEach((spec, i) => {
    const field = spec.name as Field;
    const Type = TYPES[field];
    if (!Type || Type.name !== spec.type) throw new Error(`stored road graph: unexpected array ${spec.name}`);
    const array = new Type(buffers[i]);
    if (array.length !== expectedLength(field, n, m, b)) throw new Error(`stored road graph: ${spec.name} has the wrong length`);
    out[field] = array;
  });
  for (const f of FIELDS) if (f !== 'osmId' && out[f] === undefined) throw new Error(`stored road graph: ${f} missing`);
  const graph = { nodeCount: n, edgeCount: m, ...out } as RoadGraph;
  if (graph.firstEdge[n] !== m) throw new Error('stored road graph: edge offsets do not add up');
  return graph;
}
