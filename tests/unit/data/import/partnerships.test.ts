import { describe, expect, it } from 'vitest';
import { PARTNERSHIP_CSV_HEADERS, partnershipsToCsv } from '../../../../src/data/export/csv';
import {
  matchPartnerships, missingSidesMessage, proposePartnershipMapping, type PartnershipMapping,
} from '../../../../src/data/import/partnerships';
import { readCsv } from '../../../../src/data/import/readCsv';
import type { InstitutionId, PartnershipId, ProjectId } from '../../../../src/domain/ids';
import type { Institution } from '../../../../src/domain/institution';
import type { Partnership } from '../../../../src/domain/partnership';
import { sampleInstitution } from '../export/arbitraries';

function inst(id: string, name: string, town: string): Institution {
  return sampleInstitution({ id: id as InstitutionId, name, town });
}

const INSTITUTIONS = [
  inst('fz', 'Familienzentrum Sonnenschein', 'Erfurt'),
  inst('kl', 'Kita Löwenzahn', 'Jena'),
  inst('ks-ef', 'Kita Sonnenschein', 'Erfurt'),
  inst('ks-g', 'Kita Sonnenschein', 'Gera'),
  inst('fh', 'Frühe Hilfen Gößnitz', 'Gößnitz'),
];

/** Mapping of the columns A, B, Art, Intensität, Seit, Bis, Notiz. */
const SIMPLE: PartnershipMapping = { nameA: 0, nameB: 1, idA: null, idB: null, type: 2, intensity: 3, since: 4, until: 5, note: 6 };
const HEADERS = ['Von', 'An', 'Art', 'Intensität', 'Seit', 'Bis', 'Notiz'];

function match(rows: string[][], existing: Partnership[] = [], mapping = SIMPLE) {
  return matchPartnerships(rows, mapping, INSTITUTIONS, existing, { headers: HEADERS });
}

function partnership(a: string, b: string, type: string): Partnership {
  return { id: `${a}-${b}` as PartnershipId, projectId: 'p' as ProjectId, a: a as InstitutionId, b: b as InstitutionId, type, intensity: 2, since: '', until: '', note: '' };
}

describe('proposePartnershipMapping', () => {
  it('recognises the headers of the app\'s partnership export', () => {
    expect(proposePartnershipMapping([...PARTNERSHIP_CSV_HEADERS])).toEqual({ nameA: 0, nameB: 1, idA: 2, idB: 3, type: 4, intensity: 5, since: 6, until: 7, note: 8 });
  });

  it('recognises other names, ignoring case, umlaut spelling and punctuation', () => {
    expect(proposePartnershipMapping(['Partner 1', 'Partner 2', 'Typ', 'Beginn', 'Ende'])).toMatchObject({ nameA: 0, nameB: 1, type: 2, since: 3, until: 4, intensity: null });
    expect(proposePartnershipMapping(['von', 'AN', 'art', 'INTENSITAET', 'seit'])).toMatchObject({ nameA: 0, nameB: 1, type: 2, intensity: 3, since: 4 });
    expect(proposePartnershipMapping(['Name A', 'Name-B', 'ID A', 'Id_B', 'Bemerkung'])).toMatchObject({ nameA: 0, nameB: 1, idA: 2, idB: 3, note: 4 });
    expect(proposePartnershipMapping(['Art', 'Art'])).toMatchObject({ type: 0 });
  });

  it('says which side is missing', () => {
    expect(missingSidesMessage(proposePartnershipMapping(['Name', 'Ort']))).toMatch(/für die beiden Einrichtungen/);
    expect(missingSidesMessage(proposePartnershipMapping(['Einrichtung A', 'Art']))).toMatch(/für die zweite Einrichtung/);
    expect(missingSidesMessage(proposePartnershipMapping(['ID A', 'Einrichtung B']))).toBeNull();
  });
});

