/**
 * Network gaps on the census grid: every populated cell looks at its nearest centre (in any
 * Kreis: a family near the border may use the neighbour's) and counts the key kinds that centre
 * lacks. Pure, over typed arrays, so the coverage worker can run it on all of Thuringia.
 */
import { createNearestIndex, nearestAll } from '../coverage/nearest';
import { countBits } from './networkGaps';

export interface GapCentre {
  lon: number;
  lat: number;
  /** Bit k set: key kind k has no partner within the radius (networkGaps.ts). */
  missingMask: number;
}

export interface NetworkGapCells {
  /** Nearest centre of every cell (index into the centres; -1 when there is none). */
  nearest: Int32Array;
  /** Key kinds the nearest centre lacks, per cell; -1 when there is no centre. */
  missing: Int8Array;
  /** Weight (people of the target group) of the cells whose nearest centre each centre is. */
  served: Float64Array;
}

/**
 * The nearest centre of every cell and the number of key kinds it lacks. `nearest` gives the
 * cells' nearest centres by another measure (e.g. travel time; -1 where none is reached);
 * without it they are the nearest by straight line.
 */
export function networkGapCells(lon: Float64Array, lat: Float64Array, weight: ArrayLike<number>, centres: readonly GapCentre[], nearest?: Int32Array): NetworkGapCells {
  if (weight.length !== lon.length) throw new RangeError('weights and cells differ in length');
  if (nearest && nearest.length !== lon.length) throw new RangeError('nearest centres and cells differ in length');
  const near = nearest ? { index: nearest } : nearestAll(createNearestIndex(centres), lon, lat);
  const counts = Int8Array.from(centres, (c) => countBits(c.missingMask));
  const missing = new Int8Array(lon.length);
  const served = new Float64Array(centres.length);
  for (let k = 0; k < lon.length; k++) {
    const c = near.index[k];
    missing[k] = c < 0 ? -1 : counts[c];
    if (c >= 0) served[c] += weight[k];
  }
  return { nearest: near.index, missing, served };
}

/** People and children of one Kreis whose nearest centre lacks a kind. */
export interface Lacking {
  people: number;
  children: number;
}

export interface KreisGapRow {
  /** Kreis key (or 'land' for the sum). */
  key: string;
  people: number;
  children: number;
  /** One entry per key kind. */
  perKind: Lacking[];
  /** Whose nearest centre lacks at least one key kind. */
  any: Lacking;
}

/**
 * Per Kreis (the cell's group) and for the Land: people and children whose nearest centre lacks
 * each key kind. Cells without any centre count as lacking every kind.
 */
export function kreisGapRows(
  cells: { group: readonly string[]; people: ArrayLike<number>; children: ArrayLike<number> },
  nearest: Int32Array,
  masks: readonly number[],
  kindCount: number,
  keys: readonly string[],
  landKey = 'land',
): { land: KreisGapRow; kreise: KreisGapRow[] } {
  const empty = (key: string): KreisGapRow => ({ key, people: 0, children: 0, perKind: Array.from({ length: kindCount }, () => ({ people: 0, children: 0 })), any: { people: 0, children: 0 } });
  const rows = new Map(keys.map((k) => [k, empty(k)]));
  const land = empty(landKey);
  const all = kindCount >= 31 ? -1 : (1 << kindCount) - 1;
  for (let i = 0; i < nearest.length; i++) {
    const p = cells.people[i];
    const ch = cells.children[i];
    if (!(p > 0) && !(ch > 0)) continue;
    const key = cells.group[i];
    let row = rows.get(key);
    if (!row) rows.set(key, (row = empty(key)));
    const mask = nearest[i] < 0 ? all : masks[nearest[i]];
    for (const r of [row, land]) {
      r.people += p;
      r.children += ch;
      if (mask) {
        r.any.people += p;
        r.any.children += ch;
      }
      for (let k = 0; k < kindCount; k++) {
        if (mask & (1 << k)) {
          r.perKind[k].people += p;
          r.perKind[k].children += ch;
        }
      }
    }
  }
  return { land, kreise: [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
}

export interface RankedCentre {
  /** Index into the centres. */
  centre: number;
  served: number;
  missing: number;
  /** served × missing: the people who would gain from the centre's missing partners. */
  score: number;
}

/** Centres lacking at least one key kind, by people served × kinds missing (then more missing, then index). */
export function rankCentres(missing: ArrayLike<number>, served: ArrayLike<number>): RankedCentre[] {
  const out: RankedCentre[] = [];
  for (let c = 0; c < missing.length; c++) {
    if (missing[c] > 0) out.push({ centre: c, served: served[c], missing: missing[c], score: served[c] * missing[c] });
  }
  return out.sort((a, b) => b.score - a.score || b.missing - a.missing || a.centre - b.centre);
}
