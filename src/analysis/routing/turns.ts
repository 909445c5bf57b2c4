import { CAR } from './highway';
import type { RestrictionInput } from './roadGraph';

/**
 * The restrictions as banned (in-edge, out-edge) pairs of car edges. no_*: every car edge of
 * the from-way into the via node with every car edge of the to-way out of it (from = to, a
 * no_u_turn: only the edge back to where one came from). only_*: every other car edge out of
 * the via node.
 */
export function bannedTurns(
  restrictions: readonly RestrictionInput[],
  nodeIndex: Int32Array,
  firstEdge: Uint32Array,
  target: Int32Array,
  access: Uint8Array,
  edgeWay: Int32Array,
): { bannedIn: Int32Array; bannedOut: Int32Array; applied: number } {
  const n = firstEdge.length - 1;
  const vias = new Set<number>();
  for (const r of restrictions) {
    const v = r.viaNode >= 0 && r.viaNode < nodeIndex.length ? nodeIndex[r.viaNode] : -1;
    if (v >= 0) vias.add(v);
  }
  // Car edges into each via node, with their tails.
  const into = new Map<number, number[]>();
  if (vias.size > 0) {
    for (let u = 0; u < n; u++) {
      for (let e = firstEdge[u]; e < firstEdge[u + 1]; e++) {
        if ((access[e] & CAR) === 0 || !vias.has(target[e])) continue;
        let list = into.get(target[e]);
        if (!list) into.set(target[e], (list = []));
        list.push(e, u);
      }
    }
  }
  const pairIn: number[] = [];
  const pairOut: number[] = [];
  let applied = 0;
  for (const r of restrictions) {
    const v = r.viaNode >= 0 && r.viaNode < nodeIndex.length ? nodeIndex[r.viaNode] : -1;
    if (v < 0) continue;
    const ins = into.get(v) ?? [];
    const outs: number[] = [];
    for (let e = firstEdge[v]; e < firstEdge[v + 1]; e++) if (access[e] & CAR && edgeWay[e] === r.toWay) outs.push(e);
    let found = false;
    for (let k = 0; k < ins.length; k += 2) {
      const inEdge = ins[k];
      if (edgeWay[inEdge] !== r.fromWay) continue;
      const tail = ins[k + 1];
      // from = to: a no_u_turn bans going back where one came from; an only_straight_on along
      // a way through the via node allows going on, not back.
      const toward = r.fromWay !== r.toWay ? outs : outs.filter((e) => (target[e] === tail) === !r.only);
      if (toward.length === 0) continue;
      found = true;
      if (r.only) {
        for (let e = firstEdge[v]; e < firstEdge[v + 1]; e++) {
          if (access[e] & CAR && !toward.includes(e)) {
            pairIn.push(inEdge);
            pairOut.push(e);
          }
        }
      } else {
        for (const e of toward) {
          pairIn.push(inEdge);
          pairOut.push(e);
        }
      }
    }
    if (found) applied++;
  }
  const order = pairIn.map((_, i) => i).sort((a, b) => pairIn[a] - pairIn[b] || pairOut[a] - pairOut[b]);
  const bannedIn: number[] = [];
  const bannedOut: number[] = [];
  for (const i of order) {
    const k = bannedIn.length - 1;
    if (k >= 0 && bannedIn[k] === pairIn[i] && bannedOut[k] === pairOut[i]) continue;
    bannedIn.push(pairIn[i]);
    bannedOut.push(pairOut[i]);
  }
  return { bannedIn: Int32Array.from(bannedIn), bannedOut: Int32Array.from(bannedOut), applied };
}
