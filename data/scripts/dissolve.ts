/**
 * From the detailed VG250 Gemeinden of 2016 to the Gemeinden of 01.01.2024, in two steps:
 * (a) each 2016 Gemeinde into its Gemeinde of 15.05.2022 – by its own key where that key still
 *     exists, else by the largest area overlap with the coarse 2022 polygons; a 2016 Gemeinde
 *     that overlaps two 2022 Gemeinden with large shares is split along the coarse 2022 line;
 *     one that the coarse polygons miss altogether (a spit of land cut off by their
 *     simplification: Thiessow on Rügen) goes to the nearest within NEAREST_KM;
 * (b) each 2022 Gemeinde into its Gemeinde of 2024 by the Destatis crosswalk; a Gemeinde
 *     divided among several receivers goes whole to the receiver of the largest piece (the
 *     sources hold no Ortsteil boundaries or Ortsteil points for them: see README).
 * Pure: polygons in, keyed polygons out; mapshaper dissolves them afterwards.
 */
import area from '@turf/area';
import bbox from '@turf/bbox';
import difference from '@turf/difference';
import intersect from '@turf/intersect';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { buildPolygonIndex, nearest, type PolygonIndex } from './polygonIndex.ts';

export type Area = Feature<Polygon | MultiPolygon, { ags: string }>;

/** A 2016 Gemeinde's share of its area in another polygon above which it counts as split off. */
export const SPLIT_SHARE = 0.45;
/** How far (km) a 2016 Gemeinde that overlaps no coarse 2022 polygon may lie from its nearest one. */
export const NEAREST_KM = 3;

export interface Assignment {
  /** The 2016 key. */
  from: string;
  /** Its 2022 Gemeinde (the one it mainly went to). */
  to: string;
  how: 'key' | 'overlap' | 'split' | 'nearest';
  /** For a split: the pieces, each with its 2022 key (cut along the coarse 2022 polygons). */
  pieces?: Area[];
}

/** Area of overlap (m²) of a with each polygon of `others` whose box touches a's box; largest first. */
export function overlaps(a: Area, others: readonly Area[], boxes: readonly number[][] = others.map((o) => bbox(o))): { ags: string; m2: number; index: number }[] {
  const [w, s, e, n] = bbox(a);
  const out: { ags: string; m2: number; index: number }[] = [];
  others.forEach((o, index) => {
    const [W, S, E, N] = boxes[index];
    if (W > e || E < w || S > n || N < s) return;
    const x = intersect(featureCollection([a, o]));
    if (x) out.push({ ags: o.properties.ags, m2: area(x), index });
  });
  return out.sort((p, q) => q.m2 - p.m2 || (p.ags < q.ags ? -1 : 1));
}

/**
 * Step (a): the 2022 Gemeinde of every 2016 Gemeinde. A key that still exists keeps its
 * Gemeinde (its own polygon may only have grown by mergers); a dissolved one goes where most
 * of its area lies, or is split when a second 2022 Gemeinde holds at least SPLIT_SHARE of it.
 */
export function assignTo2022(old: readonly Area[], coarse: readonly Area[]): Assignment[] {
  const keys = new Set(coarse.map((c) => c.properties.ags));
  const boxes = coarse.map((c) => bbox(c));
  let index: PolygonIndex | null = null;
  return old.map((f) => {
    const from = f.properties.ags;
    if (keys.has(from)) return { from, to: from, how: 'key' as const };
    const parts = overlaps(f, coarse, boxes);
    if (parts.length === 0) {
      index ??= buildPolygonIndex(coarse.map((c) => c.geometry));
      const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0];
      const near = nearest(index, ring[0][0], ring[0][1], NEAREST_KM);
      if (!near) throw new Error(`Gemeinde ${from} (2016) liegt in keiner Gemeinde von 2022`);
      return { from, to: coarse[near.index].properties.ags, how: 'nearest' as const };
    }
    const total = area(f);
    const big = parts.filter((p) => p.m2 / total >= SPLIT_SHARE);
    if (big.length < 2) return { from, to: parts[0].ags, how: 'overlap' as const };
    // Cut along the coarse lines; whatever lies outside all big pieces stays with the largest.
    const cut = big.slice(1).map((p) => ({ ags: p.ags, x: intersect(featureCollection([f, coarse[p.index]]))! }));
    const rest = difference(featureCollection([f, ...cut.map((c) => c.x)]));
    const pieces: Area[] = [
      ...(rest ? [{ type: 'Feature' as const, properties: { ags: big[0].ags }, geometry: rest.geometry as Polygon | MultiPolygon }] : []),
      ...cut.map((c) => ({ type: 'Feature' as const, properties: { ags: c.ags }, geometry: c.x.geometry as Polygon | MultiPolygon })),
    ];
    return { from, to: parts[0].ags, how: 'split' as const, pieces };
  });
}

