import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { NetworkFigures } from '../../analysis/network/figures';
import { useUi } from '../../state/store';
import { useProjectData } from '../projectData';
import { toNetworkInput } from './inputs';

export interface NetworkAnalysis {
  /** Figures of the visible (filtered) network; null until computed. */
  figures: NetworkFigures | null;
  /** The figures are being (re)computed. */
  busy: boolean;
  error: string | null;
}

const Ctx = createContext<NetworkAnalysis>({ figures: null, busy: false, error: null });

/**
 * Computes the network figures in a worker whenever the visible network changes, but only
 * while something shows them (the graph or the network tab).
 */
export function NetworkAnalysisProvider({ children }: { children: ReactNode }) {
  const { visible } = useProjectData();
  const longKm = useUi((s) => s.longKm);
  const needed = useUi((s) => s.view !== 'map' || s.panelTab === 'network');
  const request = useMemo(() => ({ visible, longKm }), [visible, longKm]);
  const [result, setResult] = useState<{ for: unknown; figures: NetworkFigures | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!needed) return;
    let current = true;
    // The worker client (and comlink) load with the first use, not with the page.
    import('../../workers/networkClient')
      .then(({ computeNetworkFigures }) => computeNetworkFigures(toNetworkInput(request.visible.institutions, request.visible.partnerships, request.longKm)))
      .then(
        (figures) => current && setResult({ for: request, figures, error: null }),
        (e: unknown) => current && setResult({ for: request, figures: null, error: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      current = false;
    };
  }, [needed, request]);
  // Older figures stay visible while new ones are computed.
  const value = useMemo<NetworkAnalysis>(
    () => ({ figures: result?.figures ?? null, busy: needed && result?.for !== request, error: result?.error ?? null }),
    [result, needed, request],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useNetworkAnalysis(): NetworkAnalysis {
  return useContext(Ctx);
}
