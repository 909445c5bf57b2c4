import type { Institution } from '../../domain/institution';
import { PARTNERSHIP_TYPES, type Partnership } from '../../domain/partnership';
import type { PartnershipDraft } from '../repositories/partnerships';
import { foldText } from './fold';
import { InstitutionIndex, type Resolution } from './institutionIndex';
import { quoted, type ImportIssue, type RowIssue } from './issues';
import { PARTNERSHIP_FIELD_LABELS, type PartnershipField, type PartnershipMapping } from './partnershipMapping';
import { DEFAULT_PARTNERSHIP_INTENSITY, endsBeforeStart, parseIntensity, parsePartnershipDate } from './partnershipValues';
import { unneutralize } from './validate';

export {
  emptyPartnershipMapping, missingSidesMessage, PARTNERSHIP_FIELD_LABELS, PARTNERSHIP_FIELDS, proposePartnershipMapping,
} from './partnershipMapping';
export type { PartnershipField, PartnershipMapping } from './partnershipMapping';

/** Optional context for matchPartnerships. */
export interface MatchPartnershipsOptions {
  /** File row number of rows[0]; default 2 (the header is row 1). */
  firstRow?: number;
  /** Header names, so that issues name the column as the file does. */
  headers?: readonly string[];
}

/** Most towns listed in the message about an ambiguous name. */
const MAX_TOWNS = 6;

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function typeKey(type: string): string {
  return foldText(type) || type.trim().toLowerCase();
}

/**
 * Key under which two partnerships count as the same: the same two institutions in either
 * order and the same type (ignoring case, umlaut spelling, spaces and punctuation).
 */
export function partnershipKey(a: string, b: string, type: string): string {
  return `${a < b ? a : b}\u0000${a < b ? b : a}\u0000${typeKey(type)}`;
}

function townList(candidates: readonly Institution[]): string {
  const towns = candidates.map((i) => i.town.trim() || 'ohne Ort');
  const shown = towns.slice(0, MAX_TOWNS).join(', ');
  return towns.length > MAX_TOWNS ? `${shown} und ${towns.length - MAX_TOWNS} weitere` : shown;
}

/** The German issue for a reference that did not resolve to one institution. */
function referenceIssue(r: Exclude<Resolution, { kind: 'found' }>, side: 'A' | 'B', name: string, id: string, column: string, prefix: string): RowIssue {
  const label = `Einrichtung ${side}`;
  const rejected = 'die Zeile wird nicht übernommen.';
  if (r.kind === 'missing') {
    return { column, code: 'missing-institution', severity: 'error', message: `${prefix}Die Angabe zur ${label} fehlt; ${rejected}` };
  }
  if (r.kind === 'unknown') {
    const message = name === ''
      ? `${prefix}Zur ID ${quoted(id)} (${label}) gibt es im Projekt keine Einrichtung; ${rejected}`
      : `${prefix}Die Einrichtung ${quoted(name)} (${label}) gibt es im Projekt nicht; ${rejected}`;
    return { column, code: 'unknown-institution', severity: 'error', value: name || id, message };
  }
  const example = r.candidates[0].town.trim() ? ` (z. B. ${quoted(`${r.candidates[0].name} (${r.candidates[0].town.trim()})`)})` : '';
  return {
    column, code: 'ambiguous-institution', severity: 'error', value: name,
    message: `${prefix}Den Namen ${quoted(name)} (${label}) tragen ${r.candidates.length} Einrichtungen im Projekt, in: ${townList(r.candidates)}. `
      + `Bitte geben Sie den Ort in Klammern hinter dem Namen an${example} oder die ID; ${rejected}`,
  };
}

/**
 * Turns the rows of a partnership list into partnership drafts of a project and lists every
 * problem as a German message with the file row number. Each side is resolved by id, then by
 * exact name, then by the name ignoring case, umlaut spelling, spaces and punctuation (see
 * InstitutionIndex). Errors reject the row: a missing, unknown or ambiguous institution (the
 * message names the candidates' towns) and a partnership of an institution with itself.
 * Warnings let it through: a missing type, an intensity other than 1–3 (set to 2; an empty
 * cell gives 2 silently), a date that is not yyyy, yyyy-mm, yyyy-mm-dd or dd.mm.yyyy (left
 * empty; German dates become ISO) and an end before the start. A duplicate (same pair in
 * either order and same type) of an existing partnership or an earlier row is a warning and
 * the row is skipped. A type spelt like a known one („kooperationsvereinbarung“) takes the
 * known spelling. Blank rows are skipped. Never throws.
 */