/** One row of the crosswalk 2022 → 2024 (crosswalk_2022_to_newest.csv). */
export interface CrosswalkRow {
  oldAgs: string;
  newAgs: string;
  popShare: number;
  areaShare: number;
}

/**
 * Step (b): the 2024 Gemeinde of every 2022 Gemeinde. Where one was divided, the receiver of
 * the largest piece by area takes it whole; `divided` lists those choices.
 */
export function crosswalkTo2024(rows: readonly CrosswalkRow[]): { to2024: Map<string, string>; divided: { oldAgs: string; to: string; others: string[] }[] } {
  const byOld = new Map<string, CrosswalkRow[]>();
  for (const r of rows) (byOld.get(r.oldAgs) ?? byOld.set(r.oldAgs, []).get(r.oldAgs)!).push(r);
  const to2024 = new Map<string, string>();
  const divided: { oldAgs: string; to: string; others: string[] }[] = [];
  for (const [oldAgs, list] of byOld) {
    const sorted = [...list].sort((a, b) => b.areaShare - a.areaShare || (a.newAgs < b.newAgs ? -1 : 1));
    to2024.set(oldAgs, sorted[0].newAgs);
    if (sorted.length > 1) divided.push({ oldAgs, to: sorted[0].newAgs, others: sorted.slice(1).map((r) => r.newAgs) });
  }
  return { to2024, divided };
}

/** Both steps: the 2016 polygons (or their pieces) keyed by their Gemeinde of 2024. */
export function keyedBy2024(old: readonly Area[], assignments: readonly Assignment[], to2024: ReadonlyMap<string, string>): Area[] {
  const out: Area[] = [];
  const key = (ags2022: string) => {
    const k = to2024.get(ags2022);
    if (k === undefined) throw new Error(`Gemeinde ${ags2022} (2022) fehlt in der Zuordnung nach 2024`);
    return k;
  };
  old.forEach((f, i) => {
    const a = assignments[i];
    if (a.pieces) for (const p of a.pieces) out.push({ ...p, properties: { ags: key(p.properties.ags) } });
    else out.push({ type: 'Feature', geometry: f.geometry, properties: { ags: key(a.to) } });
  });
  return out;
}

/** Abbreviated designations of the Zensus table (Bavaria: "Weismain, St", "Sulzberg, M"). */
const ABBREVIATIONS: Readonly<Record<string, string>> = { M: 'Markt', St: 'Stadt', GKSt: 'Große Kreisstadt', 'Krst.': 'Kreisstadt', 'gemfr. Bezirk': 'gemeindefreier Bezirk' };
/** Legal designations, most specific first (Korbach, "Hansestadt, Kreisstadt" → Kreisstadt). */
const DESIGNATIONS = ['Freie und Hansestadt', 'Landeshauptstadt', 'Große Kreisstadt', 'Kreisstadt', 'Hansestadt', 'Stadt', 'Markt', 'Marktgemeinde', 'Marktflecken', 'Flecken', 'gemeindefreier Bezirk'];
/** The Kreis that tells same-named Gemeinden apart: "Elxleben (Landkreis Ilm-Kreis)", "Stadt (Kreis Paderborn)". */
const KREIS_NOTE = / \((?:Landkreis|Kreis|LK) (?:[^()]|\([^()]*\))*\)$/;

/**
 * An official name (Gemeindeverzeichnis, Zensus 2022 table) split into name and type:
 * "Erfurt, Stadt" → "Erfurt", "Stadt"; "Weismain, St" → "Stadt"; "Sulzberg, M" → "Markt";
 * "Lindau (Bodensee), GKSt" → "Große Kreisstadt". Titles are dropped from the name and give the
 * type only when nothing else does ("Marburg, Universitätsstadt" → "Stadt", "Prerow, Ostseebad"
 * → "Gemeinde"); the Kreis added to tell namesakes apart is dropped too (the app shows the Kreis).
 * "Garding, Kirchspiel" is a Gemeinde of its own beside the Stadt Garding: "Kirchspiel Garding".
 * A name without suffix is a "Gemeinde".
 */
export function splitOfficialName(official: string): { name: string; bez: string } {
  const [first, ...rest] = official.split(',').map((p) => p.replace(/\s+/g, ' ').trim());
  const name = first.replace(KREIS_NOTE, '');
  const parts = rest.map((p) => {
    const q = p.replace(KREIS_NOTE, '');
    return ABBREVIATIONS[q] ?? q;
  });
  if (parts.includes('Kirchspiel')) return { name: `Kirchspiel ${name}`, bez: 'Gemeinde' };
  const bez = DESIGNATIONS.find((d) => parts.some((p) => p === d || p.startsWith(`${d} `)))
    ?? (parts.some((p) => /stadt\b|st\.$/i.test(p)) ? 'Stadt' : 'Gemeinde');
  return { name, bez };
}
