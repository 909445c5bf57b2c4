import { PLANNING_AREAS } from '../../../../src/domain/areas';
/** fast-check generators and fixtures shared by the export tests. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../../src/domain/categories';
import type { RowResult } from '../../../../src/data/import/validate';
import type { InstitutionId, PartnershipId, ProjectId } from '../../../../src/domain/ids';
import type { Institution, LocationQuality } from '../../../../src/domain/institution';
import type { Partnership } from '../../../../src/domain/partnership';
import type { CategoryRecord, Project } from '../../../../src/domain/project';

/** Characters that make CSV and spreadsheets hard: umlauts, delimiters, quotes, line breaks, formula starts. */
export const TRICKY = [
  'a', 'Z', 'ä', 'Ö', 'ü', 'ß', 'ẞ', ' ', ';', ',', '|', '"', "'", '„', '“', '\n', '\r\n', '\r', '\t',
  '=', '+', '-', '@', '0', '7', '.', '€', '😀',
] as const;

/** Prefixes a spreadsheet treats as the start of a formula, and none. */
export const PREFIXES = ['', '', '=', '+', '-', '@', '\t', '\r'] as const;

/** Text made of TRICKY characters, often starting with a formula prefix; may be empty. */
export const trickyText = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 14 }))
  .map(([prefix, rest]) => prefix + rest);

/** Any text a JSON file can carry, including lone surrogates and control characters. */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: trickyText },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\ud800', '\udfff', '\u0000', '\u2028', 'x'), maxLength: 6 }) },
);

export const LOCATION_QUALITIES: readonly LocationQuality[] = [
  'exact', 'geocoded-place', 'geocoded-gemeinde', 'geocoded-postcode', 'manual', 'none',
];

/** A finite number in [-limit, limit]; −0 is generated as 0 (JSON and CSV cannot keep the sign of zero). */
function degrees(limit: number) {
  return fc.double({ min: -limit, max: limit, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v));
}

/** A coordinate pair, or null for an unlocated institution (both null together). */
export const coordinates = fc.option(fc.tuple(degrees(90), degrees(180)), { nil: null });

/** Field values of an institution apart from ids and project; `text` generates every text field. */
export function institutionFields(text: fc.Arbitrary<string>, tag: fc.Arbitrary<string> = text) {
  return fc.record({
    name: text, category: text, carrier: text, street: text, postcode: text, town: text, ags: text,
    coords: coordinates,
    locationQuality: fc.constantFrom(...LOCATION_QUALITIES),
    phone: text, email: text, website: text,
    tags: fc.array(tag, { maxLength: 4 }),
    note: text, since: text, until: text, source: text, createdAt: text, updatedAt: text,
  });
}

type Fields = ReturnType<typeof institutionFields> extends fc.Arbitrary<infer F> ? F : never;

/** An institution from generated fields. */
export function toInstitution(id: string, projectId: ProjectId, f: Fields): Institution {
  const { coords, ...rest } = f;
  return {
    ...rest,
    id: id as InstitutionId,
    projectId,
    lat: coords === null ? null : coords[0],
    lon: coords === null ? null : coords[1],
  };
}

/** The parts of a project as the project file carries them. */
export interface ProjectData {
  project: Project;
  categories: CategoryRecord[];
  institutions: Institution[];
  partnerships: Partnership[];
}

/** Partnership fields between institution number i and j (j ≠ i) of n. */
const partnershipDraft = fc.record({
  id: fc.uuid(), i: fc.nat(), j: fc.nat(), type: anyText,
  intensity: fc.constantFrom<Partnership['intensity']>(1, 2, 3),
  since: anyText, until: anyText, note: anyText,
});

/**
 * A whole project: 0–30 institutions with any texts (umlauts, quotes, semicolons, line
 * breaks, formula prefixes, empty, lone surrogates), null or any valid coordinates, random
 * tags, uniquely named categories and partnerships between two different institutions.
 */
export const projectData: fc.Arbitrary<ProjectData> = fc
  .record({
    projectId: fc.uuid(),
    project: fc.record({ name: anyText, description: anyText, isDemo: fc.boolean(), area: fc.constantFrom(...PLANNING_AREAS.map((a) => a.id)), gemeindeStand: fc.constantFrom('2024-01-01', '2022-05-15'), createdAt: anyText, updatedAt: anyText }, { requiredKeys: ['name', 'description', 'isDemo', 'createdAt', 'updatedAt'] }),
    categories: fc.uniqueArray(
      fc.record({
        name: anyText.filter((s) => s.trim() !== ''),
        color: anyText.filter((s) => s.trim() !== ''),
        symbol: anyText,
        order: fc.integer({ min: -5, max: 40 }),
      }),
      { maxLength: 8, selector: (c) => c.name },
    ),
    // The length is drawn first so that 0–30 institutions are about equally likely (fast-check
    // would otherwise mostly generate short lists).
    institutions: fc.integer({ min: 0, max: 30 }).chain((n) => fc.uniqueArray(
      fc.tuple(fc.uuid(), institutionFields(anyText)),
      { minLength: n, maxLength: n, selector: ([id]) => id },
    )),
    partnerships: fc.uniqueArray(partnershipDraft, { maxLength: 40, selector: (p) => p.id }),
  })
  .map(({ projectId, project, categories, institutions, partnerships }) => {
    const pid = projectId as ProjectId;
    const list = institutions.map(([id, f]) => toInstitution(id, pid, f));
    const n = list.length;
    const links: Partnership[] = n < 2 ? [] : partnerships.map(({ id, i, j, ...rest }) => {
      const a = i % n;
      const k = j % (n - 1);
      const b = k >= a ? k + 1 : k;
      return { ...rest, id: id as PartnershipId, projectId: pid, a: list[a].id, b: list[b].id };
    });
    return {
      project: { ...project, id: pid },
      categories: categories.map((c) => ({ ...c, projectId: pid })),
      institutions: list,
      partnerships: links,
    };
  });

