import type { AreaOutline } from '../../analysis/areaOutline';
import type { InstitutionDraft } from '../../domain/institution';
import { emptyDraft } from '../../domain/institution';
import { checkCoordinates } from './coordinates';
import type { PlanningArea } from '../../domain/areas';
import { foldText } from './fold';
import type { ImportIssue, RowIssue } from './issues';
import { quoted } from './issues';
import type { ImportField, Mapping } from './mapping';
import { FIELD_LABELS } from './mapping';
import { endsBeforeStart, parsePartnershipDate } from './partnershipValues';

export type { ImportIssue, IssueCode } from './issues';

/** One imported row: the draft to store and how it fared (an 'error' row is not imported). */
export interface RowResult {
  /** File row number. */
  row: number;
  draft: InstitutionDraft;
  status: 'ok' | 'warning' | 'error';
  /** Gemeinde name from the file (not stored; it helps to locate a row without coordinates). */
  gemeinde: string;
}

/** What validateRows needs: the parsed table, the chosen mapping and what is already known. */
export interface ValidateInput {
  headers: string[];
  rows: string[][];
  mapping: Mapping;
  knownCategories: readonly string[];
  /** Records already in the project, to warn about duplicates. */
  existing?: readonly { name: string; town: string }[];
  /** Stored in every draft, e.g. "Import einrichtungen.csv". */
  source: string;
  /** File row number of rows[0]; default 2 (the header is row 1). */
  firstRow?: number;
  /** File row numbers with more cells than the header (from parseCsvText). */
  raggedRows?: readonly number[];
  /** The project's planning area (default Thuringia): coordinates outside it get a warning. */
  area?: PlanningArea;
  /** The area's outline: when given, "outside" means beyond its border, not beyond its bounding box. */
  outline?: AreaOutline | null;
}

const FALLBACK_CATEGORY = 'Sonstige';
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function categoryKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Key under which two institutions count as the same: folded name and town. */
export function duplicateKey(name: string, town: string): string {
  const fold = (s: string) => foldText(s) || s.trim().toLowerCase();
  return `${fold(name)}\u0000${fold(town)}`;
}

/** Reads the mapped cells of one row; unmapped or missing cells are ''. */
function cellReader(headers: readonly string[], mapping: Mapping, row: readonly unknown[]) {
  const index = (field: ImportField): number | null => {
    const i: unknown = mapping?.[field];
    return typeof i === 'number' && Number.isInteger(i) && i >= 0 ? i : null;
  };
  return {
    value: (field: ImportField): string => {
      const i = index(field);
      return i === null ? '' : unneutralize(text(row[i]).trim());
    },
    raw: (field: ImportField): string => {
      const i = index(field);
      return i === null ? '' : text(row[i]);
    },
    column: (field: ImportField): string => {
      const i = index(field);
      const header = i === null ? '' : text(headers[i]).trim();
      return header || FIELD_LABELS[field];
    },
  };
}

/**
 * Undoes the formula neutralisation of our own CSV export (and of other careful tools): a
 * leading apostrophe before = + - @ only kept Excel from computing the cell.
 */
