import { haversineMeters } from '../../analysis/distance';
import { emptyDraft, type InstitutionDraft } from '../../domain/institution';
import { THEKIZ } from '../../domain/categories';
import { pick, randomInt, seededRandom, weightedIndex } from '../../domain/random';
import { CARRIERS, CATEGORY_PLAN, DEMO_NOTE, DEMO_SOURCE, NAME_PATTERNS, STREETS, THEKIZ_COUNT, THEKIZ_GROWTH } from './names';
import { demoPartnerships, type DemoPartnership } from './demoPartnerships';

/** A populated place as the demo needs it (from the embedded orte.geojson). */
export interface DemoPlace {
  name: string;
  lon: number;
  lat: number;
  population: number;
  ags: string;
  kreis: string;
}

export interface DemoProject {
  institutions: InstitutionDraft[];
  /** Partnerships by index into `institutions`. */
  partnerships: DemoPartnership[];
}

const KM_PER_DEG_LAT = 111.32;

/** A point near the place: bigger places spread wider, like a town's real extent. */
function jitter(p: DemoPlace, random: () => number): { lon: number; lat: number } {
  const radiusKm = Math.min(0.25 + Math.sqrt(p.population) / 120, 4) * Math.sqrt(random());
  const angle = random() * 2 * Math.PI;
  const dLat = (radiusKm * Math.sin(angle)) / KM_PER_DEG_LAT;
  const dLon = (radiusKm * Math.cos(angle)) / (KM_PER_DEG_LAT * Math.cos((p.lat * Math.PI) / 180));
  return { lon: Math.round((p.lon + dLon) * 1e5) / 1e5, lat: Math.round((p.lat + dLat) * 1e5) / 1e5 };
}

function draftAt(p: DemoPlace, category: string, since: string, random: () => number): InstitutionDraft {
  const { lon, lat } = jitter(p, random);
  return {
    ...emptyDraft(),
    name: pick(NAME_PATTERNS[category], random).replace('{ort}', p.name),
    category,
    carrier: pick(CARRIERS, random),
    street: `${pick(STREETS, random)} ${randomInt(1, 40, random)}`,
    town: p.name,
    ags: p.ags,
    lon,
    lat,
    locationQuality: 'exact',
    tags: ['fiktiv'],
    note: DEMO_NOTE,
    since,
    source: DEMO_SOURCE,
  };
}

/** Splits `total` over groups by weight with at least `min` each (largest remainder). */
export function allocate(weights: readonly number[], total: number, min: number): number[] {
  const base = weights.map(() => min);
  const rest = total - min * weights.length;
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / sum) * rest);
  const out = base.map((b, i) => b + Math.floor(exact[i]));
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - out.reduce((s, v) => s + v, 0);
  for (let k = 0; k < missing; k++) out[order[k % order.length][1]]++;
  return out;
}

/** Year in which the n-th (0-based) ThEKiZ joined, following THEKIZ_GROWTH. */
export function thekizYear(n: number): number {
  let prevYear = 2010;
  let prevTotal = 0;
  for (const [year, total] of THEKIZ_GROWTH) {
    if (n < total) return prevYear + Math.floor(((n - prevTotal) / (total - prevTotal)) * (year - prevYear + 1)) || year;
    prevYear = year + 1;
    prevTotal = total;
  }
  return THEKIZ_GROWTH[THEKIZ_GROWTH.length - 1][0];
}

/**
 * Builds the fictional demo project deterministically from real places: about 90 ThEKiZ and
 * 870 other institutions (more in bigger places, every Kreis has some), and partnerships that
 * mostly link nearby institutions. Same seed, same project.
 */
export function generateDemo(places: readonly DemoPlace[], seed = 2015): DemoProject {
  const random = seededRandom(seed);
  const kreise = [...new Set(places.map((p) => p.kreis))].sort();
  const byKreis = new Map(kreise.map((k) => [k, places.filter((p) => p.kreis === k)]));
  const kreisPop = kreise.map((k) => byKreis.get(k)!.reduce((s, p) => s + p.population, 0));
  const out: InstitutionDraft[] = [];

  // ThEKiZ: at least two per Kreis, the rest by population; towns weighted by population^0.7.
  const perKreis = allocate(kreisPop, THEKIZ_COUNT, 2);
  const thekizPlaces: DemoPlace[] = [];
  kreise.forEach((k, i) => {
    const ps = byKreis.get(k)!;
    const w = ps.map((p) => Math.max(p.population, 300) ** 0.7);
    for (let n = 0; n < perKreis[i]; n++) thekizPlaces.push(ps[weightedIndex(w, random)]);
  });
  // Bigger towns joined earlier on average: order by population with some noise.
  const order = thekizPlaces.map((p, i) => [Math.log(p.population + 1) + random() * 3, i] as const).sort((a, b) => b[0] - a[0]);
  order.forEach(([, i], n) => out.push(draftAt(thekizPlaces[i], THEKIZ, `${thekizYear(n)}-${String(randomInt(1, 12, random)).padStart(2, '0')}`, random)));

  for (const plan of CATEGORY_PLAN) {
    if (plan.perKreis) {
      // One per Kreis, in its most populous place (the seat of the administration, near enough).
      for (const k of kreise) {
        const seat = byKreis.get(k)!.reduce((a, b) => (b.population > a.population ? b : a));
        out.push(draftAt(seat, plan.category, '', random));
      }
      continue;
    }
    const eligible = places.filter((p) => p.population >= plan.minPopulation);
    const w = eligible.map((p) => Math.max(p.population, 300) ** 0.85);
    for (let n = 0; n < plan.count; n++) out.push(draftAt(eligible[weightedIndex(w, random)], plan.category, '', random));
  }
  return { institutions: out, partnerships: demoPartnerships(out, random, haversineMeters) };
}
