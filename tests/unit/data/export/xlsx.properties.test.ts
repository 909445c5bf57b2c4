/**
 * Property test: the institution list exported as .xlsx and read back by the app's own
 * import (readTable → proposeMapping → validateRows, as the import wizard does) gives back
 * every field. The generators and the documented differences are those of the CSV round trip
 * (csv.properties.test.ts): texts without leading or trailing blanks, coordinates within 1e-6
 * (written with 6 decimals, as in the CSV). Unlike the CSV, no text is changed in the file:
 * a cell starting with = + - @ is a text cell and stays as it is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { institutionsSheet, partnershipsSheet } from '../../../../src/data/export/lists';
import { sheetsToXlsx } from '../../../../src/data/export/xlsx';
import { proposeMapping } from '../../../../src/data/import/mapping';
import { readTable } from '../../../../src/data/import/readTable';
import { validateRows } from '../../../../src/data/import/validate';
import type { ProjectId } from '../../../../src/domain/ids';
import { expectImported, importableInstitutions, sampleInstitution, samplePartnership, toInstitution } from './arbitraries';

describe('institution .xlsx read back by the import (properties)', () => {
  it('gives back every field, coordinates within 1e-6', async () => {
    await fc.assert(fc.asyncProperty(importableInstitutions, async (fields) => {
      const list = fields.map((f, i) => toInstitution(`id-${i}`, 'p' as ProjectId, f));
      const { format, result: read } = await readTable('einrichtungen.xlsx', await sheetsToXlsx([institutionsSheet(list, 'Test')]));
      if (!read.ok) throw new Error(read.message);
      expect(format).toBe('xlsx');
      const mapping = proposeMapping(read.headers);
      const { results } = validateRows({ ...read, mapping, knownCategories: [...new Set(list.map((i) => i.category))], source: 'Test' });
      expectImported(list, results);
    }), { numRuns: 60 });
  });

  it('reads the texts exactly as written, also those starting with = + - @', async () => {
    const list = ['=SUMME(A1:A9)', '+49 361 12345', '-Minus', '@Team', '-12'].map((name, k) => sampleInstitution({ id: `i${k}` as never, name, note: name }));
    const { result } = await readTable('e.xlsx', await sheetsToXlsx([institutionsSheet(list, null)]));
    if (!result.ok) throw new Error(result.message);
    expect(result.rows.map((r) => r[0])).toEqual(list.map((i) => i.name));
  });
});

describe('partnership .xlsx', () => {
  it('has the header of the CSV in row 1 and the intensity as a number the import reads', async () => {
    const p = samplePartnership();
    const { result } = await readTable('p.xlsx', await sheetsToXlsx([partnershipsSheet([p], [sampleInstitution()], 'Test')]));
    if (!result.ok) throw new Error(result.message);
    expect(result.headers).toEqual(['Einrichtung A', 'Einrichtung B', 'ID A', 'ID B', 'Art', 'Intensität', 'Seit', 'Bis', 'Notiz']);
    expect(result.rows[0]).toEqual(['ThEKiZ Sonnenschein', '', 'inst-1', 'inst-2', 'Kooperationsvereinbarung', '3', '2019-05-01', '', 'Sprechstunde im Zentrum']);
  });
});
