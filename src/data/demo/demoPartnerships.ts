import type { InstitutionDraft } from '../../domain/institution';
import { THEKIZ } from '../../domain/categories';
import { pick, randomInt, weightedIndex } from '../../domain/random';

/** A demo partnership by index into the institution list. */
export interface DemoPartnership {
  a: number;
  b: number;
  type: string;
  intensity: 1 | 2 | 3;
  since: string;
  until: string;
  note: string;
}

/** The partnership type a ThEKiZ most likely has with a partner of this category. */
const TYPE_BY_CATEGORY: Record<string, string> = {
  'Erziehungs- und Familienberatung': 'gemeinsames Angebot',
  Schwangerschaftsberatung: 'gemeinsames Angebot',
  Familienbildung: 'gemeinsames Angebot',
  'Jugendamt / ASD': 'Kooperationsvereinbarung',
  'Frühe Hilfen': 'Austausch im Gremium',
  Gesundheitsamt: 'Austausch im Gremium',
  'Kinder- und Jugendärzt*innen': 'Vermittlung / Lotsenfunktion',
  Hebammen: 'Vermittlung / Lotsenfunktion',
  Frühförderstelle: 'Vermittlung / Lotsenfunktion',
  'Jobcenter / Agentur für Arbeit': 'Vermittlung / Lotsenfunktion',
  Migrationsberatung: 'Vermittlung / Lotsenfunktion',
  'Sucht- und Schuldnerberatung': 'Vermittlung / Lotsenfunktion',
};

const km = (d: InstitutionDraft, e: InstitutionDraft, dist: Distance) => dist(d.lon!, d.lat!, e.lon!, e.lat!) / 1000;
type Distance = (lon1: number, lat1: number, lon2: number, lat2: number) => number;

/**
 * Partnerships: each ThEKiZ has 4–14 partners, chosen with a weight that falls steeply with
 * distance (most within 15 km), plus the Frühe Hilfen network and the Jugendamt of its Kreis;
 * and a few links among other services of the same Kreis. No pair twice, no self-links.
 */
export function demoPartnerships(list: readonly InstitutionDraft[], random: () => number, dist: Distance): DemoPartnership[] {
  const out: DemoPartnership[] = [];
  const seen = new Set<string>();
  const add = (a: number, b: number, type: string, sinceYear: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    const year = randomInt(Math.min(sinceYear, 2025), 2025, random);
    const ended = random() < 0.05;
    out.push({ a, b, type, intensity: (1 + weightedIndex([3, 4, 2], random)) as 1 | 2 | 3, since: `${year}-${String(randomInt(1, 12, random)).padStart(2, '0')}`, until: ended ? `${Math.min(year + randomInt(1, 4, random), 2025)}` : '', note: '' });
  };
  const kreisOf = (d: InstitutionDraft) => d.ags.slice(0, 5);
  list.forEach((d, i) => {
    if (d.category !== THEKIZ) return;
    const start = Number(d.since.slice(0, 4)) || 2016;
    const weights = list.map((e, j) => (j === i ? 0 : 1 / (1 + (km(d, e, dist) / 4) ** 3)));
    const n = randomInt(4, 14, random);
    for (let k = 0; k < n; k++) {
      const j = weightedIndex(weights, random);
      weights[j] = 0;
      add(i, j, TYPE_BY_CATEGORY[list[j].category] ?? pick(['regelmäßige Zusammenarbeit', 'Austausch im Gremium'], random), start);
    }
    for (const cat of ['Frühe Hilfen', 'Jugendamt / ASD']) {
      const j = list.findIndex((e) => e.category === cat && kreisOf(e) === kreisOf(d));
      if (j >= 0 && random() < 0.85) add(i, j, TYPE_BY_CATEGORY[cat], start);
    }
  });
  // Services of one Kreis that work together (Frühe Hilfen with midwives, counselling, …).
  list.forEach((d, i) => {
    if (d.category === THEKIZ || random() > 0.25) return;
    const near = list.map((e, j) => (j === i || kreisOf(e) !== kreisOf(d) || e.category === THEKIZ ? 0 : 1 / (1 + km(d, e, dist) / 5)));
    if (near.some((w) => w > 0)) add(i, weightedIndex(near, random), 'regelmäßige Zusammenarbeit', 2012);
  });
  return out;
}
