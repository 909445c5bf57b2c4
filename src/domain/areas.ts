/**
 * Planning areas: Thuringia (the default), any other German Land, or all of Germany. Their
 * geography is generated per area (data/scripts/laender.ts) and loaded only when chosen.
 * Keys are the Land keys of the AGS ('16' = Thüringen); 'de' is all of Germany.
 */
export type Bbox = [west: number, south: number, east: number, north: number];

export interface PlanningArea {
  id: string;
  name: string;
  /** Bounding box of the area's outline, rounded outward to 0.01°. */
  bbox: Bbox;
}

export const DEFAULT_AREA_ID = '16';
export const GERMANY_ID = 'de';

/** In the order of the Land keys, Germany last. Boxes measured on the generated outlines. */
export const PLANNING_AREAS: readonly PlanningArea[] = [
  { id: '01', name: 'Schleswig-Holstein', bbox: [7.87, 53.36, 11.32, 55.06] },
  { id: '02', name: 'Hamburg', bbox: [8.42, 53.39, 10.33, 53.97] },
  { id: '03', name: 'Niedersachsen', bbox: [6.65, 51.29, 11.6, 53.9] },
  { id: '04', name: 'Bremen', bbox: [8.48, 53.01, 9, 53.62] },
  { id: '05', name: 'Nordrhein-Westfalen', bbox: [5.86, 50.32, 9.47, 52.54] },
  { id: '06', name: 'Hessen', bbox: [7.77, 49.39, 10.24, 51.66] },
  { id: '07', name: 'Rheinland-Pfalz', bbox: [6.11, 48.96, 8.51, 50.95] },
  { id: '08', name: 'Baden-Württemberg', bbox: [7.51, 47.53, 10.49, 49.8] },
  { id: '09', name: 'Bayern', bbox: [8.97, 47.27, 13.84, 50.57] },
  { id: '10', name: 'Saarland', bbox: [6.35, 49.11, 7.41, 49.64] },
  { id: '11', name: 'Berlin', bbox: [13.08, 52.33, 13.77, 52.68] },
  { id: '12', name: 'Brandenburg', bbox: [11.26, 51.36, 14.77, 53.56] },
  { id: '13', name: 'Mecklenburg-Vorpommern', bbox: [10.59, 53.11, 14.42, 54.69] },
  { id: '14', name: 'Sachsen', bbox: [11.87, 50.17, 15.05, 51.69] },
  { id: '15', name: 'Sachsen-Anhalt', bbox: [10.56, 50.93, 13.19, 53.05] },
  { id: '16', name: 'Thüringen', bbox: [9.87, 50.2, 12.66, 51.65] },
  { id: 'de', name: 'Deutschland', bbox: [5.86, 47.27, 15.04, 55.06] },
];

const BY_ID = new Map(PLANNING_AREAS.map((a) => [a.id, a]));

/** True for the id of a known planning area. */
export function isAreaId(id: unknown): id is string {
  return typeof id === 'string' && BY_ID.has(id);
}

/** The planning area with this id; Thuringia for a missing or unknown id (older projects). */
export function areaById(id: string | null | undefined): PlanningArea {
  return BY_ID.get(id ?? DEFAULT_AREA_ID) ?? BY_ID.get(DEFAULT_AREA_ID)!;
}

/** Degrees by which the box is widened, so points on the border still count as inside. */
const MARGIN = 0.07;

/** True when the point lies in the area's bounding box (slightly widened). */
export function inAreaBox(area: PlanningArea, lat: number, lon: number): boolean {
  const [w, s, e, n] = area.bbox;
  return lat >= s - MARGIN && lat <= n + MARGIN && lon >= w - MARGIN && lon <= e + MARGIN;
}

/** "außerhalb Thüringens", "außerhalb von Berlin": the area's name in messages. */
export function outsideArea(area: PlanningArea): string {
  if (area.id === GERMANY_ID) return 'außerhalb Deutschlands';
  if (area.id === DEFAULT_AREA_ID) return 'außerhalb Thüringens';
  return `außerhalb von ${area.name}`;
}

/**
 * Gebietsstand of the Gemeinden the app embeds for an area: Thuringia's are those of
 * 01.01.2024; the other areas' those of the census day 15.05.2022.
 */
export function gemeindeStandOf(areaId: string | null | undefined): string {
  return !areaId || areaId === DEFAULT_AREA_ID ? '2024-01-01' : '2022-05-15';
}
