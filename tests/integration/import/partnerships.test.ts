import { describe, expect, it } from 'vitest';
import { freshDb } from '../../helpers/db';
import { realGazetteer } from '../../unit/analysis/geocode/realData';
import { xlsxBytes } from '../../unit/data/import/xlsx';
import { ImportSession } from '../../../src/data/import/session';
import { proposeMapping } from '../../../src/data/import/mapping';
import { MSG_INSTITUTIONS_CHANGED } from '../../../src/data/import/partnershipSession';
import { createProject } from '../../../src/data/repositories/projects';
import { deleteInstitution, readInstitutions } from '../../../src/data/repositories/institutions';
import type { ThekizDb } from '../../../src/data/db';
import type { ProjectId } from '../../../src/domain/ids';

const { gazetteer } = realGazetteer();
const utf8 = (s: string) => new TextEncoder().encode(s);

const INSTITUTIONS_CSV = [
  'Einrichtung;Ort;Kategorie',
  'Familienzentrum Mühlhausen;Mühlhausen;Familienzentrum / Mehrgenerationenhaus',
  'Kita Löwenzahn;Jena;Kita',
  'Kita Sonnenschein;Erfurt;Kita',
  'Kita Sonnenschein;Gera;Kita',
  'Frühe Hilfen Gößnitz;Gößnitz;Frühe Hilfen',
].join('\r\n');

const PARTNERSHIPS_CSV = [
  'Einrichtung A;Einrichtung B;Art;Intensität;Seit;Bis;Notiz',
  'Familienzentrum Mühlhausen;Kita Löwenzahn;Kooperationsvereinbarung;3;01.09.2019;;Rahmenvertrag',
  'kita loewenzahn;FRUEHE HILFEN GOESSNITZ;gemeinsames Angebot;;2021;;',
  'Kita Sonnenschein;Familienzentrum Mühlhausen;Austausch im Gremium;1;;;',
  'Kita Sonnenschein (Gera);Kita Sonnenschein (Erfurt);regelmäßige Zusammenarbeit;2;2020-05;2023;',
  'Kita Nirgendwo;Kita Löwenzahn;Kooperationsvereinbarung;2;;;',
  'Kita Löwenzahn;Familienzentrum Mühlhausen;Kooperationsvereinbarung;2;;;doppelt',
].join('\r\n');

async function projectWithInstitutions(db: ThekizDb): Promise<ProjectId> {
  const p = await createProject(db, 'P');
  const s = new ImportSession();
  const read = s.read(utf8(INSTITUTIONS_CSV));
  if (!read.ok) throw new Error(read.message);
  await s.check(db, p, proposeMapping(read.headers), 'Import einrichtungen.csv', gazetteer);
  await s.commit(db, p, { fixSwapped: true, createCategories: true, duplicates: 'keep' as const });
  return p;
}