describe('matchPartnerships', () => {
  it('finds institutions by id first, then exact name, then the folded name', () => {
    const mapping = { ...SIMPLE, idA: 7, idB: 8 };
    const { drafts, issues } = match([
      ['Kita Löwenzahn', 'Frühe Hilfen Gößnitz', 'Kooperationsvereinbarung', '3', '2021', '', 'Notiz'],
      ['KITA-LOEWENZAHN', 'fruehe hilfen goessnitz', 'gemeinsames Angebot', '', '', '', '', '', ''],
      ['alter Name', '', 'Austausch im Gremium', '1', '', '', '', 'fz', 'ks-g'],
    ], [], mapping);
    expect(issues).toEqual([]);
    expect(drafts).toEqual([
      { a: 'kl', b: 'fh', type: 'Kooperationsvereinbarung', intensity: 3, since: '2021', until: '', note: 'Notiz' },
      { a: 'kl', b: 'fh', type: 'gemeinsames Angebot', intensity: 2, since: '', until: '', note: '' },
      { a: 'fz', b: 'ks-g', type: 'Austausch im Gremium', intensity: 1, since: '', until: '', note: '' },
    ]);
  });

  it('rejects an ambiguous name, naming the towns, and accepts it with the town in brackets', () => {
    const { drafts, issues } = match([
      ['Kita Sonnenschein', 'Kita Löwenzahn', 'Kooperationsvereinbarung'],
      ['Kita Sonnenschein (Gera)', 'Kita Löwenzahn', 'Kooperationsvereinbarung'],
    ]);
    expect(issues).toEqual([{
      row: 2, column: 'Von', code: 'ambiguous-institution', severity: 'error', value: 'Kita Sonnenschein',
      message: 'Zeile 2: Den Namen „Kita Sonnenschein“ (Einrichtung A) tragen 2 Einrichtungen im Projekt, in: Erfurt, Gera. '
        + 'Bitte geben Sie den Ort in Klammern hinter dem Namen an (z. B. „Kita Sonnenschein (Erfurt)“) oder die ID; die Zeile wird nicht übernommen.',
    }]);
    expect(drafts).toMatchObject([{ a: 'ks-g', b: 'kl' }]);
  });

  it('rejects unknown, missing and identical institutions with the row number', () => {
    const mapping = { ...SIMPLE, idB: 7 };
    const { drafts, issues } = matchPartnerships([
      ['Kita Nirgendwo', 'Kita Löwenzahn', 'Kooperationsvereinbarung', '', '', '', '', ''],
      ['Kita Löwenzahn', '', 'Kooperationsvereinbarung', '', '', '', '', 'gibt-es-nicht'],
      ['', '', 'Kooperationsvereinbarung', '', '', '', '', ''],
      ['Kita Löwenzahn', 'kita löwenzahn', 'Kooperationsvereinbarung', '', '', '', '', ''],
    ], mapping, INSTITUTIONS, [], { firstRow: 5, headers: HEADERS });
    expect(drafts).toEqual([]);
    expect(issues.map((i) => [i.row, i.code, i.column])).toEqual([
      [5, 'unknown-institution', 'Von'],
      [6, 'unknown-institution', 'An'],
      [7, 'missing-institution', 'Von'],
      [7, 'missing-institution', 'An'],
      [8, 'same-institution', 'An'],
    ]);
    expect(issues[0].message).toBe('Zeile 5: Die Einrichtung „Kita Nirgendwo“ (Einrichtung A) gibt es im Projekt nicht; die Zeile wird nicht übernommen.');
    expect(issues[1].message).toBe('Zeile 6: Zur ID „gibt-es-nicht“ (Einrichtung B) gibt es im Projekt keine Einrichtung; die Zeile wird nicht übernommen.');
    expect(issues[4].message).toBe('Zeile 8: Einrichtung A und B sind dieselbe Einrichtung „Kita Löwenzahn“; die Zeile wird nicht übernommen.');
  });

  it('skips duplicates of existing partnerships (either order) and of earlier rows with a warning', () => {
    const existing = [partnership('fh', 'kl', 'Kooperationsvereinbarung')];
    const { drafts, issues } = match([
      ['Kita Löwenzahn', 'Frühe Hilfen Gößnitz', 'kooperations-vereinbarung'],
      ['Kita Löwenzahn', 'Frühe Hilfen Gößnitz', 'gemeinsames Angebot'],
      ['Frühe Hilfen Gößnitz', 'Kita Löwenzahn', 'Gemeinsames Angebot'],
      [],
      ['', '  ', ''],
    ], existing);
    expect(drafts).toMatchObject([{ a: 'kl', b: 'fh', type: 'gemeinsames Angebot' }]);
    expect(issues.map((i) => [i.row, i.code, i.severity, i.duplicateOf])).toEqual([[2, 'duplicate', 'warning', 0], [4, 'duplicate', 'warning', 3]]);
    expect(issues[0].message).toBe('Zeile 2: Die Partnerschaft „Kita Löwenzahn – Frühe Hilfen Gößnitz“ (Kooperationsvereinbarung) gibt es schon im Projekt; die Zeile wird übersprungen.');
    expect(issues[1].message).toMatch(/steht schon in Zeile 3; die Zeile wird übersprungen\.$/);
  });

  it('checks intensity, dates and type, keeping the row', () => {
    const row = (type: string, intensity: string, since: string, until: string) => ['Kita Löwenzahn', 'Frühe Hilfen Gößnitz', type, intensity, since, until, ''];
    const { drafts, issues } = match([
      row('', '5', '15.03.2021', '2022-7'),
      row('eigene Art', 'hoch', '31.02.2020', 'bald'),
      row('Austausch im Gremium', '2,0', '2021-03-05 08:30', '03.2020'),
    ]);
    expect(drafts).toEqual([
      { a: 'kl', b: 'fh', type: '', intensity: 2, since: '2021-03-15', until: '2022-07', note: '' },
      { a: 'kl', b: 'fh', type: 'eigene Art', intensity: 2, since: '', until: '', note: '' },
      { a: 'kl', b: 'fh', type: 'Austausch im Gremium', intensity: 2, since: '2021-03-05', until: '2020-03', note: '' },
    ]);
    expect(issues.map((i) => [i.row, i.code, i.column, i.value])).toEqual([
      [2, 'missing-type', 'Art', undefined],
      [2, 'bad-intensity', 'Intensität', '5'],
      [3, 'bad-intensity', 'Intensität', 'hoch'],
      [3, 'bad-date', 'Seit', '31.02.2020'],
      [3, 'bad-date', 'Bis', 'bald'],
      [4, 'bad-date', 'Bis', '2020-03'],
    ]);
    expect(issues[1].message).toBe('Zeile 2: Die Intensität „5“ ist ungültig (erlaubt sind 1, 2 und 3); sie wird auf 2 gesetzt.');
    expect(issues[3].message).toBe('Zeile 3: Das Datum „31.02.2020“ ist ungültig (erwartet z. B. 2021, 2021-03, 2021-03-15 oder 15.03.2021); es bleibt leer.');
    expect(issues[5].message).toBe('Zeile 4: Das Ende „2020-03“ liegt vor dem Beginn „2021-03-05“.');
  });

  it('never throws on malformed input', () => {
    const bad = [null, 'x', [1, 2], [null, undefined, {}]] as unknown as string[][];
    expect(matchPartnerships(bad, { ...SIMPLE, idA: -1, type: 1.5 } as PartnershipMapping, INSTITUTIONS, [])).toMatchObject({ drafts: [] });
  });
});

