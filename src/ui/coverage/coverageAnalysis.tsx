import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CoverageResult } from '../../analysis/coverage/analysis';
import { useCoverage } from '../../app/coverageStore';
import type { CoverageGeometry } from '../../workers/coverage.worker';
import { useProjectData } from '../projectData';
import { coverageRequests, facilitiesOf } from './requests';

export interface CoverageAnalysis {
  base: CoverageResult | null;
  scenario: CoverageResult | null;
  geometry: CoverageGeometry | null;
  busy: boolean;
  error: string | null;
  /** Time of the last run in the worker (ms). */
  ms: number | null;
  /** Bumped when the demand changes (statistics imported), to recompute. */
  demandVersion: number;
  setDemandVersion: (v: number) => void;
}

const Ctx = createContext<CoverageAnalysis | null>(null);

/** Runs the coverage analysis in its worker whenever facilities, settings or the what-if change, while the panel is open. */
export function CoverageAnalysisProvider({ children }: { children: ReactNode }) {
  const { institutions } = useProjectData();
  const active = useCoverage((s) => s.active);
  const settings = useCoverage((s) => s.settings);
  const added = useCoverage((s) => s.added);
  const removed = useCoverage((s) => s.removed);
  const [demandVersion, setDemandVersion] = useState(0);
  const request = useMemo(() => ({ ...coverageRequests(facilitiesOf(institutions ?? [], settings.categories), settings, added, removed), demandVersion }), [institutions, settings, added, removed, demandVersion]);
  const [result, setResult] = useState<{ for: unknown; base: CoverageResult | null; scenario: CoverageResult | null; geometry: CoverageGeometry | null; error: string | null; ms: number | null } | null>(null);
  useEffect(() => {
    if (!active) return;
    let current = true;
    // The worker client (and comlink) load with the first use, not with the page.
    import('../../workers/coverageClient')
      .then(({ coverageWorker }) => coverageWorker().compute(request.base, request.scenario))
      .then(
        (r) => current && setResult({ for: request, ...r, error: null }),
        (e: unknown) => current && setResult({ for: request, base: null, scenario: null, geometry: null, ms: null, error: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      current = false;
    };
  }, [active, request]);
  const value = useMemo<CoverageAnalysis>(
    () => ({
      base: result?.base ?? null,
      scenario: result?.scenario ?? null,
      geometry: result?.geometry ?? null,
      busy: active && result?.for !== request,
      error: result?.error ?? null,
      ms: result?.ms ?? null,
      demandVersion,
      setDemandVersion,
    }),
    [result, active, request, demandVersion],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useCoverageAnalysis(): CoverageAnalysis {
  const v = useContext(Ctx);
  if (!v) throw new Error('CoverageAnalysisProvider fehlt');
  return v;
}
