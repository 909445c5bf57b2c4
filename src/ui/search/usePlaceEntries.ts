import { useCallback, useRef, useState } from 'react';
import { loadGeographyUrls, loadPlaceEntries } from '../../data/geography';
import type { PlaceEntry } from '../../domain/placeSearch';
import { useArea } from '../projects/useArea';

/** The planning area's place list for the search box, fetched on first use (`load`), kept per area. */
export function usePlaceEntries(): { places: PlaceEntry[]; error: string | null; load: () => void } {
  const areaId = useArea().id;
  const [state, setState] = useState<{ area: string; places: PlaceEntry[] }>({ area: '', places: [] });
  const [error, setError] = useState<string | null>(null);
  const started = useRef('');
  const load = useCallback(() => {
    if (started.current === areaId) return;
    started.current = areaId;
    loadGeographyUrls(areaId).then((urls) => loadPlaceEntries(undefined, urls)).then((places) => setState({ area: areaId, places }), (e: unknown) => {
      started.current = '';
      setError(e instanceof Error ? e.message : String(e));
    });
  }, [areaId]);
  return { places: state.area === areaId ? state.places : [], error, load };
}
