/** A synthetic road network of Thuringia's size for the routing benches (no Node imports: it also runs bundled in a browser worker). */
import { CAR, FOOT, BICYCLE, BICYCLE_PUSH, highwayCode } from '../../src/analysis/routing/highway';
import type { RestrictionInput, RoadNetworkInput } from '../../src/analysis/routing/roadGraph';
import { seededRandom } from '../../src/domain/random';

/** A perturbed grid of side² nodes about 100 m apart, a quarter of its segments left out, as builder input. */
export function syntheticRoadNetwork(side: number, seed = 21): RoadNetworkInput {
  const rnd = seededRandom(seed);
  const n = side * side;
  const lonE7 = new Int32Array(n);
  const latE7 = new Int32Array(n);
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      lonE7[r * side + c] = Math.round(100_000_000 + c * 13_800 + (rnd() - 0.5) * 6_000);
      latE7[r * side + c] = Math.round(500_000_000 + r * 9_000 + (rnd() - 0.5) * 4_000);
    }
  }
  const refs: number[] = [];
  const cls: number[] = [];
  const fwd: number[] = [];
  const bwd: number[] = [];
  const all = FOOT | BICYCLE | CAR;
  const primary = highwayCode('primary');
  const secondary = highwayCode('secondary');
  const residential = highwayCode('residential');
  const add = (a: number, b: number, line: number): void => {
    const k = line % 20 === 0 ? primary : line % 5 === 0 ? secondary : residential;
    if (k === residential && rnd() < 0.25) return;
    refs.push(a, b);
    cls.push(k);
    const oneway = k === residential && rnd() < 0.05;
    fwd.push(all);
    bwd.push(oneway ? FOOT | BICYCLE_PUSH : all);
  };
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const v = r * side + c;
      if (c + 1 < side) add(v, v + 1, r);
      if (r + 1 < side) add(v, v + side, c);
    }
  }
  const wayCount = cls.length;
  const wayRefStart = Uint32Array.from({ length: wayCount + 1 }, (_, i) => 2 * i);
  // Turn bans at random nodes between two ways meeting there; bollards at random nodes.
  const restrictions: RestrictionInput[] = [];
  for (let w = 0; restrictions.length < 2_000 && w < wayCount - 1; w += 1 + Math.floor(rnd() * 2_000)) {
    if (refs[2 * w + 1] === refs[2 * w + 2]) restrictions.push({ fromWay: w, viaNode: refs[2 * w + 1], toWay: w + 1, only: false });
  }
  const carBarrier = new Uint8Array(n);
  for (let i = 0; i < 5_000; i++) carBarrier[Math.floor(rnd() * n)] = 1;
  return {
    nodeCount: n,
    lonE7,
    latE7,
    carBarrier,
    wayCount,
    wayRefStart,
    wayRefs: Int32Array.from(refs),
    wayHighway: Uint8Array.from(cls),
    wayMaxspeedForward: new Uint8Array(wayCount),
    wayMaxspeedBackward: new Uint8Array(wayCount),
    wayForward: Uint8Array.from(fwd),
    wayBackward: Uint8Array.from(bwd),
    restrictions,
  };
}
