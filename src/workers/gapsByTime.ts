/**
 * Network gaps by travel time in the coverage worker: one bounded search per centre gives the
 * time from every located institution to it, one search from all centres gives every cell its
 * nearest centre by time; runNetworkGaps does the rest as by straight line.
 */
import type { ThekizDb } from '../data/db';
import type { TravelBasis, TravelRequest } from '../analysis/coverage/analysis';
import type { Points } from '../analysis/coverage/byTime';
import { GAP_SEARCH_FACTOR } from '../analysis/partners/networkGaps';
import { runNetworkGaps, type GapCells, type GapRequest, type GapResult } from '../analysis/partners/runGaps';
import { nearestIn, snapOf, travelContext } from './byTime';

// The located institutions' points, kept while their places stay (the snap is cached per array).
let held: { key: string; points: Points } | null = null;

function institutionPoints(list: GapRequest['institutions'], located: readonly number[]): Points {
  const lon = Float64Array.from(located, (i) => list[i].lon!);
  const lat = Float64Array.from(located, (i) => list[i].lat!);
  const key = `${lon.join(',')}|${lat.join(',')}`;
  if (held?.key !== key) held = { key, points: { lon, lat } };
  return held.points;
}

/**
 * The network gaps with the limit in minutes by the request's mode over the area's loaded data.
 * `demand` are the coverage's demand points (the same arrays its runs use, so the cells' snap
 * is shared), of which the first `cells.lon.length` are the census cells. Throws the German
 * message of travelContext when a file is missing.
 */
export async function networkGapsByTime(db: ThekizDb, area: string, travel: TravelRequest, demand: Points, cells: GapCells, req: GapRequest, minutes: number, kreisKeys: readonly string[]): Promise<GapResult> {
  const ctx = await travelContext(db, area, travel);
  const list = req.institutions;
  const located = list.flatMap((i, k) => (i.lon !== null && i.lat !== null && Number.isFinite(i.lon) && Number.isFinite(i.lat) ? [k] : []));
  const points = institutionPoints(list, located);
  const snap = snapOf(ctx, points, 'gap-institutions');
  const searchMinutes = minutes * GAP_SEARCH_FACTOR;
  const maxSeconds = searchMinutes * 60;
  const n = cells.lon.length;
  // Filled in by cellNearest, which runNetworkGaps calls before it returns (the result holds this object).
  const travelBasis: TravelBasis = { ...ctx.basis, facilitiesOffNetwork: 0, offNetworkCells: 0, offNetworkWeight: 0 };
  return runNetworkGaps(cells, req, kreisKeys, {
    minutes,
    searchMinutes,
    travel: travelBasis,
    measure: (centre) => {
      const r = nearestIn(ctx, [{ lon: centre.lon!, lat: centre.lat! }], points, snap, maxSeconds);
      const out = new Float64Array(list.length).fill(Infinity);
      located.forEach((k, j) => (out[k] = r.nearest.meters[j]));
      return out;
    },
    cellNearest: (centres) => {
      const r = nearestIn(ctx, centres, demand, snapOf(ctx, demand));
      travelBasis.facilitiesOffNetwork = r.facilitiesOffNetwork;
      for (let i = 0; i < n; i++) {
        if (!r.offNetwork[i]) continue;
        travelBasis.offNetworkCells++;
        travelBasis.offNetworkWeight += cells.weight[i];
      }
      return r.nearest.index.subarray(0, n);
    },
  });
}
