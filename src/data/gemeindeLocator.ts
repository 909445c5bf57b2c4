import { createGemeindeLocator, type GemeindeLocator } from '../analysis/geocode/gemeindeAt';
import { GEOGRAPHY_URLS } from './geography';

let loading: Promise<GemeindeLocator> | null = null;

/**
 * The Gemeinde key at a point placed by hand, from the embedded polygons (loaded on the first
 * move, then kept). '' outside Thuringia or when the polygons cannot be read: the edit still
 * goes through, only without a key.
 */
export async function gemeindeKeyAt(lon: number, lat: number): Promise<string> {
  loading ??= fetch(GEOGRAPHY_URLS.gemeinden)
    .then((r) => (r.ok ? r.json() : null))
    .then(createGemeindeLocator);
  try {
    return (await loading).agsAt(lon, lat) ?? '';
  } catch {
    loading = null;
    return '';
  }
}
