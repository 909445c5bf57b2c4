/** Thuringia's bounding box (DOMAIN.md), slightly widened for points on the border. */
export const THURINGIA_BBOX = { west: 9.8, south: 50.15, east: 12.7, north: 51.7 } as const;

/** True when the point lies in Thuringia's bounding box. */
export function inThuringiaBox(lat: number, lon: number): boolean {
  const b = THURINGIA_BBOX;
  return lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east;
}
