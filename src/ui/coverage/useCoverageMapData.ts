import { useMemo } from 'react';
import { useCoverage } from '../../state/coverageStore';
import { useCoverageOn } from '../../state/coverageOn';
import type { CoverageMapData } from '../../map/useCoverageLayers';
import { useProjectData } from '../projectData';
import { useCoverageAnalysis } from './coverageAnalysis';
import { useNetworkGaps } from './networkGapsAnalysis';

/** What the coverage analysis draws on the map while its panel is open. */
export function useCoverageMapData(): CoverageMapData | null {
  const { base, scenario, geometry } = useCoverageAnalysis();
  const networkGaps = useNetworkGaps().geometry;
  const active = useCoverageOn();
  const layer = useCoverage((s) => s.settings.layer);
  const added = useCoverage((s) => s.added);
  const removed = useCoverage((s) => s.removed);
  const { institutions } = useProjectData();
  // Kept apart from the rest, so the map is given new sites only when they change.
  const sites = useMemo((): CoverageMapData['sites'] => {
    const off = new Set(removed);
    if (!active) return { type: 'FeatureCollection', features: [] };
    return {
      type: 'FeatureCollection',
      features: [
        ...added.map((h) => ({ type: 'Feature' as const, properties: { kind: 'added' as const, name: h.name }, geometry: { type: 'Point' as const, coordinates: [h.lon, h.lat] } })),
        ...(off.size === 0 ? [] : institutions ?? []).flatMap((i) => (off.has(i.id) && i.lon !== null && i.lat !== null ? [{ type: 'Feature' as const, properties: { kind: 'removed' as const, name: i.name }, geometry: { type: 'Point' as const, coordinates: [i.lon, i.lat] } }] : [])),
      ],
    };
  }, [active, added, removed, institutions]);
  return useMemo(() => {
    if (!active || !geometry) return null;
    const shown = scenario ?? base;
    return { layer, cells: geometry.cells, gaps: geometry.gaps, gemeinden: shown?.gemeinden ?? [], sites, networkGaps };
  }, [active, geometry, layer, sites, base, scenario, networkGaps]);
}
