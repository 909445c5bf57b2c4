import { describe, expect, it } from 'vitest';
import { versionedDb } from '../../helpers/db';
import { SCHEMA, type ThekizDb } from '../../../src/data/db';
import { readInstitutions } from '../../../src/data/repositories/institutions';
import { DEFAULT_CATEGORIES } from '../../../src/domain/categories';
import { emptyDraft, type Institution } from '../../../src/domain/institution';
import type { InstitutionId, PartnershipId, ProjectId } from '../../../src/domain/ids';
import type { Partnership } from '../../../src/domain/partnership';

const P = 'projekt-1' as ProjectId;
const Q = 'projekt-2' as ProjectId;
const now = '2026-01-01T00:00:00.000Z';
const inst = (id: string, projectId: ProjectId, extra: Partial<Institution> = {}): Institution => ({
  ...emptyDraft(), id: id as InstitutionId, projectId, name: `Einrichtung ${id}`, category: 'Kita', createdAt: now, updatedAt: now, ...extra,
});

/** Writes records the way schema versions 1 and 2 stored them: one record per institution. */
async function writeOldRecords(db: ThekizDb) {
  const institutions = [
    inst('a1', P, { name: 'ThEKiZ „Sonnenschein“ Gera', category: 'ThEKiZ', lat: 50.88, lon: 12.08, locationQuality: 'exact', tags: ['Sozialraum Ost'] }),
    inst('b2', P, { name: 'Familienberatung; Gera\nOst', note: 'Sprechstunde' }),
    inst('c3', Q),
  ];
  const partnerships: Partnership[] = [{ id: 'x' as PartnershipId, projectId: P, a: 'a1' as InstitutionId, b: 'b2' as InstitutionId, type: 'gemeinsames Angebot', intensity: 3, since: '2019-04', until: '', note: '' }];
  await db.projects.bulkAdd([P, Q].map((id) => ({ id, name: id, description: '', isDemo: false, createdAt: now, updatedAt: now })));
  await db.categories.bulkAdd(DEFAULT_CATEGORIES.map((c, order) => ({ projectId: P, ...c, order })));
  await db.table('institutions').bulkAdd(institutions);
  await db.partnerships.bulkAdd(partnerships);
  return { institutions, partnerships };
}

describe('opening a database written by an older schema', () => {
  for (const version of SCHEMA.map((s) => s.version).filter((v) => v <= 2)) {
    it(`finds every record of schema version ${version} intact`, async () => {
      const dbs = versionedDb(version);
      const old = dbs.old();
      const written = await writeOldRecords(old);
      const projects = await old.projects.toArray();
      const categories = await old.categories.toArray();
      old.close();

      const db = dbs.current();
      await db.open();
      expect(db.verno).toBe(SCHEMA[SCHEMA.length - 1].version);
      expect(await db.projects.toArray()).toEqual(projects);
      expect(await db.categories.toArray()).toEqual(categories);
      expect(await db.partnerships.toArray()).toEqual(written.partnerships);
      const sort = (l: Institution[]) => [...l].sort((x, y) => x.id.localeCompare(y.id));
      expect(sort(await readInstitutions(db, P))).toEqual(sort(written.institutions.filter((i) => i.projectId === P)));
      expect(await readInstitutions(db, Q)).toEqual(written.institutions.filter((i) => i.projectId === Q));
      expect(db.tables.map((t) => t.name)).not.toContain('institutions');
    });
  }
});