describe('ImportSession with a partnership list', () => {
  it('matches the pairs by name after an institution import and writes them', async () => {
    const db = freshDb();
    const p = await projectWithInstitutions(db);
    const s = new ImportSession();
    const read = await s.readPartnershipFile(utf8(PARTNERSHIPS_CSV));
    expect(read).toMatchObject({ ok: true, format: 'csv', rowCount: 6, mapping: { nameA: 0, nameB: 1, type: 2, intensity: 3, since: 4, until: 5, note: 6, idA: null, idB: null } });

    const check = await s.checkPartnerships(db, p);
    expect(check).toMatchObject({ total: 6, accepted: 3, rejected: 2, duplicates: 1 });
    expect(check.pairs).toEqual([
      { a: 'Familienzentrum Mühlhausen', b: 'Kita Löwenzahn', type: 'Kooperationsvereinbarung', intensity: 3 },
      { a: 'Kita Löwenzahn', b: 'Frühe Hilfen Gößnitz', type: 'gemeinsames Angebot', intensity: 2 },
      { a: 'Kita Sonnenschein', b: 'Kita Sonnenschein', type: 'regelmäßige Zusammenarbeit', intensity: 2 },
    ]);
    expect(check.issues.map((i) => [i.row, i.code, i.column])).toEqual([
      [4, 'ambiguous-institution', 'Einrichtung A'],
      [6, 'unknown-institution', 'Einrichtung A'],
      [7, 'duplicate', 'Einrichtung A'],
    ]);
    expect(check.issues[0].message).toMatch(/^Zeile 4: Den Namen „Kita Sonnenschein“ \(Einrichtung A\) tragen 2 Einrichtungen im Projekt, in: Erfurt, Gera\./);
    expect(check.issues[1].message).toBe('Zeile 6: Die Einrichtung „Kita Nirgendwo“ (Einrichtung A) gibt es im Projekt nicht; die Zeile wird nicht übernommen.');

    expect(await s.commitPartnerships(db, p)).toEqual({ written: 3 });
    const ids = new Map((await readInstitutions(db, p)).map((i) => [i.id, `${i.name} (${i.town})`]));
    const stored = await db.partnerships.where('projectId').equals(p).toArray();
    expect(stored.map((x) => [ids.get(x.a), ids.get(x.b), x.type, x.intensity, x.since, x.until, x.note]).sort()).toEqual([
      ['Familienzentrum Mühlhausen (Mühlhausen)', 'Kita Löwenzahn (Jena)', 'Kooperationsvereinbarung', 3, '2019-09-01', '', 'Rahmenvertrag'],
      ['Kita Löwenzahn (Jena)', 'Frühe Hilfen Gößnitz (Gößnitz)', 'gemeinsames Angebot', 2, '2021', '', ''],
      ['Kita Sonnenschein (Gera)', 'Kita Sonnenschein (Erfurt)', 'regelmäßige Zusammenarbeit', 2, '2020-05', '2023', ''],
    ]);

    // Committing again writes nothing twice; a new check reports the rows as duplicates.
    expect(await s.commitPartnerships(db, p)).toEqual({ written: 0 });
    expect(await s.checkPartnerships(db, p)).toMatchObject({ accepted: 0, duplicates: 4, rejected: 2 });
  });

  it('writes nothing when the write fails half-way', async () => {
    const db = freshDb();
    const p = await projectWithInstitutions(db);
    const before = await db.projects.get(p);
    const s = new ImportSession();
    await s.readPartnershipFile(utf8(PARTNERSHIPS_CSV));
    expect(await s.checkPartnerships(db, p)).toMatchObject({ accepted: 3 });
    let n = 0;
    db.partnerships.hook('creating', () => {
      if (++n === 2) throw new Error('Speicher voll');
    });
    await expect(s.commitPartnerships(db, p)).rejects.toThrow('Speicher voll');
    expect(n).toBe(2);
    expect(await db.partnerships.count()).toBe(0);
    expect(await db.projects.get(p)).toEqual(before);
  });

  it('writes nothing when an institution was deleted after the check', async () => {
    const db = freshDb();
    const p = await projectWithInstitutions(db);
    const s = new ImportSession();
    await s.readPartnershipFile(utf8(PARTNERSHIPS_CSV));
    await s.checkPartnerships(db, p);
    const jena = (await readInstitutions(db, p)).find((i) => i.town === 'Jena');
    await deleteInstitution(db, p, jena!.id);
    await expect(s.commitPartnerships(db, p)).rejects.toThrow(MSG_INSTITUTIONS_CHANGED);
    expect(await db.partnerships.count()).toBe(0);
  });

  it('reads a partnership list from Excel and refuses files without the two institution columns', async () => {
    const db = freshDb();
    const p = await projectWithInstitutions(db);
    const s = new ImportSession();
    const xlsx = await xlsxBytes([['Partner 1', 'Partner 2', 'Typ', 'Beginn'], ['Kita Löwenzahn', 'Frühe Hilfen Gößnitz', 'Kooperationsvereinbarung', new Date(Date.UTC(2022, 0, 15))]]);
    expect(await s.readPartnershipFile(xlsx)).toMatchObject({ ok: true, format: 'xlsx', rowCount: 1 });
    expect(await s.checkPartnerships(db, p)).toMatchObject({ accepted: 1, issueCount: 0 });
    expect(await s.commitPartnerships(db, p)).toEqual({ written: 1 });
    expect((await db.partnerships.toArray())[0]).toMatchObject({ type: 'Kooperationsvereinbarung', since: '2022-01-15', intensity: 2 });

    expect(await s.readPartnershipFile(utf8(INSTITUTIONS_CSV))).toMatchObject({ ok: false, message: expect.stringMatching(/^In der Datei fehlt eine Spalte für die beiden Einrichtungen/) });
    expect(await s.readPartnershipFile(utf8('Einrichtung A;Art\nKita;Kooperation\n'))).toMatchObject({ ok: false, message: expect.stringMatching(/für die zweite Einrichtung/) });
    expect(await s.readPartnershipFile(new Uint8Array(0))).toEqual({ ok: false, message: 'Die Datei ist leer.' });
  });
});
