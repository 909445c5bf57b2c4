import { describe, expect, it } from 'vitest';
import { freshDb, versionedDb } from '../../helpers/db';
import { SCHEMA } from '../../../src/data/db';
import { addInstitutions, readInstitutions } from '../../../src/data/repositories/institutions';
import { deleteProject } from '../../../src/data/repositories/projects';
import { deleteScenario, listScenarios, saveScenario } from '../../../src/data/repositories/scenarios';
import { emptyDraft } from '../../../src/domain/institution';
import type { ProjectId } from '../../../src/domain/ids';

const P = 'p1' as ProjectId;
const Q = 'p2' as ProjectId;
const site = { id: 'h1', name: 'Neues Zentrum 1', lon: 10.69, lat: 50.61 };

describe('saved what-if scenarios', () => {
  it('saves, replaces by name, lists by project and deletes', async () => {
    const db = freshDb();
    const a = await saveScenario(db, P, '  Suhl  ', [site], ['t1']);
    expect(a.name).toBe('Suhl');
    await saveScenario(db, P, 'Ausbau Süd', [], ['t2']);
    await saveScenario(db, Q, 'Suhl', [site], []);
    const again = await saveScenario(db, P, 'Suhl', [site, { ...site, id: 'h2' }], []);
    expect(again.id).toBe(a.id);
    const list = await listScenarios(db, P);
    expect(list.map((s) => [s.name, s.added.length, s.removed])).toEqual([['Ausbau Süd', 0, ['t2']], ['Suhl', 2, []]]);
    await deleteScenario(db, a.id);
    expect((await listScenarios(db, P)).map((s) => s.name)).toEqual(['Ausbau Süd']);
    await expect(saveScenario(db, P, '   ', [], [])).rejects.toThrow('Namen');
  });

  it('go with their project', async () => {
    const db = freshDb();
    await db.projects.add({ id: P, name: 'A', description: '', isDemo: false, createdAt: '', updatedAt: '' });
    await saveScenario(db, P, 'Suhl', [site], []);
    await saveScenario(db, Q, 'Bleibt', [], []);
    await deleteProject(db, P);
    expect(await listScenarios(db, P)).toEqual([]);
    expect(await listScenarios(db, Q)).toHaveLength(1);
  });

  it('a database of schema version 4 opens with its institutions intact and an empty scenario table', async () => {
    const dbs = versionedDb(4);
    const old = dbs.old();
    await old.projects.add({ id: P, name: 'A', description: '', isDemo: false, createdAt: '', updatedAt: '' });
    await addInstitutions(old, P, [{ ...emptyDraft(), name: 'ThEKiZ Suhl', category: 'ThEKiZ', lon: 10.69, lat: 50.61, locationQuality: 'exact' }]);
    const before = await readInstitutions(old, P);
    old.close();
    const db = dbs.current();
    await db.open();
    expect(db.verno).toBe(SCHEMA[SCHEMA.length - 1].version);
    expect(await readInstitutions(db, P)).toEqual(before);
    expect(await listScenarios(db, P)).toEqual([]);
  });
});
