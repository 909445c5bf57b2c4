import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const COVERAGE_CELLS_SOURCE = 'coverage-cells';
export const COVERAGE_GAPS_SOURCE = 'coverage-gaps';
export const COVERAGE_SITES_SOURCE = 'coverage-sites';
export const COVERAGE_CELLS = 'coverage-cells';
export const COVERAGE_GAPS = 'coverage-gaps';
export const COVERAGE_GEMEINDEN = 'coverage-gemeinden';
export const COVERAGE_SITES = 'coverage-sites';

/**
 * One colour per distance class (≤2.5, ≤5, ≤10, ≤15, ≤20, >20 km): ColorBrewer YlOrRd, whose
 * lightness falls steadily, so the order reads with any colour-vision deficiency and in grey.
 */
export const CLASS_COLORS: readonly string[] = ['#ffffcc', '#ffeda0', '#fed976', '#fd8d3c', '#e31a1c', '#800026'];

/** Share of people within the threshold, for the Gemeinde choropleth (low share = dark). */
export const SHARE_STOPS: readonly [number, string][] = [
  [0, '#800026'],
  [0.25, '#e31a1c'],
  [0.5, '#fd8d3c'],
  [0.75, '#fed976'],
  [0.95, '#ffffcc'],
];

const classColor = ['match', ['get', 'c'], ...CLASS_COLORS.flatMap((c, i) => [i, c]), '#cccccc'] as unknown as ExpressionSpecification;
const shareColor = [
  'case',
  ['==', ['feature-state', 'share'], null],
  'rgba(0,0,0,0)',
  ['step', ['feature-state', 'share'], ...SHARE_STOPS.flatMap(([v, c], i) => (i === 0 ? [c] : [v, c]))],
] as unknown as ExpressionSpecification;

export function coverageLayers(): LayerSpecification[] {
  return [
    { id: COVERAGE_CELLS, type: 'fill', source: COVERAGE_CELLS_SOURCE, paint: { 'fill-color': classColor, 'fill-opacity': 0.62, 'fill-antialias': false } },
    { id: COVERAGE_GEMEINDEN, type: 'fill', source: 'gemeinden', paint: { 'fill-color': shareColor, 'fill-opacity': 0.7, 'fill-outline-color': 'rgba(0,0,0,0.15)' } },
    { id: COVERAGE_GAPS, type: 'line', source: COVERAGE_GAPS_SOURCE, layout: { 'line-join': 'round' }, paint: { 'line-color': '#4b0014', 'line-width': 1.6, 'line-dasharray': [3, 1.5] } },
    {
      id: COVERAGE_SITES,
      type: 'circle',
      source: COVERAGE_SITES_SOURCE,
      paint: {
        'circle-radius': 8,
        'circle-color': ['match', ['get', 'kind'], 'added', '#ffffff', 'rgba(0,0,0,0)'],
        'circle-stroke-color': ['match', ['get', 'kind'], 'added', '#0b5cad', '#555555'],
        'circle-stroke-width': ['match', ['get', 'kind'], 'added', 3, 2],
      },
    },
  ];
}