describe('partnership CSV round trip', () => {
  it('reads the app\'s own partnership export back into the same partnerships', () => {
    const list: Partnership[] = [
      { ...partnership('kl', 'fh', 'Kooperationsvereinbarung'), intensity: 3, since: '2019-04', until: '2024-12-31', note: '-wichtig; "alt"' },
      { ...partnership('ks-ef', 'ks-g', 'regelmäßige Zusammenarbeit'), intensity: 1, since: '2020', note: '=1+1' },
    ];
    const read = readCsv(new TextEncoder().encode(partnershipsToCsv(list, INSTITUTIONS)));
    if (!read.ok) throw new Error(read.message);
    const { drafts, issues } = matchPartnerships(read.rows, proposePartnershipMapping(read.headers), INSTITUTIONS, [], { headers: read.headers, firstRow: read.firstRow });
    expect(issues).toEqual([]);
    expect(drafts).toEqual(list.map(({ id: _id, projectId: _p, ...rest }) => rest));
    // In another project the ids differ: the names find the institutions (the ambiguous ones fail).
    const copies = INSTITUTIONS.map((i) => ({ ...i, id: `neu-${i.id}` as InstitutionId }));
    const other = matchPartnerships(read.rows, proposePartnershipMapping(read.headers), copies, [], { headers: read.headers });
    expect(other.drafts).toMatchObject([{ a: 'neu-kl', b: 'neu-fh' }]);
    expect(other.issues.map((i) => [i.row, i.code])).toEqual([[3, 'ambiguous-institution'], [3, 'ambiguous-institution']]);
  });
});