/** A fixed institution for example-based tests; `over` replaces fields. */
export function sampleInstitution(over: Partial<Institution> = {}): Institution {
  return {
    id: 'inst-1' as InstitutionId,
    projectId: 'proj-1' as ProjectId,
    name: 'ThEKiZ Sonnenschein',
    category: 'ThEKiZ',
    carrier: 'Stadt Erfurt',
    street: 'Anger 1',
    postcode: '99084',
    town: 'Erfurt',
    ags: '16051000',
    lat: 50.97875,
    lon: 11.03283,
    locationQuality: 'exact',
    phone: '0361 123456',
    email: 'info@sonnenschein.example',
    website: 'https://sonnenschein.example',
    tags: ['Familiencafé', 'Beratung'],
    note: 'Sprechstunde dienstags',
    since: '2016',
    until: '2024-06',
    source: 'Import einrichtungen.csv',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-02T00:00:00.000Z',
    ...over,
  };
}

/** A fixed partnership for example-based tests; `over` replaces fields. */
export function samplePartnership(over: Partial<Partnership> = {}): Partnership {
  return {
    id: 'part-1' as PartnershipId,
    projectId: 'proj-1' as ProjectId,
    a: 'inst-1' as InstitutionId,
    b: 'inst-2' as InstitutionId,
    type: 'Kooperationsvereinbarung',
    intensity: 3,
    since: '2019-05-01',
    until: '',
    note: 'Sprechstunde im Zentrum',
    ...over,
  };
}

/** Sorts a project's lists the same way for comparison, independent of the exporter's order. */
export function sortedData(d: ProjectData): ProjectData {
  const by = <T>(key: (x: T) => string) => (x: T, y: T) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0);
  return {
    project: d.project,
    categories: [...d.categories].sort(by((c) => c.name)),
    institutions: [...d.institutions].sort(by((i) => i.id)),
    partnerships: [...d.partnerships].sort(by((p) => p.id)),
  };
}

/*
 * Institutions whose fields the import gives back exactly (see the restrictions listed in
 * csv.properties.test.ts): shared by the CSV and the Excel round trip.
 */
const IMPORT_CATEGORIES = [
  ...DEFAULT_CATEGORIES.map((c) => c.name),
  '=Summe', '+Plus', '-Minus', '@Team', '-12', 'Kita; Hort', 'Verein "Sport" e.V.', 'Zeile 1\nZeile 2',
];

const trimmed = trickyText.map((s) => s.trim());
const tag = fc
  .string({ unit: fc.constantFrom(...TRICKY.filter((c) => !',;|'.includes(c))), minLength: 1, maxLength: 8 })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !s.startsWith("'"));
const prefixed = (text: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom(...PREFIXES), text).map(([p, s]) => (p + s).trim());

const importableInstitution = fc.record({
  name: prefixed(trimmed).filter((s) => s !== ''),
  category: fc.constantFrom(...IMPORT_CATEGORIES),
  carrier: trimmed, street: trimmed, town: trimmed, ags: trimmed, phone: trimmed, website: trimmed, note: trimmed,
  postcode: fc.oneof(fc.stringMatching(/^\d{5}$/), trimmed).filter((s) => !/^\d{4}$/.test(s)),
  email: trimmed.filter((s) => !/^mailto:/i.test(s)),
  coords: coordinates,
  locationQuality: fc.constantFrom(...LOCATION_QUALITIES),
  tags: fc.uniqueArray(prefixed(tag).filter((s) => s !== '' && !s.startsWith("'")), { maxLength: 4 }),
  since: trimmed, until: trimmed, source: trimmed, createdAt: fc.constant(''), updatedAt: fc.constant(''),
});

/** 1–25 such institutions (the length drawn first). */
export const importableInstitutions = fc.integer({ min: 1, max: 25 }).chain((n) => fc.array(importableInstitution, { minLength: n, maxLength: n }));

/** The drafts of the import equal the exported institutions field by field, coordinates within 1e-6. */
export function expectImported(list: readonly Institution[], results: readonly RowResult[]): void {
  expect(results).toHaveLength(list.length);
  results.forEach(({ draft, status }, k) => {
    const original = list[k];
    expect(status).not.toBe('error');
    for (const key of ['name', 'category', 'carrier', 'street', 'postcode', 'town', 'ags', 'phone', 'email', 'website', 'note'] as const) {
      expect(draft[key], key).toBe(original[key]);
    }
    expect(draft.tags).toEqual(original.tags);
    if (original.lat === null || original.lon === null) {
      expect([draft.lat, draft.lon]).toEqual([null, null]);
    } else {
      expect(Math.abs((draft.lat ?? Number.NaN) - original.lat)).toBeLessThanOrEqual(1e-6);
      expect(Math.abs((draft.lon ?? Number.NaN) - original.lon)).toBeLessThanOrEqual(1e-6);
    }
  });
}
