import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProjectFile, PROJECT_FORMAT, toProjectFile } from '../../../../src/data/export/projectFile';
import type { ProjectFileResult } from '../../../../src/data/export/projectFile';
import type { ProjectId } from '../../../../src/domain/ids';
import { anyText, projectData, sortedData } from './arbitraries';

const NEW_ID = 'neues-projekt' as ProjectId;

/** A result is either ok with data and warnings, or a German message; and nothing else. */
function checkShape(result: ProjectFileResult): void {
  if (result.ok) {
    expect(result.data.project.id).toBe(NEW_ID);
    for (const r of [...result.data.categories, ...result.data.institutions, ...result.data.partnerships]) {
      expect(r.projectId).toBe(NEW_ID);
    }
    const ids = new Set(result.data.institutions.map((i) => i.id));
    for (const p of result.data.partnerships) expect(ids.has(p.a) && ids.has(p.b) && p.a !== p.b).toBe(true);
    for (const w of result.warnings) expect(typeof w).toBe('string');
  } else {
    expect(result.message).toMatch(/^Die (Projekt)?[Dd]atei /);
  }
}

describe('project file (properties)', () => {
  it('reads back exactly the project it wrote, without warnings', () => {
    fc.assert(fc.property(projectData, anyText, (data, exportedAt) => {
      const result = parseProjectFile(toProjectFile(data, exportedAt), data.project.id);
      if (!result.ok) throw new Error(result.message);
      expect(result.warnings).toEqual([]);
      expect(sortedData(result.data)).toEqual(sortedData(data));
    }), { numRuns: 150 });
  });

  it('writes the same text for the same project whatever the order of its lists', () => {
    fc.assert(fc.property(projectData, (data) => {
      const reversed = {
        project: data.project,
        categories: [...data.categories].reverse(),
        institutions: [...data.institutions].reverse(),
        partnerships: [...data.partnerships].reverse(),
      };
      expect(toProjectFile(reversed, 'x')).toBe(toProjectFile(data, 'x'));
    }), { numRuns: 50 });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), anyText), (text) => {
      checkShape(parseProjectFile(text, NEW_ID));
    }), { numRuns: 300 });
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      checkShape(parseProjectFile(JSON.stringify(value) ?? '', NEW_ID));
    }), { numRuns: 300 });
  });

  it('never throws on project files with arbitrary records', () => {
    const value = fc.oneof(fc.jsonValue(), anyText, fc.constantFrom(1, 2, 3, -91, 181, null));
    const record = fc.dictionary(
      fc.constantFrom('id', 'a', 'b', 'name', 'tags', 'lat', 'lon', 'locationQuality', 'intensity', 'color', 'order', 'constructor', '__proto__'),
      value,
    );
    const list = fc.oneof(fc.array(fc.oneof(record, value), { maxLength: 8 }), value);
    fc.assert(fc.property(
      fc.record({
        format: fc.oneof(fc.constant(PROJECT_FORMAT), value),
        formatVersion: fc.oneof(fc.constant(1), value),
        project: fc.oneof(record, value),
        categories: list,
        institutions: list,
        partnerships: list,
      }, { requiredKeys: [] }),
      (file) => checkShape(parseProjectFile(JSON.stringify(file), NEW_ID)),
    ), { numRuns: 500 });
  });

  it('never throws when the ends of partnerships are arbitrary ids of the file', () => {
    const ids = ['i1', 'i2', 'i3', '', 'x'];
    fc.assert(fc.property(
      fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 4 }),
      fc.array(fc.record({ id: fc.constantFrom('p1', 'p2', 'p3'), a: fc.constantFrom(...ids), b: fc.constantFrom(...ids), intensity: fc.integer({ min: 0, max: 4 }) }), { maxLength: 5 }),
      (institutionIds, partnerships) => {
        const text = JSON.stringify({
          format: PROJECT_FORMAT, formatVersion: 1, project: {}, categories: [],
          institutions: institutionIds.map((id) => ({ id })), partnerships,
        });
        checkShape(parseProjectFile(text, NEW_ID));
      },
    ), { numRuns: 300 });
  });
});
