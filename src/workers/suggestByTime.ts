/**
 * Suggestions by travel time in the coverage worker: the existing centres' reach by one search,
 * then one bounded search per candidate the lazy greedy asks about.
 */
import type { ThekizDb } from '../data/db';
import type { TravelBasis, TravelRequest } from '../analysis/coverage/analysis';
import { fastestKmh } from '../analysis/coverage/byTime';
import type { DemandColumns } from '../analysis/coverage/demand';
import type { Candidate } from '../analysis/coverage/suggest';
import { suggestSitesByTime } from '../analysis/coverage/suggestByTime';
import { nearestIn, snapOf, travelContext } from './byTime';

export async function suggestByTime(
  db: ThekizDb,
  area: string,
  travel: TravelRequest,
  demand: DemandColumns,
  candidates: readonly Candidate[],
  existing: readonly { lon: number; lat: number }[],
  options: { k: number; limitMin: number; focus: string | null; onReach?: (done: number, of: number) => void },
) {
  const ctx = await travelContext(db, area, travel);
  const points = { lon: demand.lon, lat: demand.lat };
  const snap = snapOf(ctx, points);
  const limitSec = options.limitMin * 60;
  const near = nearestIn(ctx, existing, points, snap, limitSec);
  // A candidate with no road within reach of its door reaches nobody: left out before the searches.
  const inFocus = options.focus === null ? candidates : candidates.filter((c) => c.group === options.focus);
  const candidateSnap = snapOf(ctx, { lon: inFocus.map((c) => c.lon), lat: inFocus.map((c) => c.lat) }, 'candidates');
  const onNetwork = inFocus.filter((_, i) => candidateSnap.start[i] < candidateSnap.start[i + 1]);
  // Progress at most every 200 ms: a message per search would keep the page busy redrawing.
  let last = 0;
  const onReach = options.onReach && ((done: number, of: number) => {
    const now = performance.now();
    if (now - last < 200 && done < of) return;
    last = now;
    options.onReach?.(done, of);
  });
  const result = suggestSitesByTime(demand, onNetwork, {
    ...options,
    onReach,
    existing: near.nearest.meters,
    timesFrom: (site, only) => nearestIn(ctx, [site], points, snap, limitSec, only).nearest.meters,
    // Bus and train have no speed bound worth the name: every candidate is searched.
    fastestKmh: ctx.transit ? null : fastestKmh(ctx.graph, ctx.snapMode, ctx.speeds),
  });
  let offNetworkCells = 0;
  let offNetworkWeight = 0;
  for (let i = 0; i < near.offNetwork.length; i++) {
    if (!near.offNetwork[i]) continue;
    offNetworkCells++;
    offNetworkWeight += demand.weight[i];
  }
  const basis: TravelBasis = { ...ctx.basis, facilitiesOffNetwork: near.facilitiesOffNetwork, offNetworkCells, offNetworkWeight };
  return { ...result, travel: basis, candidatesOffNetwork: inFocus.length - onNetwork.length };
}
