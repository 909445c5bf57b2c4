/**
 * The highway classes the road graph keeps, and the access bits of a directed edge.
 *
 * A class's code is its index in HIGHWAY_CLASSES (stored per edge as a byte; the stored graph
 * keeps the list, so a later change of the list cannot misread an old graph).
 */
export const HIGHWAY_CLASSES = [
  'motorway',
  'motorway_link',
  'trunk',
  'trunk_link',
  'primary',
  'primary_link',
  'secondary',
  'secondary_link',
  'tertiary',
  'tertiary_link',
  'unclassified',
  'residential',
  'living_street',
  'service',
  'road',
  'track',
  'pedestrian',
  'footway',
  'path',
  'cycleway',
  'bridleway',
  'steps',
  'corridor',
  'platform',
] as const;

export type HighwayClass = (typeof HIGHWAY_CLASSES)[number];

const CODES = new Map<string, number>(HIGHWAY_CLASSES.map((c, i) => [c, i]));

/** Code of a highway=* value the graph keeps, or -1 (construction, proposed, busway, raceway, …). */
export function highwayCode(value: string | undefined): number {
  return value === undefined ? -1 : (CODES.get(value) ?? -1);
}

/** Access bits of a directed edge. */
export const FOOT = 1;
/** Riding a bicycle is allowed in this direction. */
export const BICYCLE = 2;
export const CAR = 4;
/**
 * A cyclist may not ride here in this direction but may push the bicycle, i.e. walk
 * (footways, pedestrian zones, steps, against a oneway street): the bicycle search uses the
 * walking speed on such edges. Set exactly where FOOT is set and BICYCLE is not.
 */
export const BICYCLE_PUSH = 8;
