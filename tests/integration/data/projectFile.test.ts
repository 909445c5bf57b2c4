import { describe, expect, it } from 'vitest';
import { freshDb } from '../../helpers/db';
import { realPlaces } from '../../helpers/places';
import { createDemoProject } from '../../../src/data/demo/loadDemo';
import { exportProjectFile, importProjectFile, readProject } from '../../../src/data/repositories/projectFile';
import type { Institution } from '../../../src/domain/institution';

describe('project file through the database', () => {
  it('opens as a new project with the same institutions, partnerships and categories, also twice', async () => {
    const db = freshDb();
    const source = await createDemoProject(db, realPlaces());
    const text = await exportProjectFile(db, source);
    const first = await importProjectFile(db, text);
    const second = await importProjectFile(db, text);
    if (!first.ok || !second.ok) throw new Error('Import fehlgeschlagen');
    expect(first.warnings).toEqual([]);
    expect(new Set([source, first.projectId, second.projectId]).size).toBe(3);

    const a = await readProject(db, source);
    const b = await readProject(db, first.projectId);
    expect(b.project.name).toBe(a.project.name);
    expect(b.categories.map(({ projectId: _, ...c }) => c)).toEqual(a.categories.map(({ projectId: _, ...c }) => c));
    // Same institutions apart from ids; partnerships link the same pairs by name.
    const strip = ({ id: _i, projectId: _p, ...rest }: Institution) => rest;
    const byKey = (l: Institution[]) => l.map(strip).sort((x, y) => (x.name + x.lat).localeCompare(y.name + y.lat));
    expect(byKey(b.institutions)).toEqual(byKey(a.institutions));
    const pairs = (d: typeof a) => {
      const name = new Map(d.institutions.map((i) => [i.id, `${i.name}@${i.lat}`]));
      return d.partnerships.map((p) => [name.get(p.a), name.get(p.b), p.type, p.intensity, p.since].join('|')).sort();
    };
    expect(pairs(b)).toEqual(pairs(a));
  });

  it('refuses a file that is not a project file, writing nothing', async () => {
    const db = freshDb();
    const result = await importProjectFile(db, '{"hallo": 1}');
    expect(result).toEqual({ ok: false, message: 'Die Datei ist keine Projektdatei der Netzwerkkarte.' });
    expect(await db.projects.count()).toBe(0);
  });
});
