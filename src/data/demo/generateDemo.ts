import { haversineMeters } from '../../analysis/distance';
import { emptyDraft, type InstitutionDraft } from '../../domain/institution';
import { THEKIZ } from '../../domain/categories';
import { pick, randomInt, seededRandom, weightedIndex } from '../../domain/random';
import {
  CATEGORY_PLAN, CITY_DISTRICTS, CITY_KINDS, CLUB_CARRIER, DEMO_NOTE, DEMO_SOURCE, HOSPITAL_CARRIERS, KREIS_CARRIERS, MIDWIFE_CARRIER, NAME_VARIANTS,
  PRACTICE_CARRIER, STREETS, THEKIZ_COUNT, THEKIZ_GROWTH, freeCarriersFor, type CarrierKind, type NameVariant,
} from './names';
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

/** What the generator remembers per town so that names and addresses are not repeated there. */
interface Town {
  names: Set<string>;
  addresses: Set<string>;
}
type Towns = Map<string, Town>;

const townOf = (towns: Towns, p: DemoPlace): Town => {
  const key = `${p.ags} ${p.name}`;
  let t = towns.get(key);
  if (!t) towns.set(key, (t = { names: new Set(), addresses: new Set() }));
  return t;
};

/** The districts of a big city (CITY_DISTRICTS), or none for other places of the same name. */
const districtsOf = (p: DemoPlace): readonly string[] => (p.population >= 30_000 ? (CITY_DISTRICTS[p.name] ?? []) : []);

/** The carrier of an institution of this kind in this place (names.ts: who runs what). */
function carrierFor(kind: CarrierKind, category: string, p: DemoPlace, random: () => number): string {
  const kreis = KREIS_CARRIERS[p.ags.slice(0, 5)] ?? `Landkreis ${p.kreis}`;
  switch (kind) {
    case 'kreis':
      return kreis;
    case 'town':
      return `${p.population >= 5_000 ? 'Stadt' : 'Gemeinde'} ${p.name}`;
    case 'ba':
      return 'Bundesagentur für Arbeit';
    case 'jobcenter':
      return `${kreis} und Bundesagentur für Arbeit`;
    case 'free':
      return pick(freeCarriersFor(category), random);
    case 'practice':
      return PRACTICE_CARRIER;
    case 'midwife':
      return MIDWIFE_CARRIER;
    case 'club':
      return CLUB_CARRIER;
    case 'hospital':
      return pick(HOSPITAL_CARRIERS, random);
  }
}

/** The names a pattern gives in the place (one per district for `{teil}`). */
function fills(pattern: string, p: DemoPlace): string[] {
  const named = pattern.replaceAll('{ort}', p.name);
  return pattern.includes('{teil}') ? districtsOf(p).map((d) => named.replaceAll('{teil}', d)) : [named];
}

/**
 * A name for a new institution of the kind in the place that no other institution of the town
 * has: a random unused one of the variant, else of another variant of the kind, else told
 * apart by district ("Musikschule Gera-Lusan", big cities) or by street.
 */
function uniqueName(variants: readonly NameVariant[], first: NameVariant, p: DemoPlace, town: Town, street: string, random: () => number): { name: string; variant: NameVariant } {
  for (const variant of [first, ...variants.filter((v) => v !== first)]) {
    const free = variant.names.flatMap((n) => fills(n, p)).filter((n) => !town.names.has(n));
    if (free.length > 0) return { name: pick(free, random), variant };
  }
  const plain = first.names.filter((n) => !n.includes('{teil}'));
  const pattern = plain.length > 0 ? pick(plain, random) : first.names[0].replace(/-?\{teil\}/, '');
  for (const d of districtsOf(p)) {
    const name = pattern.replaceAll('{ort}', `${p.name}-${d}`);
    if (!town.names.has(name)) return { name, variant: first };
  }
  const base = pattern.replaceAll('{ort}', p.name);
  const byStreet = `${base}, ${street.replace(/ \d+$/, '')}`;
  return { name: town.names.has(byStreet) ? `${base}, ${street}` : byStreet, variant: first }; // the address is the town's only one
}

/** A street address not yet used in the town. */
function uniqueStreet(town: Town, random: () => number): string {
  for (;;) {
    const s = `${pick(STREETS, random)} ${randomInt(1, 60, random)}`;
    if (!town.addresses.has(s)) return s;
  }
}

function draftAt(p: DemoPlace, category: string, since: string, random: () => number, towns: Towns): InstitutionDraft {
  const { lon, lat } = jitter(p, random);
  const town = townOf(towns, p);
  const variants = NAME_VARIANTS[category].filter((v) => p.population >= (v.minPopulation ?? 0) && p.population <= (v.maxPopulation ?? Infinity));
  const usable = variants.length > 0 ? variants : NAME_VARIANTS[category];
  const street = uniqueStreet(town, random);
  const { name, variant } = uniqueName(usable, pick(usable, random), p, town, street, random);
  town.names.add(name);
  town.addresses.add(street);
  return {
    ...emptyDraft(),
    name,
    category,
    carrier: carrierFor(variant.carrier, category, p, random),
    street,
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
  const towns: Towns = new Map();

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
  order.forEach(([, i], n) => out.push(draftAt(thekizPlaces[i], THEKIZ, `${thekizYear(n)}-${String(randomInt(1, 12, random)).padStart(2, '0')}`, random, towns)));

  for (const plan of CATEGORY_PLAN) {
    if (plan.perKreis) {
      // One per Kreis, in its most populous place (the seat of the administration, near enough).
      for (const k of kreise) {
        const seat = byKreis.get(k)!.reduce((a, b) => (b.population > a.population ? b : a));
        out.push(draftAt(seat, plan.category, '', random, towns));
      }
      continue;
    }
    const eligible = places.filter((p) => p.population >= plan.minPopulation);
    const w = eligible.map((p) => Math.max(p.population, 300) ** 0.85);
    for (let n = 0; n < plan.count; n++) out.push(draftAt(eligible[weightedIndex(w, random)], plan.category, '', random, towns));
  }
  // Every big city has each of the usual kinds at least once (Gera its Schwangerschaftsberatung).
  for (const city of Object.keys(CITY_DISTRICTS)) {
    const p = places.filter((q) => q.name === city).reduce<DemoPlace | undefined>((a, b) => (!a || b.population > a.population ? b : a), undefined);
    if (!p) continue;
    for (const kind of CITY_KINDS) if (!out.some((d) => d.category === kind && d.town === p.name && d.ags === p.ags)) out.push(draftAt(p, kind, '', random, towns));
  }
  return { institutions: out, partnerships: demoPartnerships(out, random, haversineMeters) };
}
