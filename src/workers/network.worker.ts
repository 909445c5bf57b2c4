/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { brandesPartial, type BrandesResult } from '../analysis/network/betweenness';
import { buildGraph } from '../analysis/network/csr';
import { networkFigures, type NetworkInput } from '../analysis/network/figures';
import { computeLayout } from '../analysis/layout';
import type { LayoutInput, LayoutKind, LayoutOptions, LayoutResult } from '../analysis/layout/types';

/** Network figures and graph layouts, off the main thread. */
const api = {
  /** Betweenness and closeness contributions of the sources from … to-1 (summable over ranges). */
  brandes(input: NetworkInput, from: number, to: number): BrandesResult {
    const g = buildGraph(input.institutions.map((i) => i.id), input.partnerships);
    const r = brandesPartial(g, from, to);
    return Comlink.transfer(r, [r.betweenness.buffer, r.closeness.buffer]);
  },
  /** All figures; with `centrality` summed from `brandes` calls, the searches are not repeated. */
  figures(input: NetworkInput, centrality?: BrandesResult) {
    return networkFigures(input, centrality);
  },
  layout(kind: LayoutKind, input: LayoutInput, options?: LayoutOptions): LayoutResult {
    const result = computeLayout(kind, input, options);
    return Comlink.transfer(result, [result.x.buffer, result.y.buffer]);
  },
};

export type NetworkApi = typeof api;

Comlink.expose(api);
