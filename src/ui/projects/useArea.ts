import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GEOGRAPHY_URLS, loadGeographyUrls, prefetchDemand, type GeographyUrls } from '../../data/geography';
import { DEFAULT_AREA_ID } from '../../domain/areas';
import { areaById, type PlanningArea } from '../../domain/areas';
import { useActiveProject } from './useActiveProject';

const AREA_KEY = 'netzwerkkarte.area';

function remembered(): string | null {
  try {
    return localStorage.getItem(AREA_KEY);
  } catch {
    return null;
  }
}

/**
 * The active project's planning area (Thuringia when none is chosen). Until the projects are
 * read from IndexedDB it is the area used last, so the map starts on the right area at once.
 */
export function useArea(): PlanningArea {
  const { project, projects } = useActiveProject();
  return areaById(projects === undefined ? remembered() : project?.area);
}

/** The active planning area's name in the UI language ("Thüringen", "Thuringia"). */
export function useAreaName(): string {
  const { t } = useTranslation();
  return t(`areaNames.${useArea().id}`);
}

/** Remembers the area for the next start (call once, near the top of the app). */
export function useRememberArea(area: PlanningArea): void {
  useEffect(() => {
    try {
      localStorage.setItem(AREA_KEY, area.id);
    } catch {
      // Private mode without storage: the next start shows Thuringia first.
    }
  }, [area.id]);
}

/** The area's file URLs: Thuringia's at once, another area's after its small chunk has loaded (null until then). */
export function useGeographyUrls(areaId: string): GeographyUrls | null {
  const [loaded, setLoaded] = useState<{ area: string; urls: GeographyUrls } | null>(null);
  useEffect(() => {
    if (areaId === DEFAULT_AREA_ID) return;
    let current = true;
    void loadGeographyUrls(areaId).then((urls) => {
      // Once an area was chosen, its demand is fetched after its map had a moment to load,
      // even if the user moves on: the coverage tab and the offline app then have it.
      setTimeout(() => prefetchDemand(urls), 1500);
      if (current) setLoaded({ area: areaId, urls });
    });
    return () => {
      current = false;
    };
  }, [areaId]);
  if (areaId === DEFAULT_AREA_ID) return GEOGRAPHY_URLS;
  return loaded?.area === areaId ? loaded.urls : null;
}
