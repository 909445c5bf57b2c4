import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_BOLD } from './colors';

export const COVERAGE_CELLS_SOURCE = 'coverage-cells';
export const COVERAGE_GAPS_SOURCE = 'coverage-gaps';
export const COVERAGE_SITES_SOURCE = 'coverage-sites';
export const COVERAGE_CELLS = 'coverage-cells';
export const COVERAGE_GAPS = 'coverage-gaps';
export const COVERAGE_GEMEINDEN = 'coverage-gemeinden';
export const COVERAGE_SITES = 'coverage-sites';
export const COVERAGE_SITE_LABELS = 'coverage-site-labels';
export const NETWORK_GAPS_SOURCE = 'network-gaps';
export const NETWORK_GAPS = 'network-gaps';
export const NETWORK_GAPS_HATCH = 'network-gaps-hatch';
/** Name of the hatch image (diagonal lines) over cells whose centre lacks many key kinds. */
export const HATCH_IMAGE = 'network-gaps-hatch';
/** From this many missing key kinds on, cells are hatched as well as coloured. */
export const HATCH_FROM = 3;

/**
 * Colour per number of key kinds the nearest centre lacks (0 … 5 and more): ColorBrewer PuRd,
 * light to dark, apart from the distance classes' yellow-red so the two layers are not confused.
 */
export const GAP_COLORS: readonly string[] = ['#f1eef6', '#d4b9da', '#c994c7', '#df65b0', '#dd1c77', '#980043'];

/** The colour of a number of missing kinds (the last colour for all above). */
export const gapColor = (missing: number): string => GAP_COLORS[Math.max(0, Math.min(GAP_COLORS.length - 1, missing))];

/** An RGBA image of size×size pixels with dark diagonal lines, for the hatch pattern (and the legend). */
export function hatchPixels(size = 8): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size === 0 || (x + y + 1) % size === 0) px.set([40, 0, 20, 200], (y * size + x) * 4);
    }
  }
  return px;
}

/**
 * One colour per distance class (≤2.5, ≤5, ≤10, ≤15, ≤20, >20 km): ColorBrewer YlOrRd, whose
 * lightness falls steadily, so the order reads with any colour-vision deficiency and in grey.
 */
export const CLASS_COLORS: readonly string[] = ['#ffffcc', '#ffeda0', '#fed976', '#fd8d3c', '#e31a1c', '#800026'];
/** Cells that reach no centre by the chosen mode of travel (a run by time): grey, not "far". */
export const UNREACHABLE_COLOR = '#9e9e9e';

/** Share of people within the threshold, for the Gemeinde choropleth (low share = dark). */
export const SHARE_STOPS: readonly [number, string][] = [
  [0, '#800026'],
  [0.25, '#e31a1c'],
  [0.5, '#fd8d3c'],
  [0.75, '#fed976'],
  [0.95, '#ffffcc'],
];

const gapFill = ['match', ['get', 'c'], ...GAP_COLORS.flatMap((c, i) => [i, c]), GAP_COLORS[GAP_COLORS.length - 1]] as unknown as ExpressionSpecification;
const classColor = ['match', ['get', 'c'], ...CLASS_COLORS.flatMap((c, i) => [i, c]), UNREACHABLE_COLOR] as unknown as ExpressionSpecification;
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
    { id: NETWORK_GAPS, type: 'fill', source: NETWORK_GAPS_SOURCE, layout: { visibility: 'none' }, paint: { 'fill-color': gapFill, 'fill-opacity': 0.7, 'fill-antialias': false } },
    { id: NETWORK_GAPS_HATCH, type: 'fill', source: NETWORK_GAPS_SOURCE, filter: ['>=', ['get', 'c'], HATCH_FROM], layout: { visibility: 'none' }, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-antialias': false } },
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
    {
      // Hypothetical centres carry their names, so a what-if on the map says what it shows.
      id: COVERAGE_SITE_LABELS,
      type: 'symbol',
      source: COVERAGE_SITES_SOURCE,
      filter: ['==', ['get', 'kind'], 'added'],
      layout: { 'text-field': ['get', 'name'], 'text-font': FONT_BOLD, 'text-size': 12, 'text-anchor': 'left', 'text-offset': [1.1, 0], 'text-max-width': 14, 'text-allow-overlap': true },
      paint: { 'text-color': '#0b5cad', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
  ];
}
