import { describe, expect, it } from 'vitest';
import type { InstitutionId, PartnershipId, ProjectId } from '../../../../src/domain/ids';
import {
  duplicateIdMessage, missingListMessage, MSG_BAD_VERSION, MSG_NO_PROJECT, MSG_NOT_JSON, MSG_NOT_PROJECT_FILE,
  parseProjectFile, PROJECT_FORMAT, PROJECT_FORMAT_VERSION, toProjectFile,
} from '../../../../src/data/export/projectFile';
import type { ProjectFile, ProjectFileResult } from '../../../../src/data/export/projectFile';
import type { ProjectData } from './arbitraries';
import { sampleInstitution, samplePartnership } from './arbitraries';

const NEW_ID = 'new-project' as ProjectId;
const pid = 'proj-1' as ProjectId;

const data: ProjectData = {
  project: { id: pid, name: 'Landesnetzwerk', description: 'Test', isDemo: false, createdAt: '2024-01-01', updatedAt: '2024-02-01' },
  categories: [
    { projectId: pid, name: 'Kita', color: '#e69f00', symbol: 'K', order: 2 },
    { projectId: pid, name: 'ThEKiZ', color: '#d55e00', symbol: 'T', order: 1 },
  ],
  institutions: [
    sampleInstitution({ id: 'inst-2' as InstitutionId, name: 'Kita Regenbogen', createdAt: '2024-01-01T00:00:00.000Z' }),
    sampleInstitution({ id: 'inst-3' as InstitutionId, name: 'Beratung', createdAt: '2023-06-01T00:00:00.000Z' }),
    sampleInstitution({ id: 'inst-1' as InstitutionId, createdAt: '2024-01-01T00:00:00.000Z' }),
  ],
  partnerships: [
    samplePartnership({ id: 'part-2' as PartnershipId, a: 'inst-1' as InstitutionId, b: 'inst-3' as InstitutionId }),
    samplePartnership({ id: 'part-1' as PartnershipId }),
  ],
};

/** A valid file as an object, with `change` applied, as JSON text. */
function fileWith(change: (f: ProjectFile) => void): string {
  const file = JSON.parse(toProjectFile(data, '2025-01-01T00:00:00.000Z')) as ProjectFile;
  change(file);
  return JSON.stringify(file);
}