export function unneutralize(cell: string): string {
  return /^'+[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

function splitTags(raw: string): string[] {
  const tags = raw.split(/[,;|]/).map((t) => t.trim()).filter((t) => t !== '');
  return [...new Set(tags)];
}

/** German postcodes have five digits; Excel drops the leading 0 of 04…, 06… and 07… codes. */
function fixPostcode(postcode: string): string {
  return /^\d{4}$/.test(postcode) ? `0${postcode}` : postcode;
}

/**
 * Turns parsed CSV rows into institution drafts and lists every problem as a German message
 * with the file row number. Blank rows are skipped. A missing name or an unreadable coordinate
 * rejects the row (status 'error'); unknown categories, half or suspicious coordinates,
 * duplicates (same name and town, ignoring case, umlaut spelling, spaces and punctuation),
 * bad e-mail addresses and over-long rows are warnings. Never throws.
 */
export function validateRows(input: ValidateInput): { results: RowResult[]; issues: ImportIssue[] } {
  const headers = Array.isArray(input.headers) ? input.headers : [];
  const rows = Array.isArray(input.rows) ? input.rows : [];
  const firstRow = Number.isInteger(input.firstRow) ? (input.firstRow as number) : 2;
  const ragged = new Set(input.raggedRows ?? []);
  const categories = new Map<string, string>();
  for (const c of input.knownCategories ?? []) categories.set(categoryKey(text(c)), text(c));
  const existing = new Set((input.existing ?? []).map((e) => duplicateKey(text(e?.name), text(e?.town))));
  const seen = new Map<string, number>();
  const results: RowResult[] = [];
  const issues: ImportIssue[] = [];

  rows.forEach((rawRow, index) => {
    const row = firstRow + index;
    const cells: readonly unknown[] = Array.isArray(rawRow) ? rawRow : [];
    const isRagged = ragged.has(row);
    if (!isRagged && cells.every((c) => text(c).trim() === '')) return;

    const prefix = `Zeile ${row}: `;
    const read = cellReader(headers, input.mapping, cells);
    const rowIssues: RowIssue[] = [];
    const draft = emptyDraft();
    draft.source = text(input.source);
    draft.name = read.value('name');
    draft.carrier = read.value('carrier');
    draft.street = read.value('street');
    draft.postcode = fixPostcode(read.value('postcode'));
    draft.town = read.value('town');
    draft.ags = read.value('ags');
    draft.phone = read.value('phone');
    draft.email = read.value('email').replace(/^mailto:/i, '');
    draft.website = read.value('website');
    draft.tags = splitTags(read.value('tags'));
    draft.note = read.value('note');
    // "Seit" and "Bis" in the forms partnership lists use (2019, 2019-03, 15.03.2019, …).
    for (const field of ['since', 'until'] as const) {
      const raw = read.value(field);
      const value = parsePartnershipDate(raw);
      if (value !== null) draft[field] = value;
      else {
        rowIssues.push({
          column: read.column(field), code: 'bad-date', severity: 'warning', value: raw,
          message: `${prefix}Das Datum ${quoted(raw)} (${FIELD_LABELS[field]}) ist ungültig (erwartet z. B. 2021, 2021-03, 2021-03-15 oder 15.03.2021); es bleibt leer.`,
        });
      }
    }
    if (endsBeforeStart(draft.since, draft.until ?? '')) {
      rowIssues.push({
        column: read.column('until'), code: 'bad-date', severity: 'warning', value: draft.until,
        message: `${prefix}Das Ende ${quoted(draft.until ?? '')} liegt vor dem Beginn ${quoted(draft.since)}.`,
      });
    }

    if (isRagged) {
      rowIssues.push({
        column: '', code: 'ragged-row', severity: 'warning',
        message: `${prefix}Die Zeile hat mehr Zellen als die Kopfzeile; die überzähligen Zellen werden ignoriert.`,
      });
    }
    if (draft.name === '') {
      rowIssues.push({
        column: read.column('name'), code: 'missing-name', severity: 'error',
        message: `${prefix}Der Name fehlt; die Zeile wird nicht übernommen.`,
      });
    }

    const category = read.value('category');
    const known = categories.get(categoryKey(category));
    if (category === '') draft.category = categories.get(categoryKey(FALLBACK_CATEGORY)) ?? FALLBACK_CATEGORY;
    else if (known !== undefined) draft.category = known;
    else {
      draft.category = category;
      rowIssues.push({
        column: read.column('category'), code: 'unknown-category', severity: 'warning', value: category,
        message: `${prefix}Die Kategorie ${quoted(category)} ist unbekannt.`,
      });
    }

    const coords = checkCoordinates(
      { lat: read.raw('lat'), lon: read.raw('lon'), latColumn: read.column('lat'), lonColumn: read.column('lon') },
      prefix,
      input.area,
      input.outline ?? null,
    );
    draft.lat = coords.lat;
    draft.lon = coords.lon;
    draft.locationQuality = coords.locationQuality;
    rowIssues.push(...coords.issues);

    if (draft.email !== '' && !EMAIL.test(draft.email)) {
      rowIssues.push({
        column: read.column('email'), code: 'bad-email', severity: 'warning', value: draft.email,
        message: `${prefix}Die E-Mail-Adresse ${quoted(draft.email)} ist ungültig.`,
      });
    }

    const rejected = rowIssues.some((i) => i.severity === 'error');
    if (!rejected) {
      const key = duplicateKey(draft.name, draft.town);
      const earlier = existing.has(key) ? 0 : seen.get(key);
      if (earlier !== undefined) {
        const who = draft.town === '' ? quoted(draft.name) : `${quoted(draft.name)} (${draft.town})`;
        rowIssues.push({
          column: read.column('name'), code: 'duplicate', severity: 'warning', value: draft.name, duplicateOf: earlier,
          message: earlier === 0
            ? `${prefix}${who} ist schon im Projekt vorhanden.`
            : `${prefix}${who} steht schon in Zeile ${earlier}.`,
        });
      } else seen.set(key, row);
    }

    const status = rejected ? 'error' : rowIssues.length > 0 ? 'warning' : 'ok';
    results.push({ row, draft, status, gemeinde: read.value('gemeinde') });
    for (const issue of rowIssues) issues.push({ row, ...issue });
  });
  return { results, issues };
}

/** A copy of the draft with latitude and longitude exchanged (the fix for a 'swapped' warning). */
export function swapCoordinates(draft: InstitutionDraft): InstitutionDraft {
  return { ...draft, tags: [...draft.tags], lat: draft.lon, lon: draft.lat };
}
