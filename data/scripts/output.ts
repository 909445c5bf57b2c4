import type { Feature, Geometry } from 'geojson';

/** Provenance written into every generated file. */
export interface DatasetMeta {
  title: string;
  source: string;
  licence: string;
  attribution: string;
  vintage: string;
  generatedBy: string;
}

/**
 * Serialises a FeatureCollection deterministically: one feature per line (readable diffs),
 * provenance as a foreign member `metadata`, no timestamps (so the script is byte-for-byte
 * reproducible).
 */
export function serializeCollection(features: readonly Feature<Geometry | null, unknown>[], meta: DatasetMeta): string {
  const head = `{"type":"FeatureCollection","metadata":${JSON.stringify(meta)},"features":[\n`;
  return head + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
}

/** Rounds a coordinate to 5 decimals (about 1 m), enough for place points. */
export function roundCoord(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** Rounds a bounding box [w, s, e, n] to 4 decimals, outward so it still contains the shape. */
export function roundBbox(box: readonly number[]): [number, number, number, number] {
  const [w, s, e, n] = box;
  return [Math.floor(w * 1e4) / 1e4, Math.floor(s * 1e4) / 1e4, Math.ceil(e * 1e4) / 1e4, Math.ceil(n * 1e4) / 1e4];
}
