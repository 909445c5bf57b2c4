import type { AreaOutline } from '../../analysis/areaOutline';
import { areaById, inAreaBox, outsideArea, type PlanningArea } from '../../domain/areas';
import type { LocationQuality } from '../../domain/institution';
import type { RowIssue } from './issues';
import { quoted } from './issues';
import { parseDecimal } from './numbers';

/** Raw latitude and longitude cells with the names of their columns. */
export interface CoordinateCells {
  lat: string;
  lon: string;
  latColumn: string;
  lonColumn: string;
}

/** Coordinates to store for a row and what is wrong with them (messages without "Zeile n: "). */
export interface CoordinateCheck {
  lat: number | null;
  lon: number | null;
  locationQuality: LocationQuality;
  issues: RowIssue[];
}

/** "etwa 24 km", "etwa 800 m": how far outside, rounded as the outline's precision allows. */
function howFar(metres: number): string {
  if (metres < 1000) return `etwa ${Math.round(metres / 100) * 100} m`;
  return `etwa ${Math.round(metres / 1000).toLocaleString('de-DE')} km`;
}

/**
 * Reads and checks a row's coordinates. Text that is no number is an error; a single
 * coordinate is dropped with a warning; a point outside the planning area is kept with a warning,
 * which says so when latitude and longitude look swapped (the UI offers the swap). With the
 * area's `outline` the test is against its border (with a tolerance of a few hundred metres);
 * without it, against the area's bounding box, which also holds neighbours such as Leipzig.
 */
export function checkCoordinates(cells: CoordinateCells, prefix: string, area: PlanningArea = areaById(null), outline: AreaOutline | null = null): CoordinateCheck {
  const none: CoordinateCheck = { lat: null, lon: null, locationQuality: 'none', issues: [] };
  const lat = parseDecimal(cells.lat);
  const lon = parseDecimal(cells.lon);
  if (!lat.ok || !lon.ok) {
    const bad = (label: string, raw: string, column: string): RowIssue => ({
      column, code: 'bad-number', severity: 'error', value: raw,
      message: `${prefix}${label} ${quoted(raw.trim())} ist keine Zahl.`,
    });
    if (!lat.ok) none.issues.push(bad('Breite', cells.lat, cells.latColumn));
    if (!lon.ok) none.issues.push(bad('Länge', cells.lon, cells.lonColumn));
    return none;
  }
  if (lat.value === null && lon.value === null) return none;
  if (lat.value === null || lon.value === null) {
    const latGiven = lat.value !== null;
    const given = latGiven ? cells.lat.trim() : cells.lon.trim();
    none.issues.push({
      column: latGiven ? cells.lonColumn : cells.latColumn,
      code: 'half-coordinate', severity: 'warning', value: given,
      message: latGiven
        ? `${prefix}Nur die Breite ${quoted(given)} ist angegeben, die Länge fehlt; die Koordinaten werden nicht übernommen.`
        : `${prefix}Nur die Länge ${quoted(given)} ist angegeben, die Breite fehlt; die Koordinaten werden nicht übernommen.`,
    });
    return none;
  }
  const result: CoordinateCheck = { lat: lat.value, lon: lon.value, locationQuality: 'exact', issues: [] };
  const inside = (la: number, lo: number) => (outline ? outline.contains(la, lo) : inAreaBox(area, la, lo));
  if (inside(lat.value, lon.value)) return result;
  const pair = `${cells.lat.trim()} / ${cells.lon.trim()}`;
  const named = `Breite ${quoted(cells.lat.trim())} und Länge ${quoted(cells.lon.trim())}`;
  result.issues.push(
    inside(lon.value, lat.value)
      ? { column: cells.latColumn, code: 'swapped', severity: 'warning', value: pair,
          message: `${prefix}${named} sind vermutlich vertauscht.` }
      : { column: cells.latColumn, code: 'outside-thuringia', severity: 'warning', value: pair,
          message: `${prefix}${named} liegen ${outsideArea(area)}${outline ? ` (${howFar(outline.distanceOutside(lat.value, lon.value))} jenseits der Grenze)` : ''}.` },
  );
  return result;
}
