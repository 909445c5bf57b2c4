import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CoverageResult } from '../../analysis/coverage/analysis';
import { useCoverage } from '../../state/coverageStore';
import { useCoverageOn } from '../../state/coverageOn';
import { useUi } from '../../state/store';
import { useRoutingInfo } from '../../data/hooks';
import type { CoverageGeometry, CoverageProgress } from '../../workers/coverage.worker';
import { useProjectData } from '../projectData';
import { useArea } from '../projects/useArea';
import { coverageRequests, facilitiesOf } from './requests';
import { NetworkGapsProvider } from './networkGapsAnalysis';

export interface CoverageAnalysis {
  base: CoverageResult | null;
  scenario: CoverageResult | null;
  geometry: CoverageGeometry | null;
  busy: boolean;
  /** Progress of the running computation (null when none runs or none was reported yet). */
  progress: CoverageProgress | null;
  /** The user stopped the last computation; `retry` starts it again. */
  cancelled: boolean;
  cancel: () => void;
  retry: () => void;
  error: string | null;
  /** Time of the last run in the worker (ms). */
  ms: number | null;
  /** Bumped when the demand changes (statistics imported), to recompute. */
  demandVersion: number;
  setDemandVersion: (v: number) => void;
}

const Ctx = createContext<CoverageAnalysis | null>(null);

let runCounter = 0;

type Outcome = { for: unknown; base: CoverageResult | null; scenario: CoverageResult | null; geometry: CoverageGeometry | null; error: string | null; ms: number | null; cancelled: boolean };

/**
 * Runs the coverage analysis in its worker whenever facilities, settings, the what-if or the
 * planning area change, while the panel is open. A run reports its progress and can be
 * cancelled (all of Germany on a 1 km grid takes seconds); a newer request cancels the older run.
 */
export function CoverageAnalysisProvider({ children }: { children: ReactNode }) {
  const { institutions } = useProjectData();
  const areaId = useArea().id;
  const active = useCoverageOn();
  const settings = useCoverage((s) => s.settings);
  const added = useCoverage((s) => s.added);
  const removed = useCoverage((s) => s.removed);
  const kmh = useUi((s) => s.travel.kmh);
  const speeds = useMemo(() => ({ foot: kmh.foot, bicycle: kmh.bicycle }), [kmh.foot, kmh.bicycle]);
  // A new road network or timetable for the area computes the travel times anew.
  const routing = useRoutingInfo(areaId);
  const routingStamp = settings.measure === 'routed' ? (routing ?? []).map((r) => `${r.kind}:${r.loadedAt}`).sort().join('|') : '';
  const [demandVersion, setDemandVersion] = useState(0);
  const [attempt, setAttempt] = useState(0);
  // Only while the panel is open: every change of the data would otherwise pick the facilities
  // out of all institutions (100,000 after a big import) for nothing.
  const request = useMemo(
    () => (active ? { ...coverageRequests(facilitiesOf(institutions ?? [], settings.categories), settings, added, removed, speeds), target: settings.target, demandVersion, areaId, attempt, routingStamp } : null),
    [active, institutions, settings, added, removed, speeds, demandVersion, areaId, attempt, routingStamp],
  );
  const [result, setResult] = useState<Outcome | null>(null);
  const [progress, setProgress] = useState<{ for: unknown; value: CoverageProgress } | null>(null);
  const running = useRef<{ run: number; stop: () => void } | null>(null);
  // The map geometry the page holds, by the worker's key: a run that would give the same one sends none.
  const held = useRef<{ key: string; geometry: CoverageGeometry } | null>(null);
  useEffect(() => {
    if (!active || !request) return;
    let current = true;
    const run = ++runCounter;
    // The worker client (and comlink) load with the first use, not with the page.
    const client = import('../../workers/coverageClient');
    const stop = () => void client.then(({ coverageWorker }) => coverageWorker().cancel(run));
    running.current = { run, stop };
    client
      .then(async ({ coverageWorker, progressCallback }) =>
        coverageWorker().compute(request.areaId, request.base, request.scenario, run, progressCallback((value) => current && setProgress({ for: request, value })), request.target, held.current?.key ?? null),
      )
      .then(
        (r) => {
          if (!current) return;
          if (r.geometry) held.current = { key: r.geometryKey, geometry: r.geometry };
          const geometry = r.geometry ?? (held.current?.key === r.geometryKey ? held.current.geometry : null);
          setResult({ for: request, base: r.base, scenario: r.scenario, ms: r.ms, geometry, error: null, cancelled: false });
        },
        (e: unknown) => {
          if (!current) return;
          const wasCancelled = e instanceof Error && /CoverageCancelled|abgebrochen/.test(`${e.name} ${e.message}`);
          setResult({ for: request, base: null, scenario: null, geometry: null, ms: null, error: wasCancelled ? null : e instanceof Error ? e.message : String(e), cancelled: wasCancelled });
        },
      );
    return () => {
      current = false;
      stop();
      if (running.current?.run === run) running.current = null;
    };
  }, [active, request]);
  const cancel = useCallback(() => running.current?.stop(), []);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const done = result?.for === request;
  const value = useMemo<CoverageAnalysis>(
    () => ({
      base: result?.base ?? null,
      scenario: result?.scenario ?? null,
      geometry: result?.geometry ?? null,
      busy: active && !done,
      progress: active && !done && progress?.for === request ? progress.value : null,
      cancelled: done && result.cancelled,
      cancel,
      retry,
      error: result?.error ?? null,
      ms: result?.ms ?? null,
      demandVersion,
      setDemandVersion,
    }),
    [result, active, request, done, progress, cancel, retry, demandVersion],
  );
  return (
    <Ctx.Provider value={value}>
      <NetworkGapsProvider>{children}</NetworkGapsProvider>
    </Ctx.Provider>
  );
}

export function useCoverageAnalysis(): CoverageAnalysis {
  const v = useContext(Ctx);
  if (!v) throw new Error('CoverageAnalysisProvider fehlt');
  return v;
}
