import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Delimiter } from '../../../../src/data/import/delimiter';
import { detectDelimiter } from '../../../../src/data/import/delimiter';
import { IMPORT_FIELDS } from '../../../../src/data/import/mapping';
import type { Mapping } from '../../../../src/data/import/mapping';
import { parseDecimal } from '../../../../src/data/import/numbers';
import { MSG_NO_DATA, readCsv } from '../../../../src/data/import/readCsv';
import { validateRows } from '../../../../src/data/import/validate';
import { latin1, utf8 } from './helpers';

/** Characters that make CSV hard: delimiters, quotes, line breaks, umlauts, digits and signs. */
const TRICKY = ['a', 'Z', 'ä', 'Ö', 'ü', 'ß', ' ', ';', ',', '\t', '"', '\n', '\r\n', '\r', '1', '9', '.', '-', "'", '<'];
const trickyString = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 12 });
const anyString = fc.oneof(trickyString, fc.string(), fc.string({ unit: 'binary', maxLength: 20 }));

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

describe('readCsv (properties)', () => {
  const check = (bytes: Uint8Array) => {
    const result = readCsv(bytes);
    if (!result.ok) {
      expect(result.message).toMatch(/^Die Datei /);
      return;
    }
    expect(result.headers.length).toBeGreaterThan(0);
    expect(new Set(result.headers).size).toBe(result.headers.length);
    for (const h of result.headers) expect(h).toBe(h.trim());
    expect(result.rows.length).toBeGreaterThan(0);
    for (const row of result.rows) expect(row).toHaveLength(result.headers.length);
    for (const r of result.raggedRows) expect(r).toBeGreaterThanOrEqual(result.firstRow);
  };

  it('never throws for arbitrary bytes and answers ok or with a German message', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), check));
  });

  it('never throws for arbitrary text encoded as UTF-8', () => {
    fc.assert(fc.property(fc.oneof(anyString, fc.array(trickyString).map((a) => a.join(''))), fc.boolean(), (s, bom) => check(utf8(s, bom))));
  });
});

describe('validateRows (properties)', () => {
  const index = fc.option(fc.oneof(fc.integer({ min: -2, max: 8 }), fc.double()), { nil: null });
  const mapping = fc.record(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, index])) as Record<keyof Mapping, typeof index>);

  it('never throws, numbers rows within the input and gives every error row an error issue', () => {
    fc.assert(fc.property(
      fc.array(anyString, { maxLength: 8 }),
      fc.array(fc.array(anyString, { maxLength: 9 }), { maxLength: 12 }),
      mapping,
      fc.array(anyString, { maxLength: 4 }),
      fc.array(fc.record({ name: anyString, town: anyString }), { maxLength: 3 }),
      fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
      fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 4 }),
      (headers, rows, m, knownCategories, existing, firstRow, raggedRows) => {
        const { results, issues } = validateRows({ headers, rows, mapping: m, knownCategories, existing, source: 'x', firstRow, raggedRows });
        const first = firstRow ?? 2;
        const resultRows = new Set(results.map((r) => r.row));
        for (const r of results) {
          expect(r.row).toBeGreaterThanOrEqual(first);
          expect(r.row).toBeLessThan(first + rows.length);
          const own = issues.filter((i) => i.row === r.row);
          if (r.status === 'error') expect(own.some((i) => i.severity === 'error')).toBe(true);
          if (r.status === 'warning') expect(own.length > 0 && own.every((i) => i.severity === 'warning')).toBe(true);
          if (r.status === 'ok') expect(own).toEqual([]);
        }
        for (const i of issues) {
          expect(resultRows.has(i.row)).toBe(true);
          expect(i.message.startsWith(`Zeile ${i.row}: `)).toBe(true);
          if (i.code === 'duplicate') expect(i.duplicateOf === 0 || resultRows.has(i.duplicateOf ?? -1)).toBe(true);
        }
      },
    ));
  });
});

describe('CSV round trip (properties)', () => {
  const headerName = fc.string({ unit: fc.constantFrom('a', 'b', 'K', 'ä', 'Ü', 'ß', '1', ' ', '-'), minLength: 1, maxLength: 8 })
    .map((s) => s.trim()).filter((s) => s !== '');
  const cell = fc.string({ unit: fc.constantFrom(...TRICKY.filter((c) => c !== '<')), maxLength: 10 });

  const serialise = (cells: readonly string[], delimiter: Delimiter, forceQuotes: readonly boolean[]) =>
    cells.map((c, i) => {
      const needs = c.includes(delimiter) || /["\r\n]/.test(c);
      return needs || forceQuotes[i] ? `"${c.replace(/"/g, '""')}"` : c;
    }).join(delimiter);

  it('reads back exactly the cells of any table written with proper quoting', () => {
    fc.assert(fc.property(
      fc.uniqueArray(headerName, { minLength: 2, maxLength: 6 }),
      fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
      fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      fc.constantFrom<Delimiter>(';', ',', '\t'),
      fc.constantFrom('\n', '\r\n'),
      fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'),
      fc.boolean(),
      (headers, rawRows, forceQuotes, delimiter, newline, encoding, trailingNewline) => {
        const rows = rawRows.map((r) => r.slice(0, headers.length));
        const lines = [headers, ...rows].map((r) => serialise(r, delimiter, forceQuotes));
        const text = lines.join(newline) + (trailingNewline ? newline : '');
        const bytes = encoding === 'windows-1252' ? latin1(text) : utf8(text, encoding === 'utf-8-bom');

        expect(detectDelimiter(text)).toBe(delimiter);
        const expected = [...rows];
        while (expected.length > 0 && isBlank(expected[expected.length - 1])) expected.pop();
        const result = readCsv(bytes);
        if (expected.length === 0) {
          expect(result).toEqual({ ok: false, message: MSG_NO_DATA });
          return;
        }
        expect(result).toMatchObject({ ok: true, delimiter, headers, rows: expected, raggedRows: [], firstRow: 2 });
      },
    ), { numRuns: 300 });
  });
});

describe('parseDecimal (properties)', () => {
  it('reads back any finite number written with a decimal comma or point', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), (x, comma) => {
      const written = comma ? String(x).replace('.', ',') : String(x);
      // String(-0) is "0", so -0 reads back as 0
      expect(parseDecimal(written)).toEqual({ ok: true, value: Object.is(x, -0) ? 0 : x });
    }));
  });

  it('never throws and never returns a non-finite number', () => {
    fc.assert(fc.property(anyString, (s) => {
      const r = parseDecimal(s);
      if (r.ok && r.value !== null) expect(Number.isFinite(r.value)).toBe(true);
    }));
  });
});
