import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { FeatureCollection, Polygon } from 'geojson';
import type { GapResult } from '../../analysis/partners/runGaps';
import { useCoverage } from '../../state/coverageStore';
import { useCoverageOn } from '../../state/coverageOn';
import { useUi } from '../../state/store';
import { useRoutingInfo } from '../../data/hooks';
import { useProjectData } from '../projectData';
import { useArea } from '../projects/useArea';
import { facilitiesOf, travelRequest } from './requests';

export interface NetworkGapsAnalysis {
  result: GapResult | null;
  geometry: FeatureCollection<Polygon, { c: number }> | null;
  busy: boolean;
  error: string | null;
  /** Time of the last run in the worker (ms). */
  ms: number | null;
}

const EMPTY: NetworkGapsAnalysis = { result: null, geometry: null, busy: false, error: null, ms: null };
const Ctx = createContext<NetworkGapsAnalysis>(EMPTY);

/**
 * Runs the network-gap analysis in the coverage worker while the coverage panel is open: the
 * centres are the coverage's facilities of the saved state, their partners the recorded
 * partnerships. Recording a partnership runs it again. When the coverage counts by travel time
 * (measure 'routed'), so do the gaps: within gapMin minutes by the coverage's mode.
 */
export function NetworkGapsProvider({ children }: { children: ReactNode }) {
  const { institutions, partnerships } = useProjectData();
  const areaId = useArea().id;
  const active = useCoverageOn();
  const settings = useCoverage((s) => s.settings);
  const { categories, gapKinds, gapKm, gapMin, target, measure } = settings;
  const kmh = useUi((s) => s.travel.kmh);
  // A new road network or timetable for the area computes the gaps anew.
  const routing = useRoutingInfo(areaId);
  const routed = measure === 'routed';
  const routingStamp = routed ? (routing ?? []).map((r) => `${r.kind}:${r.loadedAt}`).sort().join('|') : '';
  const travel = useMemo(() => (routed ? travelRequest(settings, { foot: kmh.foot, bicycle: kmh.bicycle }) : null), [routed, settings, kmh.foot, kmh.bicycle]);
  const travelKey = travel ? JSON.stringify(travel) : '';
  const request = useMemo(() => {
    if (!active || !institutions || !partnerships) return null;
    return {
      areaId,
      target,
      routingStamp,
      byTime: travel ? { travel, minutes: gapMin } : null,
      req: {
        institutions: institutions.map((i) => ({ id: i.id, name: i.name, category: i.category, lon: i.lon, lat: i.lat })),
        partnerships: partnerships.map((p) => ({ a: p.a, b: p.b })),
        centreIds: facilitiesOf(institutions, categories).map((f) => f.id),
        kinds: gapKinds,
        radiusKm: gapKm,
      },
    };
    // travel by its content (travelKey): other settings changing must not run the gaps again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, institutions, partnerships, areaId, target, categories, gapKinds, gapKm, gapMin, travelKey, routingStamp]);
  const [state, setState] = useState<{ for: unknown } & NetworkGapsAnalysis>({ for: null, ...EMPTY });
  const held = useRef<{ key: string; geometry: FeatureCollection<Polygon, { c: number }> } | null>(null);
  useEffect(() => {
    if (!request) return;
    let current = true;
    void import('../../workers/coverageClient')
      .then(({ coverageWorker }) => coverageWorker().networkGaps(request.areaId, request.req, request.target, held.current?.key ?? null, request.byTime))
      .then(
        (r) => {
          if (!current) return;
          if (r.geometry) held.current = { key: r.geometryKey, geometry: r.geometry };
          const geometry = r.geometry ?? (held.current?.key === r.geometryKey ? held.current.geometry : null);
          setState({ for: request, result: r.result, geometry, busy: false, error: null, ms: r.ms });
        },
        (e: unknown) => current && setState({ for: request, ...EMPTY, error: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      current = false;
    };
  }, [request]);
  const value = useMemo<NetworkGapsAnalysis>(
    () => (request ? { result: state.result, geometry: state.geometry, busy: state.for !== request, error: state.error, ms: state.ms } : EMPTY),
    [request, state],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useNetworkGaps(): NetworkGapsAnalysis {
  return useContext(Ctx);
}
