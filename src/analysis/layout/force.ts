import createGraph from 'ngraph.graph';
import createLayout, { type PhysicsSettings } from 'ngraph.forcelayout';
import { components, shelfPack, type Box } from './pack';
import { geographicSeed, type Seed } from './seed';
import { cleanEdges, NODE_SPACING, type LayoutInput, type LayoutResult } from './types';

/** Barnes-Hut physics in ngraph units (ngraph's defaults, with a coarser theta for speed). */
export const FORCE_SETTINGS: Readonly<Partial<PhysicsSettings>> = {
  springLength: 10,
  springCoefficient: 0.8,
  gravity: -12,
  theta: 1,
  dragCoefficient: 0.9,
};
/** Cooling: the time step (ngraph caps a node's move per step at it) falls linearly over the run. */
const FIRST_STEP = 10;
const LAST_STEP = 0.5;
/** Settled ngraph layouts are about DENSITY · √n units wide; the map seed is scaled to match. */
const DENSITY = 5;
/** ngraph units to frame pixels: neighbouring nodes end up roughly NODE_SPACING apart. */
const PIXELS_PER_UNIT = 6;
/** A component starts from the map when at least this share of its nodes is located. */
const MIN_LOCATED = 0.5;
/** Iterations for mid-sized graphs; a seeded layout has settled by then. */
const ITERATIONS = 170;
/** Work per iteration (≈ n·log₂n + 2m) up to which ITERATIONS are run; ~5,000 nodes / 20,000 edges. */
const FULL_WORK = 110_000;
/** Below this work (~1,000 nodes / 3,000 edges) iterations are cheap: up to 300. */
const SMALL_WORK = 16_000;

/** Iterations for n nodes and m edges: 300 for small graphs, 170 up to ~5k/20k, then fewer (≥ 40). */
export function defaultIterations(n: number, m: number): number {
  const work = Math.max(1, n * Math.log2(Math.max(2, n)) + 2 * m);
  if (work <= SMALL_WORK) return Math.min(300, Math.round((ITERATIONS * SMALL_WORK) / work));
  if (work <= FULL_WORK) return ITERATIONS;
  return Math.max(40, Math.round((ITERATIONS * FULL_WORK) / work));
}

export interface ForceOptions {
  iterations?: number;
  seedFromGeography?: boolean;
}

/**
 * Force-directed layout (ngraph.forcelayout, Barnes-Hut). Each connected component is laid out on
 * its own, starting from the map when enough of its nodes are located (else from ngraph's seeded
 * placement), for a bounded number of iterations; then the components are packed in rows, largest
 * first, smaller ones stacked beside it, isolated nodes as a grid at the end, so nothing drifts
 * off. Deterministic (ngraph's random source is seeded per run).
 */
export function forceLayout(input: LayoutInput, options: ForceOptions = {}): LayoutResult {
  const n = input.ids.length;
  const edges = cleanEdges(n, input.edges);
  const parts = components(n, edges);
  const it = options.iterations;
  const steps = it !== undefined && Number.isFinite(it) ? Math.max(0, Math.round(it)) : defaultIterations(n, edges.length);
  const seed = options.seedFromGeography === false || n < 2 ? null : geographicSeed(input, edges);

  const partOf = new Int32Array(n);
  parts.forEach((nodes, p) => nodes.forEach((i) => (partOf[i] = p)));
  const partEdges: [number, number][][] = parts.map(() => []);
  for (const e of edges) partEdges[partOf[e[0]]].push(e);

  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const boxes: Box[] = parts.map((nodes, p) => layoutPart(nodes, partEdges[p], seed, steps, x, y));
  // Components get a margin of half a spacing, so they end up 2 spacings apart, isolated nodes 1.
  const margin = NODE_SPACING / 2;
  const padded = boxes.map((b, p) => (parts[p].length > 1 ? { width: b.width + 2 * margin, height: b.height + 2 * margin } : b));
  const corners = shelfPack(padded, NODE_SPACING);
  parts.forEach((nodes, p) => {
    const pad = nodes.length > 1 ? margin : 0;
    for (const i of nodes) {
      x[i] += corners[p][0] + pad;
      y[i] += corners[p][1] + pad;
    }
  });
  return { x, y };
}

/** Lays out one connected component into x/y (frame pixels, top-left at 0,0); returns its box. */
function layoutPart(nodes: number[], edges: [number, number][], seed: Seed | null, steps: number, x: Float64Array, y: Float64Array): Box {
  if (nodes.length === 1) {
    x[nodes[0]] = 0;
    y[nodes[0]] = 0;
    return { width: 0, height: 0 };
  }
  const local = new Map<number, number>();
  nodes.forEach((i, k) => local.set(i, k));
  const graph = createGraph();
  nodes.forEach((_, k) => graph.addNode(k));
  for (const [a, b] of edges) graph.addLink(local.get(a)!, local.get(b)!);
  const layout = createLayout(graph, { ...FORCE_SETTINGS, timeStep: FIRST_STEP });
  const bodies = nodes.map((_, k) => layout.getBody(k)!);

  const located = seed ? nodes.reduce((c, i) => c + seed.located[i], 0) : 0;
  if (seed && located >= MIN_LOCATED * nodes.length) {
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (const i of nodes) {
      minX = Math.min(minX, seed.x[i]);
      maxX = Math.max(maxX, seed.x[i]);
      minY = Math.min(minY, seed.y[i]);
      maxY = Math.max(maxY, seed.y[i]);
    }
    const extent = Math.max(maxX - minX, maxY - minY);
    const scale = extent > 0 ? (DENSITY * Math.sqrt(nodes.length)) / extent : 1;
    const cx = (minX + maxX) / 2;
    const cy = (minY + maxY) / 2;
    nodes.forEach((i, k) => bodies[k].setPosition((seed.x[i] - cx) * scale, (seed.y[i] - cy) * scale));
  }

  const settings = layout.simulator.settings;
  for (let s = 0; s < steps; s++) {
    settings.timeStep = FIRST_STEP + ((LAST_STEP - FIRST_STEP) * s) / Math.max(1, steps - 1);
    layout.step();
  }
  layout.dispose();

  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const b of bodies) {
    minX = Math.min(minX, b.pos.x);
    maxX = Math.max(maxX, b.pos.x);
    minY = Math.min(minY, b.pos.y);
    maxY = Math.max(maxY, b.pos.y);
  }
  nodes.forEach((i, k) => {
    x[i] = (bodies[k].pos.x - minX) * PIXELS_PER_UNIT;
    y[i] = (bodies[k].pos.y - minY) * PIXELS_PER_UNIT;
  });
  return { width: (maxX - minX) * PIXELS_PER_UNIT, height: (maxY - minY) * PIXELS_PER_UNIT };
}
