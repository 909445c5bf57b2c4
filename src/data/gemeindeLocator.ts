import { createGemeindeLocator, type GemeindeLocator } from '../analysis/geocode/gemeindeAt';
import { loadGeographyUrls } from './geography';

const loading = new Map<string, Promise<GemeindeLocator>>();

/**
 * The Gemeinde key at a point placed by hand, from the planning area's polygons (loaded on the
 * first move, then kept). '' outside the area or when the polygons cannot be read: the edit
 * still goes through, only without a key.
 */
export async function gemeindeKeyAt(lon: number, lat: number, areaId?: string): Promise<string> {
  const key = areaId ?? '';
  let locator = loading.get(key);
  if (!locator) {
    locator = loadGeographyUrls(areaId)
      .then((urls) => fetch(urls.gemeinden))
      .then((r) => (r.ok ? r.json() : null))
      .then(createGemeindeLocator);
    loading.set(key, locator);
  }
  try {
    return (await locator).agsAt(lon, lat) ?? '';
  } catch {
    loading.delete(key);
    return '';
  }
}
