import { useEffect, useState } from 'react';
import { useRoutingInfo } from '../../data/hooks';
import type { Institution } from '../../domain/institution';
import { useCoverage } from '../../state/coverageStore';
import { useUi } from '../../state/store';
import type { TravelBasis } from '../../analysis/coverage/analysis';
import { useArea } from '../projects/useArea';

/** Over the road network, or by bus and train (with walks) when a timetable is loaded. */
export type RoadMode = 'foot' | 'bicycle' | 'car' | 'transit';

/** Road minutes from an institution to others, by id, with the file they rest on. */
export interface RoadMinutes {
  mode: RoadMode;
  byId: Map<string, number>;
  file: string;
  date: string | null;
  /** By bus and train: the timetable, day and departure window (the coverage tab's). */
  transit: NonNullable<TravelBasis['transit']> | null;
}

/**
 * Travel time over the planning area's loaded road network from `from` to each of `to` (in
 * the coverage worker, which holds the graph); null while none is loaded, off, or computing.
 */
export function useRoadMinutes(from: Institution, to: readonly Institution[], mode: RoadMode | null): { available: boolean; transitAvailable: boolean; result: RoadMinutes | null } {
  const area = useArea();
  const infos = useRoutingInfo(area.id);
  const road = infos?.find((i) => i.kind === 'road') ?? null;
  const timetable = infos?.find((i) => i.kind === 'transit') ?? null;
  const kmh = useUi((s) => s.travel.kmh);
  // By bus and train: the weekday and window set in the coverage tab.
  const weekday = useCoverage((s) => s.settings.transitDay);
  const fromMin = useCoverage((s) => s.settings.transitFrom);
  const toMin = useCoverage((s) => s.settings.transitTo);
  const [result, setResult] = useState<{ key: string; value: RoadMinutes } | null>(null);
  const usable = mode === 'transit' ? road !== null && timetable !== null : road !== null;
  const transitKey = mode === 'transit' ? `|${timetable?.loadedAt}|${weekday}|${fromMin}|${toMin}` : '';
  const key = usable && mode && from.lon !== null && from.lat !== null ? `${road!.loadedAt}${transitKey}|${mode}|${kmh.foot}|${kmh.bicycle}|${from.id}|${from.lon}|${from.lat}|${to.map((i) => i.id).join(',')}` : null;
  useEffect(() => {
    if (!key || !mode || from.lon === null || from.lat === null) return;
    let current = true;
    const targets = { lon: Float64Array.from(to, (i) => i.lon ?? NaN), lat: Float64Array.from(to, (i) => i.lat ?? NaN) };
    void import('../../workers/coverageClient')
      .then(({ coverageWorker }) => coverageWorker().travelFrom(area.id, mode, { foot: kmh.foot, bicycle: kmh.bicycle }, { lon: from.lon!, lat: from.lat! }, targets, { weekday, fromMin, toMin }))
      .then((r) => {
        if (!current || !r) return;
        setResult({ key, value: { mode, byId: new Map(to.map((i, k) => [i.id as string, r.minutes[k]])), file: r.file, date: r.date, transit: r.transit } });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // `key` stands for everything the search depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return { available: road !== null, transitAvailable: road !== null && timetable !== null, result: result && result.key === key ? result.value : null };
}
