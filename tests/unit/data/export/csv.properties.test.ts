/**
 * Property tests: the institution CSV export read back by the app's own CSV import.
 *
 * What comes back differs from what was exported in documented ways only:
 * - None in the text fields: a cell starting with "=", "+", "-" or "@" (not a plain negative
 *   number such as "-12") is neutralised with a leading "'", which the import takes off again.
 * - Coordinates are written with 6 decimals, so they come back within 1e-6.
 *
 * Restrictions of the generators, because the import deliberately cleans what it reads:
 * - Texts have no leading or trailing white space (the import trims every cell), hence also
 *   no leading TAB or CR (which would be neutralised), and only the TRICKY characters
 *   (no other control characters, which could make the file look binary).
 * - The name is never blank (a row without a name is rejected).
 * - Categories come from a fixed list of distinct names (the import matches known categories
 *   ignoring case and repeated spaces, and turns an empty category into "Sonstige").
 * - A postcode is never exactly 4 digits (the import adds the leading 0 that Excel drops).
 * - An e-mail address never starts with "mailto:" (the import removes it).
 * - Tags are non-empty, distinct, without ",", ";" or "|" (the import splits on them) and do
 *   not start with "'" (so the neutralised first tag cannot equal another one).
 * - Latitude and longitude are both set or both null (a half pair is dropped by the import).
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { institutionsToCsv, neutralizeCell, toCsv } from '../../../../src/data/export/csv';
import { proposeMapping } from '../../../../src/data/import/mapping';
import { readCsv } from '../../../../src/data/import/readCsv';
import { validateRows } from '../../../../src/data/import/validate';
import type { ProjectId } from '../../../../src/domain/ids';
import { expectImported, importableInstitutions, toInstitution, trickyText } from './arbitraries';

describe('institution CSV read back by the CSV import (properties)', () => {
  it('gives back every field exactly (neutralisation undone on import), coordinates within 1e-6', () => {
    fc.assert(fc.property(importableInstitutions, (fields) => {
      const list = fields.map((f, i) => toInstitution(`id-${i}`, 'p' as ProjectId, f));
      const read = readCsv(new TextEncoder().encode(institutionsToCsv(list)));
      if (!read.ok) throw new Error(read.message);
      expect(read.delimiter).toBe(';');
      const mapping = proposeMapping(read.headers);
      const { results } = validateRows({ ...read, mapping, knownCategories: [...new Set(list.map((i) => i.category))], source: 'Test' });

      expectImported(list, results);
    }), { numRuns: 200 });
  });
});

describe('toCsv (properties)', () => {
  it('gives back every cell neutralised when parsed with PapaParse, whatever the text', () => {
    const cell = fc.oneof(trickyText, fc.string());
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 5 }).chain((width) => fc.tuple(
        // Header cells are never empty: a table of one empty cell would be an empty text.
        fc.array(cell.filter((s) => s !== ''), { minLength: width, maxLength: width }),
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
      )),
      ([headers, rows]) => {
        const csv = toCsv(headers, rows);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(csv.endsWith('\r\n')).toBe(true);
        const parsed = Papa.parse<string[]>(csv.slice(1, -2), { delimiter: ';', newline: '\r\n', quoteChar: '"' });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data).toEqual([headers, ...rows].map((r) => r.map(neutralizeCell)));
      },
    ), { numRuns: 300 });
  });

  it('never leaves a cell starting with a formula character, except plain negative numbers', () => {
    fc.assert(fc.property(trickyText, (value) => {
      const safe = neutralizeCell(value);
      if (/^[=+\-@\t\r]/.test(safe)) expect(safe).toMatch(/^-(?:\d+(?:[.,]\d+)?|[.,]\d+)$/);
    }));
  });
});
