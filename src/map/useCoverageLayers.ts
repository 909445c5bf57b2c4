import { useEffect, useRef, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, MultiLineString, Point, Polygon } from 'geojson';
import { ensureSources } from './dynamicLayers';
import { whenStyleLoaded } from './useSelection';
import { INSTITUTION_CLUSTERS } from './layers/institutions';
import { COVERAGE_CELLS, COVERAGE_CELLS_SOURCE, COVERAGE_GAPS, COVERAGE_GAPS_SOURCE, COVERAGE_GEMEINDEN, COVERAGE_SITE_LABELS, COVERAGE_SITES, COVERAGE_SITES_SOURCE, coverageLayers, HATCH_IMAGE, hatchPixels, NETWORK_GAPS, NETWORK_GAPS_HATCH, NETWORK_GAPS_SOURCE } from './layers/coverage';

/** What the coverage analysis puts on the map; null hides it. */
export interface CoverageMapData {
  layer: 'grid' | 'gemeinden' | 'networkGaps' | 'none';
  cells: FeatureCollection<Polygon, { c: number }> | null;
  /** Cells by the number of key kinds their nearest centre lacks (the network-gap layer). */
  networkGaps: FeatureCollection<Polygon, { c: number }> | null;
  gaps: MultiLineString | null;
  /** Share within the threshold per Gemeinde key. */
  gemeinden: { ags: string; share: number | null }[];
  /** Hypothetical centres ('added') and switched-off facilities ('removed'). */
  sites: FeatureCollection<Point, { kind: 'added' | 'removed'; name: string }>;
}

const ALL = [COVERAGE_CELLS, COVERAGE_GEMEINDEN, COVERAGE_GAPS, COVERAGE_SITES, COVERAGE_SITE_LABELS, NETWORK_GAPS, NETWORK_GAPS_HATCH];

export function useCoverageLayers(mapRef: RefObject<MapLibreMap | null>, data: CoverageMapData | null): void {
  // What each source was last given: the same object is not sent to MapLibre again (each
  // setData re-tiles the source in its worker and redraws; switching the target group keeps the cells).
  const sent = useRef<{ source: unknown; cells: unknown; gaps: unknown; sites: unknown; networkGaps: unknown }>({ source: null, cells: null, gaps: null, sites: null, networkGaps: null });
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => {
      if (!data) {
        for (const id of ALL) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'none');
        return;
      }
      // The Gemeinde shapes join the map after its first idle; wait for them.
      if (!map.getSource('gemeinden')) {
        map.once('idle', apply);
        return;
      }
      if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, { width: 8, height: 8, data: hatchPixels(8) }, { pixelRatio: 1 });
      ensureSources(map, { [COVERAGE_CELLS_SOURCE]: { tolerance: 0 }, [COVERAGE_GAPS_SOURCE]: {}, [COVERAGE_SITES_SOURCE]: {}, [NETWORK_GAPS_SOURCE]: { tolerance: 0 } }, coverageLayers(), ['network-lines', 'partner-lines-casing', 'partner-lines', INSTITUTION_CLUSTERS]);
      const show = (id: string, on: boolean) => map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
      show(COVERAGE_CELLS, data.layer === 'grid');
      show(COVERAGE_GEMEINDEN, data.layer === 'gemeinden');
      show(COVERAGE_GAPS, data.layer === 'grid');
      show(COVERAGE_SITES, true);
      show(COVERAGE_SITE_LABELS, true);
      show(NETWORK_GAPS, data.layer === 'networkGaps');
      show(NETWORK_GAPS_HATCH, data.layer === 'networkGaps');
      // A new source (new map, or the style rebuilt) has nothing yet: send everything.
      const source = map.getSource(COVERAGE_CELLS_SOURCE);
      const last = sent.current.source === source ? sent.current : { source, cells: null, gaps: null, sites: null, networkGaps: null };
      if (data.cells && data.cells !== last.cells) void map.getSource<GeoJSONSource>(COVERAGE_CELLS_SOURCE)?.setData(data.cells);
      if (data.gaps !== last.gaps || last.gaps === null) void map.getSource<GeoJSONSource>(COVERAGE_GAPS_SOURCE)?.setData({ type: 'Feature', properties: {}, geometry: data.gaps ?? { type: 'MultiLineString', coordinates: [] } });
      if (data.sites !== last.sites) void map.getSource<GeoJSONSource>(COVERAGE_SITES_SOURCE)?.setData(data.sites);
      if (data.networkGaps && data.networkGaps !== last.networkGaps) void map.getSource<GeoJSONSource>(NETWORK_GAPS_SOURCE)?.setData(data.networkGaps);
      sent.current = { source, cells: data.cells ?? last.cells, gaps: data.gaps, sites: data.sites, networkGaps: data.networkGaps ?? last.networkGaps };
      for (const g of data.gemeinden) map.setFeatureState({ source: 'gemeinden', id: g.ags }, { share: g.share });
    };
    whenStyleLoaded(map, apply);
  }, [mapRef, data]);
}
