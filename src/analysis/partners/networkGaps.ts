/**
 * Network gaps ("Netzwerklücken"): a family near a ThEKiZ is well served only when the centre
 * can pass it on to the key kinds of help. For every centre, which key partner kinds it has as a
 * recorded partner within a radius, and the nearest candidate of each kind it lacks. Pure.
 */
import { haversineMeters as meters } from '../distance';
import { createPointIndex, nearestMatching, type PointIndex } from './nearby';

/** The key partner kinds a centre should have close by (issue 19, after the Thüringer Landesprogramm). */
export const DEFAULT_KEY_KINDS: readonly string[] = [
  'Erziehungs- und Familienberatung',
  'Frühe Hilfen',
  'Hebammen',
  'Kinder- und Jugendärzt*innen',
  'Frühförderstelle',
];
export const DEFAULT_GAP_RADIUS_KM = 15;
/** By travel time: a partner counts within this many minutes (at most MAX_GAP_MINUTES). */
export const DEFAULT_GAP_MINUTES = 30;
export const MAX_GAP_MINUTES = 120;
/** By travel time, each centre's search runs to this many times the limit, so partners and candidates beyond it still get a time. */
export const GAP_SEARCH_FACTOR = 2;
/** At most this many key kinds (a centre's missing kinds are a bit mask). */
export const MAX_KEY_KINDS = 16;

/** What the analysis needs of an institution. */
export interface GapInstitution {
  id: string;
  name: string;
  category: string;
  lon: number | null;
  lat: number | null;
}

export interface GapPartnership {
  a: string;
  b: string;
}

/** An institution at a distance from the centre. */
export interface AtDistance {
  id: string;
  name: string;
  /**
   * Metres; with a time measure, thousandths of a minute (as the coverage by time counts).
   * Infinity: beyond the measure's search limit (not reached, so no figure is known).
   */
  meters: number;
}

/**
 * Another measure than the straight line: per centre, the value to every institution (index
 * into the institutions) in thousandths of the radius' unit (thousandths of a minute for a
 * radius in minutes), Infinity where the search did not reach it. Called once per centre.
 */
export type GapMeasure = (centre: GapInstitution, centreIndex: number) => ArrayLike<number>;

/** One key kind for one centre. */
export interface KindStatus {
  kind: string;
  /** The nearest recorded partner of this kind within the radius; null when there is none. */
  partner: AtDistance | null;
  /** A recorded partner of this kind beyond the radius (the nearest), when none is within. */
  partnerBeyond: AtDistance | null;
  /**
   * When no partner of this kind is within the radius: the nearest institution of the kind that
   * is not yet a partner, at any distance; `inside` says whether it lies within the radius.
   */
  candidate: (AtDistance & { inside: boolean }) | null;
}

export interface CentreGap {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** One entry per key kind, in the order of the kinds. */
  kinds: KindStatus[];
  /** Bit k set: kind k has no partner within the radius. */
  missingMask: number;
  /** Number of key kinds without a partner within the radius. */
  missing: number;
}

/** Ids of every institution's partners (partnerships are undirected). */
export function partnerMap(partnerships: readonly GapPartnership[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    let s = out.get(a);
    if (!s) out.set(a, (s = new Set()));
    s.add(b);
  };
  for (const p of partnerships) {
    if (p.a === p.b) continue;
    add(p.a, p.b);
    add(p.b, p.a);
  }
  return out;
}

export function countBits(mask: number): number {
  let n = 0;
  for (let m = mask >>> 0; m; m &= m - 1) n++;
  return n;
}

/**
 * The key-kind status of every located centre (centres without coordinates are left out).
 * Distances are straight-line (haversine) unless a measure is given (e.g. travel times, with
 * the radius in minutes); "within" means ≤ radius as everywhere in the app. A partner of a kind
 * that is not a key kind counts for nothing; a centre that is itself of a key kind does not
 * count as its own partner. With a measure, a candidate none of whose kind was reached is the
 * straight-line nearest of them, at Infinity (its value is not known, only that it lies beyond).
 */
export function centreGaps(
  institutions: readonly GapInstitution[],
  partnerships: readonly GapPartnership[],
  centreIds: Iterable<string>,
  keyKinds: readonly string[],
  radius: number,
  measure?: GapMeasure,
): CentreGap[] {
  if (keyKinds.length > MAX_KEY_KINDS) throw new RangeError(`at most ${MAX_KEY_KINDS} key kinds`);
  if (!(radius >= 0 && radius < Infinity)) throw new RangeError(`radius must be a number of km (or minutes) ≥ 0: ${radius}`);
  const partners = partnerMap(partnerships);
  const byId = new Map(institutions.map((i) => [i.id, i]));
  const position = new Map(institutions.map((i, k) => [i.id, k]));
  const index: PointIndex = createPointIndex(institutions);
  const limit = radius * 1000;
  const out: CentreGap[] = [];
  for (const id of new Set(centreIds)) {
    const c = byId.get(id);
    if (!c || c.lon === null || c.lat === null) continue;
    const { lon, lat } = c;
    const mine = partners.get(id) ?? new Set<string>();
    const values = measure?.(c, position.get(id)!);
    const valueOf = (p: GapInstitution) => (values ? values[position.get(p.id)!] : meters(lon, lat, p.lon!, p.lat!));
    const kinds = keyKinds.map((kind): KindStatus => {
      let partner: AtDistance | null = null;
      let beyond: AtDistance | null = null;
      for (const pid of mine) {
        const p = byId.get(pid);
        if (!p || p.category !== kind || p.lon === null || p.lat === null) continue;
        const at = { id: p.id, name: p.name, meters: valueOf(p) };
        if (at.meters <= limit) {
          if (!partner || closer(at, partner)) partner = at;
        } else if (!beyond || closer(at, beyond)) beyond = at;
      }
      if (partner) return { kind, partner, partnerBeyond: null, candidate: null };
      const list = institutions;
      const fits = (i: number) => list[i].category === kind && list[i].id !== id && !mine.has(list[i].id);
      // By the measure; when it reached none of the kind, the straight-line nearest, at Infinity.
      const reached = values ? nearestByValue(list, values, fits) : null;
      const hit = reached ?? nearestMatching(index, lon, lat, fits);
      const value = !hit ? Infinity : values && !reached ? Infinity : hit.meters;
      const candidate = hit ? { id: list[hit.item].id, name: list[hit.item].name, meters: value, inside: value <= limit } : null;
      return { kind, partner: null, partnerBeyond: beyond, candidate };
    });
    let missingMask = 0;
    kinds.forEach((k, i) => {
      if (!k.partner) missingMask |= 1 << i;
    });
    out.push({ id, name: c.name, lon, lat, kinds, missingMask, missing: countBits(missingMask) });
  }
  return out;
}

/** The institution with the smallest finite value that fits (ties: the smaller id); null when none was reached. */
function nearestByValue(list: readonly GapInstitution[], values: ArrayLike<number>, fits: (i: number) => boolean): { item: number; meters: number } | null {
  let best = -1;
  for (let i = 0; i < list.length; i++) {
    if (!(values[i] < Infinity) || !fits(i)) continue;
    if (best < 0 || values[i] < values[best] || (values[i] === values[best] && list[i].id < list[best].id)) best = i;
  }
  return best < 0 ? null : { item: best, meters: values[best] };
}

const closer = (a: AtDistance, b: AtDistance) => a.meters < b.meters || (a.meters === b.meters && a.id < b.id);