export function matchPartnerships(
  rows: readonly (readonly string[])[],
  mapping: PartnershipMapping,
  institutions: readonly Institution[],
  existing: readonly Partnership[],
  options: MatchPartnershipsOptions = {},
): { drafts: PartnershipDraft[]; issues: ImportIssue[] } {
  const firstRow = Number.isInteger(options.firstRow) ? (options.firstRow as number) : 2;
  const headers = options.headers ?? [];
  const index = new InstitutionIndex(institutions);
  const knownTypes = new Map<string, string>();
  for (const t of [...PARTNERSHIP_TYPES, ...existing.map((p) => p.type)]) {
    if (t.trim() !== '' && !knownTypes.has(typeKey(t))) knownTypes.set(typeKey(t), t);
  }
  const seen = new Map<string, number>(existing.map((p) => [partnershipKey(p.a, p.b, p.type), 0]));
  const drafts: PartnershipDraft[] = [];
  const issues: ImportIssue[] = [];

  const columnIndex = (field: PartnershipField): number | null => {
    const i: unknown = mapping?.[field];
    return typeof i === 'number' && Number.isInteger(i) && i >= 0 ? i : null;
  };
  const column = (...fields: PartnershipField[]): string => {
    for (const f of fields) {
      const i = columnIndex(f);
      if (i !== null) return text(headers[i]).trim() || PARTNERSHIP_FIELD_LABELS[f];
    }
    return PARTNERSHIP_FIELD_LABELS[fields[0]];
  };

  (Array.isArray(rows) ? rows : []).forEach((rawRow, n) => {
    const row = firstRow + n;
    const cells: readonly unknown[] = Array.isArray(rawRow) ? rawRow : [];
    if (cells.every((c) => text(c).trim() === '')) return;
    const cell = (field: PartnershipField): string => {
      const i = columnIndex(field);
      return i === null ? '' : unneutralize(text(cells[i]).trim());
    };
    const prefix = `Zeile ${row}: `;
    const rowIssues: RowIssue[] = [];

    const side = (s: 'A' | 'B'): Institution | null => {
      const [nameField, idField] = s === 'A' ? (['nameA', 'idA'] as const) : (['nameB', 'idB'] as const);
      const name = cell(nameField);
      const id = cell(idField);
      const r = index.resolve(id, name);
      if (r.kind === 'found') return r.institution;
      rowIssues.push(referenceIssue(r, s, name, id, column(nameField, idField), prefix));
      return null;
    };
    const a = side('A');
    const b = side('B');
    if (a && b && a.id === b.id) {
      rowIssues.push({
        column: column('nameB', 'idB'), code: 'same-institution', severity: 'error', value: a.name,
        message: `${prefix}Einrichtung A und B sind dieselbe Einrichtung ${quoted(a.name)}; die Zeile wird nicht übernommen.`,
      });
    }

    const rawType = cell('type');
    const type = knownTypes.get(typeKey(rawType)) ?? rawType;
    if (type === '') {
      rowIssues.push({ column: column('type'), code: 'missing-type', severity: 'warning', message: `${prefix}Die Art der Partnerschaft fehlt.` });
    }
    const rawIntensity = cell('intensity');
    let intensity = parseIntensity(rawIntensity);
    if (intensity === null) {
      intensity = DEFAULT_PARTNERSHIP_INTENSITY;
      rowIssues.push({
        column: column('intensity'), code: 'bad-intensity', severity: 'warning', value: rawIntensity,
        message: `${prefix}Die Intensität ${quoted(rawIntensity)} ist ungültig (erlaubt sind 1, 2 und 3); sie wird auf ${DEFAULT_PARTNERSHIP_INTENSITY} gesetzt.`,
      });
    }
    const date = (field: 'since' | 'until'): string => {
      const raw = cell(field);
      const value = parsePartnershipDate(raw);
      if (value !== null) return value;
      rowIssues.push({
        column: column(field), code: 'bad-date', severity: 'warning', value: raw,
        message: `${prefix}Das Datum ${quoted(raw)} ist ungültig (erwartet z. B. 2021, 2021-03, 2021-03-15 oder 15.03.2021); es bleibt leer.`,
      });
      return '';
    };
    const since = date('since');
    const until = date('until');
    if (endsBeforeStart(since, until)) {
      rowIssues.push({
        column: column('until'), code: 'bad-date', severity: 'warning', value: until,
        message: `${prefix}Das Ende ${quoted(until)} liegt vor dem Beginn ${quoted(since)}.`,
      });
    }

    if (a && b && !rowIssues.some((i) => i.severity === 'error')) {
      const key = partnershipKey(a.id, b.id, type);
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, row);
        drafts.push({ a: a.id, b: b.id, type, intensity, since, until, note: cell('note') });
      } else {
        const who = `${quoted(`${a.name} – ${b.name}`)}${type ? ` (${type})` : ''}`;
        rowIssues.push({
          column: column('nameA', 'idA'), code: 'duplicate', severity: 'warning', value: `${a.name} – ${b.name}`, duplicateOf: earlier,
          message: earlier === 0
            ? `${prefix}Die Partnerschaft ${who} gibt es schon im Projekt; die Zeile wird übersprungen.`
            : `${prefix}Die Partnerschaft ${who} steht schon in Zeile ${earlier}; die Zeile wird übersprungen.`,
        });
      }
    }
    for (const issue of rowIssues) issues.push({ row, ...issue });
  });
  return { drafts, issues };
}
