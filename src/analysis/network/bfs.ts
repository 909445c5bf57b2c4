/**
 * The breadth-first search behind Brandes' algorithm: distances, shortest-path counts (sigma)
 * and, per node, its links to the neighbouring levels on shortest paths from the source.
 *
 * Direction-optimizing (Beamer et al. 2012): a level is expanded top-down from the frontier
 * while the frontier's degree sum is small, and bottom-up (each unreached node of the component
 * looks for neighbours in the frontier) once that is cheaper, so on networks with short paths
 * the big last levels are not scanned edge by edge.
 */
import type { CsrGraph } from './csr';
import { connectedComponents } from './components';

export interface SearchSpace {
  /** Distance from the source, -1 when unreached. The caller resets reached nodes to -1. */
  dist: Int32Array;
  sigma: Float64Array;
  /** Reached nodes in BFS order. */
  order: Int32Array;
  /**
   * Shortest-path links of v, by the direction its levels were expanded in: predecessors found
   * bottom-up in links[offsets[v] + v] … links[predEnd[v] - 1], then successors found top-down up
   * to links[succEnd[v] - 1]. They are disjoint sets of neighbours, so degree(v) slots hold them;
   * one spare slot per node takes the branch-free writes of non-links.
   */
  links: Int32Array;
  predEnd: Int32Array;
  succEnd: Int32Array;
  componentOf: Int32Array;
  byComponent: Int32Array; // nodes grouped by component, from componentStart[c]
  componentStart: Int32Array;
  componentDegree: Float64Array;
  unreached: Int32Array;
}

/** 1 when the int32 values are equal, else 0, computed without a branch. */
const same = (x: number, y: number): number => 1 - (((x ^ y) | -(x ^ y)) >>> 31);

export function workspace(g: CsrGraph): SearchSpace {
  const { n, offsets } = g;
  const { componentOf, sizes } = connectedComponents(g);
  const componentStart = new Int32Array(sizes.length + 1);
  for (let c = 0; c < sizes.length; c++) componentStart[c + 1] = componentStart[c] + sizes[c];
  const fill = componentStart.slice(0, sizes.length);
  const byComponent = new Int32Array(n);
  const componentDegree = new Float64Array(sizes.length);
  for (let v = 0; v < n; v++) {
    byComponent[fill[componentOf[v]]++] = v;
    componentDegree[componentOf[v]] += offsets[v + 1] - offsets[v];
  }
  const buffer = () => new Int32Array(n);
  const dist = buffer().fill(-1);
  const [order, predEnd, succEnd, unreached] = [buffer(), buffer(), buffer(), buffer()];
  const links = new Int32Array(g.targets.length + n);
  return { dist, sigma: new Float64Array(n), order, links, predEnd, succEnd, componentOf, byComponent, componentStart, componentDegree, unreached };
}

/** Searches from s; returns how many nodes were reached (s included) and their distance sum. */
export function searchFrom(g: CsrGraph, ws: SearchSpace, s: number): { reached: number; distSum: number } {
  const { offsets, targets } = g;
  const { dist, sigma, order, links, predEnd, succEnd, unreached } = ws;
  const component = ws.componentOf[s];
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  predEnd[s] = succEnd[s] = offsets[s] + s;
  let levelStart = 0;
  let tail = 1;
  let d = 0;
  let distSum = 0;
  let frontierDegree = offsets[s + 1] - offsets[s];
  let unreachedDegree = ws.componentDegree[component] - frontierDegree;
  let unreachedCount = -1; // the list is built on the first bottom-up level
  // Once every edge end of the component is reached, the remaining levels find nothing new.
  while (levelStart < tail && unreachedDegree > 0) {
    const levelEnd = tail;
    const next = d + 1;
    let nextDegree = 0;
    if (frontierDegree > unreachedDegree) {
      if (unreachedCount < 0) {
        unreachedCount = 0;
        for (let i = ws.componentStart[component], stop = ws.componentStart[component + 1]; i < stop; i++) {
          const u = ws.byComponent[i];
          if (dist[u] < 0) unreached[unreachedCount++] = u;
        }
      }
      let kept = 0;
      for (let i = 0; i < unreachedCount; i++) {
        const u = unreached[i];
        if (dist[u] >= 0) continue; // reached top-down since the list was built: drop it
        let su = 0;
        let c = offsets[u] + u;
        for (let slot = offsets[u], stop = offsets[u + 1]; slot < stop; slot++) {
          const v = targets[slot];
          // Without a branch: one when v lies in the frontier (a predecessor of u), else zero.
          const inFrontier = same(dist[v], d);
          links[c] = v;
          c += inFrontier;
          su += sigma[v] * inFrontier;
        }
        if (su > 0) {
          dist[u] = next;
          sigma[u] = su;
          order[tail++] = u;
          predEnd[u] = succEnd[u] = c;
          distSum += next;
          const degree = offsets[u + 1] - offsets[u];
          nextDegree += degree;
          unreachedDegree -= degree;
        } else {
          unreached[kept++] = u;
        }
      }
      unreachedCount = kept;
    } else {
      for (let i = levelStart; i < levelEnd; i++) {
        const v = order[i];
        const sv = sigma[v];
        let c = succEnd[v];
        for (let slot = offsets[v], stop = offsets[v + 1]; slot < stop; slot++) {
          const w = targets[slot];
          let dw = dist[w];
          if (dw < 0) {
            dist[w] = next;
            sigma[w] = 0;
            order[tail++] = w;
            predEnd[w] = succEnd[w] = offsets[w] + w;
            distSum += next;
            const degree = offsets[w + 1] - offsets[w];
            nextDegree += degree;
            unreachedDegree -= degree;
            dw = next;
          }
          // Without a branch: one when w lies on the next level (a successor of v), else zero.
          const onNext = same(dw, next);
          links[c] = w;
          c += onNext;
          sigma[w] += sv * onNext;
        }
        succEnd[v] = c;
      }
    }
    levelStart = levelEnd;
    d = next;
    frontierDegree = nextDegree;
  }
  return { reached: tail, distSum };
}
