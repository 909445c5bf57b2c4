import * as Comlink from 'comlink';
import { CENTRALITY_LIMIT, type NetworkFigures, type NetworkInput } from '../analysis/network/figures';
import { sumPartials } from '../analysis/network/betweenness';
import type { NetworkApi } from './network.worker';

type Remote = Comlink.Remote<NetworkApi>;
let workers: { figures: Remote; layout: Remote } | null = null;

function start(name: string): Remote {
  const worker = new Worker(new URL('./network.worker.ts', import.meta.url), { type: 'module', name });
  return Comlink.wrap<NetworkApi>(worker);
}

/**
 * Two workers, started on first use and kept: figures and layout of the same network run
 * at the same time on the two cores instead of one after the other.
 */
export function networkWorkers(): { figures: Remote; layout: Remote } {
  workers ??= { figures: start('network-figures'), layout: start('network-layout') };
  return workers;
}

/** Below this many institutions one worker is quicker than splitting the searches. */
const SPLIT_FROM = 400;

/**
 * All network figures. Betweenness and closeness (one breadth-first search per institution,
 * the bulk of the work) are split over both workers, each taking half of the sources.
 */
export async function computeNetworkFigures(input: NetworkInput): Promise<NetworkFigures> {
  const { figures, layout } = networkWorkers();
  const n = input.institutions.length;
  if (n > CENTRALITY_LIMIT) {
    const zeros = new Float64Array(n);
    return { ...(await figures.figures(input, { betweenness: zeros, closeness: zeros })), centralityOmitted: true };
  }
  if (n < SPLIT_FROM) return figures.figures(input);
  const mid = Math.floor(n / 2);
  const [a, b] = await Promise.all([figures.brandes(input, 0, mid), layout.brandes(input, mid, n)]);
  return figures.figures(input, { betweenness: sumPartials([a.betweenness, b.betweenness], n), closeness: sumPartials([a.closeness, b.closeness], n) });
}
