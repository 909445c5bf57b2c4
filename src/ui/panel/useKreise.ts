import { useEffect, useState } from 'react';
import { loadGeographyUrls, loadKreise } from '../../data/geography';
import type { KreisSummary } from '../../domain/area';
import { useArea } from '../projects/useArea';

/** The planning area's Kreis list, loaded once per area (a small static file). */
export function useKreise(): { kreise: KreisSummary[]; error: string | null } {
  const areaId = useArea().id;
  const [state, setState] = useState<{ area: string; kreise: KreisSummary[] }>({ area: '', kreise: [] });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    loadGeographyUrls(areaId).then((urls) => loadKreise(ctrl.signal, urls)).then((kreise) => setState({ area: areaId, kreise }), (e: unknown) => {
      if (!ctrl.signal.aborted) setError(e instanceof Error ? e.message : String(e));
    });
    return () => ctrl.abort();
  }, [areaId]);
  return { kreise: state.area === areaId ? state.kreise : [], error };
}
