import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_BOLD, FONT_REGULAR, MAP_COLORS as C } from './colors';

/** Id of the Kreis name layer (tests query it for the 22 names). */
export const KREIS_LABELS = 'kreise-labels';
/** Zoom at which Kreis names give way to place and Gemeinde names. */
export const KREIS_LABEL_MAXZOOM = 10;

/**
 * Places are shown in population classes: bigger places from lower zooms on, and within a
 * class bigger places win label collisions (symbol-sort-key: lower draws first).
 */
export const PLACE_CLASSES = [
  // Places of 50,000+ are the kreisfreie Städte, which the Kreis labels name in the first view.
  { id: 'orte-gross', minPop: 50_000, maxPop: Infinity, minzoom: 7.6, size: 15 },
  { id: 'orte-mittel', minPop: 10_000, maxPop: 50_000, minzoom: 7.6, size: 13 },
  { id: 'orte-klein', minPop: 2_000, maxPop: 10_000, minzoom: 9, size: 12 },
  { id: 'orte-rest', minPop: 0, maxPop: 2_000, minzoom: 10.3, size: 11 },
] as const;

/** Place dots appear from this zoom on (none in the first view of all Thuringia). */
export const DOT_MINZOOM = 8;

/** Place dots and labels, Gemeinde names and Kreis names, bottom to top. */
export function labelLayers(crowded = false): LayerSpecification[] {
  const places: LayerSpecification[] = PLACE_CLASSES.flatMap((c) => {
    const inClass = ['all', ['>=', ['get', 'einwohner'], c.minPop], ['<', ['get', 'einwohner'], c.maxPop === Infinity ? 1e12 : c.maxPop]];
    // Main places of kreisfreie Städte are named by the Kreis label until it hides (KREIS_LABEL_MAXZOOM).
    const filter = ['all', inClass, ['!=', ['get', 'stadt'], 1]];
    return [
      {
        id: `${c.id}-punkt`,
        type: 'circle',
        source: 'orte',
        minzoom: Math.max(c.minzoom, DOT_MINZOOM),
        filter: inClass,
        paint: { 'circle-radius': c.size / 5, 'circle-color': C.placeDot, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 },
      },
      {
        id: c.id,
        type: 'symbol',
        source: 'orte',
        minzoom: c.minzoom,
        filter,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': c.minPop >= 50_000 ? FONT_BOLD : FONT_REGULAR,
          'text-size': c.size,
          'text-anchor': 'top',
          'text-offset': [0, 0.5],
          'symbol-sort-key': ['-', ['get', 'einwohner']],
          'text-max-width': 8,
        },
        paint: { 'text-color': C.label, 'text-halo-color': C.halo, 'text-halo-width': 1.4 },
      },
    ] as LayerSpecification[];
  });
  const cityLabel: LayerSpecification = {
    id: 'orte-stadt',
    type: 'symbol',
    source: 'orte',
    minzoom: KREIS_LABEL_MAXZOOM,
    filter: ['==', ['get', 'stadt'], 1],
    layout: { 'text-field': ['get', 'name'], 'text-font': FONT_BOLD, 'text-size': 16, 'text-anchor': 'top', 'text-offset': [0, 0.5] },
    paint: { 'text-color': C.label, 'text-halo-color': C.halo, 'text-halo-width': 1.4 },
  };
  const kreisfrei: ExpressionSpecification = ['==', ['get', 'bez'], 'Kreisfreie Stadt'];
  return [
    {
      id: 'gemeinden-labels',
      type: 'symbol',
      source: 'gemeindeLabels',
      minzoom: 10.5,
      layout: { 'text-field': ['get', 'name'], 'text-font': FONT_REGULAR, 'text-size': 11, 'text-max-width': 7 },
      paint: { 'text-color': C.labelMuted, 'text-halo-color': C.halo, 'text-halo-width': 1.2 },
    },
    ...places,
    cityLabel,
    {
      id: KREIS_LABELS,
      type: 'symbol',
      source: 'kreisLabels',
      maxzoom: KREIS_LABEL_MAXZOOM,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_BOLD,
        // Kreisfreie Städte are labelled like cities (they are one), Landkreise like areas.
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, ['case', kreisfrei, 13, 10], 9, ['case', kreisfrei, 17, 15]],
        'text-transform': ['case', kreisfrei, 'none', 'uppercase'],
        'text-letter-spacing': ['case', kreisfrei, 0, 0.06],
        'text-max-width': 7,
        // Thuringia's 22 names all fit; with hundreds (Germany) they take turns by population.
        'text-allow-overlap': !crowded,
        'text-ignore-placement': false,
        'symbol-sort-key': ['-', ['get', 'einwohner']],
      },
      paint: { 'text-color': ['case', kreisfrei, C.label, C.labelMuted], 'text-halo-color': C.halo, 'text-halo-width': 1.6 },
    },
  ];
}
