import { useMemo } from 'react';
import { useCoverage } from '../../app/coverageStore';
import type { CoverageMapData } from '../../map/useCoverageLayers';
import { useProjectData } from '../projectData';
import { useCoverageAnalysis } from './coverageAnalysis';

/** What the coverage analysis draws on the map while its panel is open. */
export function useCoverageMapData(): CoverageMapData | null {
  const { base, scenario, geometry } = useCoverageAnalysis();
  const active = useCoverage((s) => s.active);
  const layer = useCoverage((s) => s.settings.layer);
  const added = useCoverage((s) => s.added);
  const removed = useCoverage((s) => s.removed);
  const { institutions } = useProjectData();
  return useMemo(() => {
    if (!active || !geometry) return null;
    const off = new Set(removed);
    const sites: CoverageMapData['sites'] = {
      type: 'FeatureCollection',
      features: [
        ...added.map((h) => ({ type: 'Feature' as const, properties: { kind: 'added' as const, name: h.name }, geometry: { type: 'Point' as const, coordinates: [h.lon, h.lat] } })),
        ...(institutions ?? []).flatMap((i) => (off.has(i.id) && i.lon !== null && i.lat !== null ? [{ type: 'Feature' as const, properties: { kind: 'removed' as const, name: i.name }, geometry: { type: 'Point' as const, coordinates: [i.lon, i.lat] } }] : [])),
      ],
    };
    const shown = scenario ?? base;
    return { layer, cells: geometry.cells, gaps: geometry.gaps, gemeinden: shown?.gemeinden ?? [], sites };
  }, [active, geometry, layer, added, removed, institutions, base, scenario]);
}
