/**
 * The postcode list of the planning area, as the URL of a static asset (never inlined into a
 * bundle). Only Thuringia has one (`npm run data` writes data/thueringen/postleitzahlen.json);
 * elsewhere the geocoder works without it.
 */
import postleitzahlenUrl from '../../data/thueringen/postleitzahlen.json?url';
import { DEFAULT_AREA_ID } from '../domain/areas';

/** URL of the area's postcode list, or null when the area has none. */
export function postcodeListUrl(areaId: string | null | undefined): string | null {
  return !areaId || areaId === DEFAULT_AREA_ID ? postleitzahlenUrl : null;
}