function ok(result: ProjectFileResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('planning area in the project file', () => {
  it('is written when chosen and read back; missing means Thuringia', () => {
    const saxony = { ...data, project: { ...data.project, area: '14' } };
    const text = toProjectFile(saxony, 'x');
    expect(JSON.parse(text).project.area).toBe('14');
    expect(ok(parseProjectFile(text, NEW_ID)).data.project.area).toBe('14');
    expect(JSON.parse(toProjectFile(data, 'x')).project).not.toHaveProperty('area');
    expect(ok(parseProjectFile(toProjectFile(data, 'x'), NEW_ID)).data.project.area).toBeUndefined();
  });

  it('warns about an unknown area and keeps the project (for Thuringia)', () => {
    const result = ok(parseProjectFile(fileWith((f) => { (f.project as Record<string, unknown>).area = '<b>99</b>'; }), NEW_ID));
    expect(result.data.project.area).toBeUndefined();
    expect(result.warnings).toEqual(['Das Planungsgebiet „<b>99</b>“ ist unbekannt; das Projekt gilt für Thüringen.']);
  });
});

describe('toProjectFile', () => {
  const file = JSON.parse(toProjectFile(data, '2025-01-01T00:00:00.000Z')) as ProjectFile;

  it('writes the format name, version and export time', () => {
    expect(file.format).toBe('netzwerkkarte-thekiz-projekt');
    expect(PROJECT_FORMAT).toBe('netzwerkkarte-thekiz-projekt');
    expect(file.formatVersion).toBe(PROJECT_FORMAT_VERSION);
    expect(file.exportedAt).toBe('2025-01-01T00:00:00.000Z');
    expect(file.project).toEqual(data.project);
  });

  it('leaves projectId out of every record', () => {
    for (const r of [...file.categories, ...file.institutions, ...file.partnerships]) expect(r).not.toHaveProperty('projectId');
  });

  it('orders categories by order, institutions by createdAt then id, partnerships by id', () => {
    expect(file.categories.map((c) => c.name)).toEqual(['ThEKiZ', 'Kita']);
    expect(file.institutions.map((i) => i.id)).toEqual(['inst-3', 'inst-1', 'inst-2']);
    expect(file.partnerships.map((p) => p.id)).toEqual(['part-1', 'part-2']);
  });

  it('gives the same text whatever the order of the lists and of the fields', () => {
    const shuffled: ProjectData = {
      project: { ...data.project },
      categories: [...data.categories].reverse(),
      institutions: [...data.institutions].reverse().map((i) => Object.fromEntries(Object.entries(i).reverse()) as typeof i),
      partnerships: [...data.partnerships].reverse(),
    };
    expect(toProjectFile(shuffled, 'x')).toBe(toProjectFile(data, 'x'));
  });

  it('indents with 2 spaces', () => {
    expect(toProjectFile(data, 'x').split('\n')[1]).toBe('  "format": "netzwerkkarte-thekiz-projekt",');
  });
});

describe('parseProjectFile: errors', () => {
  it('rejects text that is not JSON with a German message', () => {
    expect(parseProjectFile('{"format": ', NEW_ID)).toEqual({ ok: false, message: MSG_NOT_JSON });
  });

  it.each(['[]', 'null', '"x"', '{}', '{"format":"geojson","formatVersion":1}'])('rejects %s as no project file', (text) => {
    expect(parseProjectFile(text, NEW_ID)).toEqual({ ok: false, message: 'Die Datei ist keine Projektdatei der Netzwerkkarte.' });
    expect(MSG_NOT_PROJECT_FILE).toBe('Die Datei ist keine Projektdatei der Netzwerkkarte.');
  });

  it('rejects a newer format version naming both versions', () => {
    const result = parseProjectFile(fileWith((f) => { f.formatVersion = 7; }), NEW_ID);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('Formatversion 7');
    expect(result.message).toContain(`bis Formatversion ${PROJECT_FORMAT_VERSION}`);
  });

  it.each([0, 1.5, '1', null])('rejects the format version %j', (version) => {
    const text = fileWith((f) => { (f as { formatVersion: unknown }).formatVersion = version; });
    expect(parseProjectFile(text, NEW_ID)).toEqual({ ok: false, message: MSG_BAD_VERSION });
  });

  it('rejects a file without project', () => {
    expect(parseProjectFile(fileWith((f) => { (f as { project: unknown }).project = []; }), NEW_ID))
      .toEqual({ ok: false, message: MSG_NO_PROJECT });
  });

  it.each(['categories', 'institutions', 'partnerships'] as const)('rejects a file whose list %s is missing', (key) => {
    expect(parseProjectFile(fileWith((f) => { delete (f as Partial<ProjectFile>)[key]; }), NEW_ID))
      .toEqual({ ok: false, message: missingListMessage(key) });
  });

  it('rejects two institutions with the same id', () => {
    const text = fileWith((f) => { f.institutions[1].id = f.institutions[0].id; });
    expect(parseProjectFile(text, NEW_ID)).toEqual({ ok: false, message: duplicateIdMessage('institutions', 'inst-3') });
  });

  it('rejects two partnerships with the same id', () => {
    const text = fileWith((f) => { f.partnerships[1].id = f.partnerships[0].id; });
    expect(parseProjectFile(text, NEW_ID)).toEqual({ ok: false, message: duplicateIdMessage('partnerships', 'part-1') });
  });
});

describe('parseProjectFile: normalisation', () => {
  it('gives every record the new project id and keeps institution and partnership ids', () => {
    const { data: read, warnings } = ok(parseProjectFile(toProjectFile(data, 'x'), NEW_ID));
    expect(warnings).toEqual([]);
    expect(read.project.id).toBe(NEW_ID);
    for (const r of [...read.categories, ...read.institutions, ...read.partnerships]) expect(r.projectId).toBe(NEW_ID);
    expect(read.institutions.map((i) => i.id)).toEqual(['inst-3', 'inst-1', 'inst-2']);
    expect(read.partnerships.map((p) => p.id)).toEqual(['part-1', 'part-2']);
  });

  it('fills missing or non-string texts with "" and a non-boolean isDemo with false', () => {
    const text = fileWith((f) => {
      Object.assign(f.project, { name: 42, isDemo: 'ja' });
      const i = f.institutions[0] as unknown as Record<string, unknown>;
      delete i.note;
      i.street = null;
      i.carrier = ['x'];
    });
    const { data: read } = ok(parseProjectFile(text, NEW_ID));
    expect(read.project).toMatchObject({ name: '', isDemo: false });
    expect(read.institutions[0]).toMatchObject({ note: '', street: '', carrier: '' });
  });

  it('drops tags that are no list, and tag entries that are no strings, with warnings', () => {
    const text = fileWith((f) => {
      (f.institutions[0] as { tags: unknown }).tags = 'Kita, Café';
      (f.institutions[1] as { tags: unknown }).tags = ['Kita', 3, null, 'Café'];
    });
    const { data: read, warnings } = ok(parseProjectFile(text, NEW_ID));
    expect(read.institutions[0].tags).toEqual([]);
    expect(read.institutions[1].tags).toEqual(['Kita', 'Café']);
    expect(warnings).toHaveLength(2);
  });

  it.each([
    [91, 11], [50, -180.5], ['50.9', 11], [50, null], [null, 11], [Number.NaN, 11],
  ])('drops the invalid coordinates %j / %j with a warning; the institution counts as unlocated', (lat, lon) => {
    const text = fileWith((f) => Object.assign(f.institutions[0], { lat, lon, name: 'Kita Nord' }));
    const { data: read, warnings } = ok(parseProjectFile(text, NEW_ID));
    expect(read.institutions[0]).toMatchObject({ lat: null, lon: null, locationQuality: 'none' });
    expect(warnings).toEqual([expect.stringContaining('Koordinaten von „Kita Nord“')]);
  });

  it('keeps coordinates on the limits ±90 and ±180', () => {
    const text = fileWith((f) => Object.assign(f.institutions[0], { lat: -90, lon: 180 }));
    expect(ok(parseProjectFile(text, NEW_ID)).data.institutions[0]).toMatchObject({ lat: -90, lon: 180 });
  });

  it('reads a coordinate of -0 as 0', () => {
    const text = fileWith((f) => Object.assign(f.institutions[0], { lat: 0, lon: 0 })).replace('"lat":0', '"lat":-0');
    expect(text).toContain('"lat":-0');
    expect(Object.is(ok(parseProjectFile(text, NEW_ID)).data.institutions[0].lat, 0)).toBe(true);
  });

  it('turns an unknown location quality into "none" with a warning', () => {
    const text = fileWith((f) => Object.assign(f.institutions[0], { locationQuality: 'gps' }));
    const { data: read, warnings } = ok(parseProjectFile(text, NEW_ID));
    expect(read.institutions[0].locationQuality).toBe('none');
    expect(warnings).toEqual([expect.stringContaining('„gps“')]);
  });

  it.each([0, 4, 2.5, '3', null])('turns the intensity %j into 2 with a warning', (intensity) => {
    const text = fileWith((f) => Object.assign(f.partnerships[0], { intensity }));
    const { data: read, warnings } = ok(parseProjectFile(text, NEW_ID));
    expect(read.partnerships[0].intensity).toBe(2);
    expect(warnings).toEqual([expect.stringContaining('Intensität')]);
  });

  it('drops a partnership to an institution not in the file, with a warning naming it', () => {
    const text = fileWith((f) => Object.assign(f.partnerships[0], { b: 'gone' }));
    const { data: read, warnings } = ok(parseProjectFile(text, NEW_ID));
    expect(read.partnerships.map((p) => p.id)).toEqual(['part-2']);
    expect(warnings).toEqual([
      'Die Partnerschaft „ThEKiZ Sonnenschein – gone“ (Kennung part-1) verweist auf eine Einrichtung, die nicht in der Datei steht, und wird übersprungen.',
    ]);
  });

  it('drops a partnership of an institution with itself, with a warning', () => {
    const text = fileWith((f) => Object.assign(f.partnerships[0], { b: f.partnerships[0].a }));
    const { data: read, warnings } = ok(parseProjectFile(text, NEW_ID));
    expect(read.partnerships.map((p) => p.id)).toEqual(['part-2']);
    expect(warnings).toEqual([expect.stringContaining('mit sich selbst')]);
  });

  it('skips entries that are no objects or have no id, with warnings', () => {
    const text = fileWith((f) => {
      (f.institutions as unknown[]).push(7, { name: 'Ohne Kennung' });
      (f.partnerships as unknown[]).push('x');
      (f.categories as unknown[]).push(null);
    });
    const { data: read, warnings } = ok(parseProjectFile(text, NEW_ID));
    expect(read.institutions).toHaveLength(3);
    expect(read.partnerships).toHaveLength(2);
    expect(read.categories).toHaveLength(2);
    expect(warnings).toHaveLength(4);
    expect(warnings).toContain('Die Einrichtung „Ohne Kennung“ hat keine Kennung (id) und wird übersprungen.');
  });

  it('skips categories without a name or with a repeated name, and colours one without colour', () => {
    const text = fileWith((f) => {
      (f.categories as unknown[]).push({ name: '  ', color: '#000' }, { name: 'Kita', color: '#111' }, { name: 'Neu', order: 'x' });
    });
    const { data: read, warnings } = ok(parseProjectFile(text, NEW_ID));
    expect(read.categories.map((c) => c.name)).toEqual(['ThEKiZ', 'Kita', 'Neu']);
    expect(read.categories[1].color).toBe('#e69f00');
    expect(read.categories[2]).toMatchObject({ color: '#bbbbbb', symbol: '', order: 4 });
    expect(warnings).toHaveLength(3);
  });
});
