import { useCallback, useRef, useState } from 'react';
import { loadPlaceEntries } from '../../data/geography';
import type { PlaceEntry } from '../../domain/placeSearch';

/** The place list for the search box, fetched on first use (`load`), kept afterwards. */
export function usePlaceEntries(): { places: PlaceEntry[]; error: string | null; load: () => void } {
  const [places, setPlaces] = useState<PlaceEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    loadPlaceEntries().then(setPlaces, (e: unknown) => {
      started.current = false;
      setError(e instanceof Error ? e.message : String(e));
    });
  }, []);
  return { places, error, load };
}
