import { describe, expect, it } from 'vitest';
import { freshDb } from '../../helpers/db';
import { createProject, deleteProject } from '../../../src/data/repositories/projects';
import { addInstitutions, deleteInstitution, getInstitution, readInstitutions } from '../../../src/data/repositories/institutions';
import { addPartnerships } from '../../../src/data/repositories/partnerships';
import { DEFAULT_CATEGORIES } from '../../../src/domain/categories';
import { emptyDraft, type InstitutionDraft } from '../../../src/domain/institution';
import type { ProjectId } from '../../../src/domain/ids';

const draft = (name: string, extra: Partial<InstitutionDraft> = {}): InstitutionDraft => ({ ...emptyDraft(), name, category: 'Kita', town: 'Jena', ...extra });

describe('projects', () => {
  it('start with the default categories in their order', async () => {
    const db = freshDb();
    const id = await createProject(db, 'Sozialraum Gera');
    const cats = await db.categories.where('projectId').equals(id).sortBy('order');
    expect(cats.map((c) => c.name)).toEqual(DEFAULT_CATEGORIES.map((c) => c.name));
    expect((await db.projects.get(id))?.name).toBe('Sozialraum Gera');
  });

  it('are deleted with everything in them, leaving other projects alone', async () => {
    const db = freshDb();
    const keep = await createProject(db, 'Landesnetzwerk');
    const drop = await createProject(db, 'Alt');
    await addInstitutions(db, keep, [draft('A')]);
    const [x, y] = await addInstitutions(db, drop, [draft('X'), draft('Y')]);
    await addPartnerships(db, drop, [{ a: x.id, b: y.id, type: 'Austausch im Gremium', intensity: 2, since: '', until: '', note: '' }]);
    await deleteProject(db, drop);
    expect(await db.projects.count()).toBe(1);
    expect(await readInstitutions(db, drop)).toEqual([]);
    expect(await db.institutionBlocks.where('projectId').equals(drop).count()).toBe(0);
    expect(await db.partnerships.count()).toBe(0);
    expect(await db.categories.where('projectId').equals(drop).count()).toBe(0);
    expect((await readInstitutions(db, keep)).map((i) => i.name)).toEqual(['A']);
  });
});

describe('institutions', () => {
  it('of a mid-sized project are read whole in a few requests (each waits behind a map frame in the app)', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    await addInstitutions(db, p, Array.from({ length: 5000 }, (_, i) => draft(`E${i}`)));
    const table = db.institutionBlocks;
    const bulkGet = table.bulkGet.bind(table);
    let requests = 0;
    table.bulkGet = ((keys: string[]) => {
      requests++;
      return bulkGet(keys);
    }) as typeof table.bulkGet;
    const read = await readInstitutions(db, p);
    expect(read).toHaveLength(5000);
    expect(new Set(read.map((i) => i.name)).size).toBe(5000);
    expect(requests).toBeLessThanOrEqual(3); // 256 blocks: 8, then the rest (was 32 requests)
  });

  it('are written all or nothing: a failing record leaves the earlier data exactly as it was', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    await addInstitutions(db, p, [draft('Bestand 1'), draft('Bestand 2')]);
    const before = await readInstitutions(db, p);
    // A function cannot be stored in IndexedDB: the third record makes the write fail.
    const broken = { ...draft('Kaputt'), note: (() => 1) as unknown as string };
    await expect(addInstitutions(db, p, [draft('Neu 1'), draft('Neu 2'), broken], [{ name: 'Neue Kategorie', color: '#000000', symbol: 'N' }])).rejects.toThrow();
    expect(await readInstitutions(db, p)).toEqual(before);
    expect(await db.categories.where('[projectId+name]').equals([p, 'Neue Kategorie']).count()).toBe(0);
  });

  it('refuse to go into a project that no longer exists', async () => {
    const db = freshDb();
    await expect(addInstitutions(db, 'weg' as ProjectId, [draft('A')])).rejects.toThrow(/Projekt/);
    expect(await db.institutionBlocks.count()).toBe(0);
  });

  it('create the new categories they bring, after the existing ones', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    await addInstitutions(db, p, [draft('A', { category: 'Stadtteilmütter' })], [{ name: 'Stadtteilmütter', color: '#123456', symbol: 'St' }]);
    const cat = await db.categories.get([p, 'Stadtteilmütter']);
    expect(cat?.order).toBe(DEFAULT_CATEGORIES.length);
  });

  it('keep a name with markup exactly as text', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const [i] = await addInstitutions(db, p, [draft('<img src=x onerror=alert(1)>')]);
    expect((await getInstitution(db, p, i.id))?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('take their partnerships with them when deleted, and report both for undo', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const [a, b, c] = await addInstitutions(db, p, [draft('A'), draft('B'), draft('C')]);
    const base = { type: 'Austausch im Gremium', intensity: 1 as const, since: '', until: '', note: '' };
    await addPartnerships(db, p, [{ ...base, a: a.id, b: b.id }, { ...base, a: c.id, b: a.id }, { ...base, a: b.id, b: c.id }]);
    const removed = await deleteInstitution(db, p, a.id);
    expect(removed.institution?.name).toBe('A');
    expect(removed.partnerships).toHaveLength(2);
    expect(await db.partnerships.count()).toBe(1);
    expect((await readInstitutions(db, p)).map((i) => i.name).sort()).toEqual(['B', 'C']);
  });

  it('are kept in blocks by id, so a thousand rows take at most 256 records', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const added = await addInstitutions(db, p, Array.from({ length: 1000 }, (_, k) => draft(`E${k}`)));
    expect(await db.institutionBlocks.count()).toBeLessThanOrEqual(256);
    const stored = await readInstitutions(db, p);
    expect(stored).toHaveLength(1000);
    expect(new Set(stored.map((i) => i.id))).toEqual(new Set(added.map((i) => i.id)));
    // A later add merges into the existing blocks instead of replacing them.
    await addInstitutions(db, p, [draft('Nachzügler')]);
    expect(await readInstitutions(db, p)).toHaveLength(1001);
  });
});
