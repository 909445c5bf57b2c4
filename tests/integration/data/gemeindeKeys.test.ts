import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDb, versionedDb } from '../../helpers/db';
import { SCHEMA, type ThekizDb } from '../../../src/data/db';
import { groupIntoBlocks } from '../../../src/data/institutionBlocks';
import { readInstitutions } from '../../../src/data/repositories/institutions';
import { migrateGemeindeKeys, translateAgs } from '../../../src/data/repositories/gemeindeKeys';
import { createProject } from '../../../src/data/repositories/projects';
import { importProjectFile } from '../../../src/data/repositories/projectFile';
import { gemeindeStandOf } from '../../../src/domain/areas';
import { emptyDraft, type Institution } from '../../../src/domain/institution';
import type { InstitutionId, ProjectId } from '../../../src/domain/ids';

const KEYS = (JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', 'data', 'thueringen', 'schluessel.json'), 'utf8')) as { keys: Record<string, string> }).keys;
const P = 'projekt-alt' as ProjectId;
const now = '2025-06-01T00:00:00.000Z';
const inst = (id: string, ags: string, extra: Partial<Institution> = {}): Institution => ({
  ...emptyDraft(), id: id as InstitutionId, projectId: P, name: `Einrichtung ${id}`, category: 'Kita', ags, createdAt: now, updatedAt: now, ...extra,
});
// 2016 keys: Uder (joined into the Landgemeinde Uder 2024), Eisenach (Wartburgkreis since 2021),
// Hallungen (Südeichsfeld since 2024); Erfurt unchanged; one without a key.
const OLD = [
  inst('a1', '16061097', { name: 'Kita Uder', lat: 51.36, lon: 10.07, locationQuality: 'exact', tags: ['Eichsfeld'] }),
  inst('b2', '16056000', { name: 'ThEKiZ Eisenach', category: 'ThEKiZ' }),
  inst('c3', '16063037', { name: 'Kita Hallungen' }),
  inst('d4', '16051000', { name: 'Kita Erfurt' }),
  inst('e5', ''),
];
const EXPECTED = { a1: '16061119', b2: '16063105', c3: '16064074', d4: '16051000', e5: '' } as Record<string, string>;

/** Writes a project and its institutions the way the given schema version stored them. */
async function writeOld(db: ThekizDb, version: number) {
  await db.projects.add({ id: P, name: 'Altes Projekt', description: 'von 2025', isDemo: false, createdAt: now, updatedAt: now });
  if (version <= 2) await db.table('institutions').bulkAdd(OLD);
  else await db.institutionBlocks.bulkAdd(groupIntoBlocks(OLD));
}

describe('Gemeinde keys of earlier versions', () => {
  it('translate 2016 and 2022 keys to 2024 and keep today’s', () => {
    expect(translateAgs('16061097', KEYS)).toBe('16061119');
    expect(translateAgs('16064073', KEYS)).toBe('16064071'); // Anrode (divided 2023), whole to Unstruttal
    expect(translateAgs('16051000', KEYS)).toBe('16051000');
    expect(translateAgs('', KEYS)).toBe('');
  });

  for (const version of SCHEMA.map((s) => s.version)) {
    it(`are brought to 01.01.2024 in a database of schema version ${version}, nothing else changing`, async () => {
      const dbs = versionedDb(version);
      const old = dbs.old();
      await writeOld(old, version);
      old.close();
      const db = dbs.current();
      await db.open();
      const before = await db.projects.get(P);
      expect(before?.gemeindeStand).toBeUndefined();
      expect(await migrateGemeindeKeys(db, P, KEYS, gemeindeStandOf('16'))).toBe(3);
      const after = await readInstitutions(db, P);
      for (const i of after) {
        const was = OLD.find((o) => o.id === i.id)!;
        expect(i).toEqual({ ...was, ags: EXPECTED[i.id] });
      }
      expect(after).toHaveLength(OLD.length);
      expect(await db.projects.get(P)).toEqual({ ...before, gemeindeStand: '2024-01-01' });
      // Once only: a second run changes nothing.
      expect(await migrateGemeindeKeys(db, P, KEYS, '2024-01-01')).toBe(0);
      db.close();
    });
  }

  it('marks new projects with today’s Gebietsstand, so they are never translated', async () => {
    const db = freshDb();
    const id = await createProject(db, 'Neu');
    expect((await db.projects.get(id))?.gemeindeStand).toBe('2024-01-01');
    expect(await migrateGemeindeKeys(db, id, KEYS, '2024-01-01')).toBe(0);
  });

  it('translates a project file of an earlier version once it is opened', async () => {
    const db = freshDb();
    const file = JSON.stringify({
      format: 'netzwerkkarte-thekiz-projekt', formatVersion: 1, exportedAt: now,
      project: { id: 'x', name: 'Datei 2025', description: '', isDemo: false, createdAt: now, updatedAt: now },
      categories: [], partnerships: [],
      institutions: OLD.map(({ projectId: _p, ...rest }) => rest),
    });
    const r = await importProjectFile(db, file);
    expect(r.ok).toBe(true);
    const id = (r as { projectId: ProjectId }).projectId;
    expect((await db.projects.get(id))?.gemeindeStand).toBeUndefined();
    expect(await migrateGemeindeKeys(db, id, KEYS, '2024-01-01')).toBe(3);
    const keys = Object.fromEntries((await readInstitutions(db, id)).map((i) => [i.name, i.ags]));
    expect(keys).toMatchObject({ 'Kita Uder': '16061119', 'ThEKiZ Eisenach': '16063105', 'Kita Hallungen': '16064074' });
  });
});
