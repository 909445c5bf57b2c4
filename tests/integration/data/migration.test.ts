import { describe, expect, it } from 'vitest';
import { versionedDb } from '../../helpers/db';
import { SCHEMA } from '../../../src/data/db';
import { createProject } from '../../../src/data/repositories/projects';
import { addInstitutions } from '../../../src/data/repositories/institutions';
import { addPartnerships } from '../../../src/data/repositories/partnerships';
import { emptyDraft } from '../../../src/domain/institution';

const previous = SCHEMA[SCHEMA.length - 2].version;

describe(`opening a database written by schema version ${previous}`, () => {
  it('finds every project, category, institution and partnership intact', async () => {
    const dbs = versionedDb(previous);
    const old = dbs.old();
    const p = await createProject(old, 'Sozialraum Gera');
    const [a, b] = await addInstitutions(old, p, [
      { ...emptyDraft(), name: 'ThEKiZ „Sonnenschein“ Gera', category: 'ThEKiZ', town: 'Gera', lat: 50.88, lon: 12.08, locationQuality: 'exact', tags: ['Sozialraum Ost', 'Pilot'] },
      { ...emptyDraft(), name: 'Familienberatung; Gera\nOst', category: 'Erziehungs- und Familienberatung', town: 'Gera' },
    ]);
    await addPartnerships(old, p, [{ a: a.id, b: b.id, type: 'gemeinsames Angebot', intensity: 3, since: '2019-04', until: '', note: 'Sprechstunde donnerstags' }]);
    const before = {
      projects: await old.projects.toArray(),
      categories: await old.categories.toArray(),
      institutions: await old.institutions.toArray(),
      partnerships: await old.partnerships.toArray(),
    };
    expect(old.verno).toBe(previous);
    old.close();

    const db = dbs.current();
    await db.open();
    expect(db.verno).toBe(SCHEMA[SCHEMA.length - 1].version);
    expect(await db.projects.toArray()).toEqual(before.projects);
    expect(await db.categories.toArray()).toEqual(before.categories);
    expect(await db.institutions.toArray()).toEqual(before.institutions);
    expect(await db.partnerships.toArray()).toEqual(before.partnerships);
    // The queries the app makes still work on the upgraded database.
    expect(await db.institutions.where('projectId').equals(p).count()).toBe(2);
    expect(await db.partnerships.where('a').equals(a.id).count()).toBe(1);
  });
});
