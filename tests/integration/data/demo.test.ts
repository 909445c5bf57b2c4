import { describe, expect, it } from 'vitest';
import { freshDb } from '../../helpers/db';
import { realPlaces } from '../../helpers/places';
import { createDemoProject, DEMO_PROJECT_NAME } from '../../../src/data/demo/loadDemo';
import { deleteProject } from '../../../src/data/repositories/projects';
import { readInstitutions } from '../../../src/data/repositories/institutions';

describe('demo project', () => {
  it('is written in one go, clearly fictional, and deleted in one step', async () => {
    const db = freshDb();
    const id = await createDemoProject(db, realPlaces());
    const project = await db.projects.get(id);
    expect(project?.isDemo).toBe(true);
    expect(project?.name).toContain('Beispieldaten – fiktiv');
    expect(DEMO_PROJECT_NAME).toContain('fiktiv');
    const institutions = await readInstitutions(db, id);
    expect(institutions.every((i) => i.source === 'Beispieldaten – fiktiv' && i.tags.includes('fiktiv'))).toBe(true);
    const ids = new Set(institutions.map((i) => i.id));
    const partnerships = await db.partnerships.where('projectId').equals(id).toArray();
    expect(partnerships.every((p) => ids.has(p.a) && ids.has(p.b))).toBe(true);
    await deleteProject(db, id);
    expect(await db.institutionBlocks.count()).toBe(0);
    expect(await db.partnerships.count()).toBe(0);
  });
});
