import { useEffect, useState } from 'react';
import { loadKreise } from '../../data/geography';
import type { KreisSummary } from '../../domain/area';

/** The embedded Kreis list, loaded once (a 4 KB static file). */
export function useKreise(): { kreise: KreisSummary[]; error: string | null } {
  const [kreise, setKreise] = useState<KreisSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    loadKreise(ctrl.signal).then(setKreise, (e: unknown) => {
      if (!ctrl.signal.aborted) setError(e instanceof Error ? e.message : String(e));
    });
    return () => ctrl.abort();
  }, []);
  return { kreise, error };
}
