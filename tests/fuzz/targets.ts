/**
 * Fuzz targets of the importers: institution lists as CSV, GeoJSON and Excel (ImportSession
 * read/readFile → check → commit), project files (parseProjectFile, importProjectFile) and
 * partnership lists (ImportSession's partnership methods). Each target owns one
 * fake-indexeddb database with a bystander project that no case may touch; every case that
 * gets past reading imports into a fresh project, which starts with a few institutions and
 * is deleted after. A target's `run` throws a FuzzFailure only on a real failure:
 *
 * - reading, checking and committing never throw for any bytes (only the write failure
 *   the case injects may come out of commit), and a refusal is a German message, never the
 *   importer's "unexpected error" message, which means it caught an exception of its own
 *   (Excel: unless read-excel-file itself throws on the damaged file, see excelLibraryError);
 * - a commit writes all accepted rows (as the check counted them, under the chosen
 *   options) and changes nothing else, or, when a write fails, nothing: the project, its
 *   institutions, categories and partnerships are then exactly as before;
 * - a project file is either refused with a German message, writing nothing, or written as
 *   a new project equal to what parseProjectFile read (apart from the new ids);
 * - after every case the database holds exactly what it held before the case.
 */
import fc from 'fast-check';
import { readSheet } from 'read-excel-file/universal';
import { freshDb } from '../helpers/db';
import { realGazetteer } from '../unit/analysis/geocode/realData';
import { xlsxBytes } from '../unit/data/import/xlsx';
import type { ThekizDb } from '../../src/data/db';
import { ImportSession, type CheckSummary, type PartnershipCheckSummary, type ReadSummary } from '../../src/data/import/session';
import type { PartnershipMapping } from '../../src/data/import/partnershipMapping';
import { addPartnerships, readPartnerships } from '../../src/data/repositories/partnerships';
import { detectFormat } from '../../src/data/import/readTable';
import { MSG_UNEXPECTED as MSG_READ_UNEXPECTED } from '../../src/data/import/readCsv';
import { IMPORT_FIELDS, proposeMapping, type Mapping } from '../../src/data/import/mapping';
import { MSG_UNEXPECTED as MSG_PROJECT_UNEXPECTED, parseProjectFile } from '../../src/data/export/projectFile';
import { importProjectFile, readProject } from '../../src/data/repositories/projectFile';
import { createProject, deleteProject } from '../../src/data/repositories/projects';
import { addInstitutions, putInstitutions, readInstitutions } from '../../src/data/repositories/institutions';
import { emptyDraft, type Institution, type InstitutionDraft } from '../../src/domain/institution';
import { newId, type InstitutionId, type PartnershipId, type ProjectId } from '../../src/domain/ids';
import {
  applyMutations, csvBytes, geoJsonBytes, importChoices, mutateXml, PARTNER_IDS, PARTNER_INSTITUTIONS, partnershipInput, projectFileInput,
  SEED_NAMES, xlsxSource, type ImportChoices, type PartnershipInput, type PartnershipSource, type ProjectFileInput, type WorkbookSpec,
  type XlsxSource,
} from './inputs';
import { readZip, writeZip } from './zip';

export type TargetName = 'csv' | 'geojson' | 'xlsx' | 'project' | 'partnerships';

/** One importer under fuzzing: inputs, and a check of one input that throws only on a real failure. */
export interface FuzzTarget<T = unknown> {
  name: TargetName;
  arbitrary: fc.Arbitrary<T>;
  run: (input: T) => Promise<void>;
  /** The file an input stands for (what `run` imports), to report a case that crashed the process. */
  bytes: (input: T) => Promise<Uint8Array>;
  /** Closes the target's database. */
  close: () => void;
  /** How often each outcome occurred (refused, committed, write failed, …), to see what the inputs reach. */
  outcomes: Record<string, number>;
}

function count(outcomes: Record<string, number>, key: string): void {
  outcomes[key] = (outcomes[key] ?? 0) + 1;
}

/** A broken contract, with the input bytes so that the case can be replayed. */
export class FuzzFailure extends Error {
  constructor(message: string, bytes?: Uint8Array) {
    const repro = bytes === undefined ? '' : `\n  file (${bytes.length} bytes, base64): ${Buffer.from(bytes).toString('base64').slice(0, 20_000)}`;
    super(message + repro);
    this.name = 'FuzzFailure';
  }
}

// ---------------------------------------------------------------------------------------------
// Comparing database contents

/** A deterministic text of a value that tells apart -0, NaN, undefined and key order does not matter. */
export function canon(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'number') return Object.is(v, -0) ? 'n:-0' : `n:${v}`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canon(o[k])}`).join(',')}}`;
  }
  return `?${typeof v}:${String(v)}`;
}

/** Everything in the database, as text. */
async function dump(db: ThekizDb): Promise<string> {
  const tables = [db.projects, db.institutionBlocks, db.partnerships, db.categories, db.scenarios, db.views] as const;
  const parts = await Promise.all(tables.map(async (t) => (await t.toArray()).map(canon).sort().join('\n')));
  return parts.join('\n---\n');
}

function short(v: unknown, max = 300): string {
  const s = typeof v === 'string' ? v : canon(v);
  return s.length > max ? `${s.slice(0, max)}… (${s.length} Zeichen)` : s;
}

// ---------------------------------------------------------------------------------------------
// Injected write failures

const INJECTED = 'Fuzz: absichtlicher Schreibfehler';

/**
 * Makes the n-th write (create or update of a record) while armed throw, like a full disk
 * or a closed tab would. Dexie aborts the transaction, so nothing of it may stay. The hooks
 * are only subscribed while armed: cases without a failure run Dexie's code path without
 * hooks, as the app does.
 */
class WriteFailures {
  private failAt = 0;
  private count = 0;
  fired = false;
  private readonly hit = () => {
    if (++this.count === this.failAt) {
      this.fired = true;
      throw new Error(INJECTED);
    }
  };
  private readonly tables: ThekizDb['projects' | 'institutionBlocks' | 'partnerships' | 'categories'][];

  constructor(db: ThekizDb) {
    this.tables = [db.projects, db.institutionBlocks, db.partnerships, db.categories];
  }

  arm(failAt: number): void {
    this.failAt = failAt;
    this.count = 0;
    this.fired = false;
    if (failAt <= 0) return;
    for (const t of this.tables) {
      t.hook('creating').subscribe(this.hit);
      t.hook('updating').subscribe(this.hit);
    }
  }

  disarm(): void {
    if (this.failAt > 0) {
      for (const t of this.tables) {
        t.hook('creating').unsubscribe(this.hit);
        t.hook('updating').unsubscribe(this.hit);
      }
    }
    this.failAt = 0;
  }
}

function isInjected(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x && depth < 5; depth++) {
    if (String((x as { message?: unknown }).message ?? x).includes(INJECTED)) return true;
    x = (x as { inner?: unknown; cause?: unknown }).inner ?? (x as { cause?: unknown }).cause;
  }
  return false;
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}\n${e.stack?.split('\n').slice(1, 6).join('\n') ?? ''}` : String(e);
}

// ---------------------------------------------------------------------------------------------
// Shared set-up: one database per target with a bystander project

/** Institutions every import project starts with: duplicates of generated rows, some fields empty (merges fill them). */
const SEEDS: InstitutionDraft[] = [
  { ...emptyDraft(), name: SEED_NAMES[0], town: 'Mühlhausen', category: 'Kita', carrier: 'Stadt', tags: ['alt'] },
  { ...emptyDraft(), name: SEED_NAMES[1], town: 'Jena', category: 'Kita', lat: 50.9271, lon: 11.5892, locationQuality: 'exact', phone: '03641 1' },
  { ...emptyDraft(), name: SEED_NAMES[2], town: '', category: 'Sonstige', note: 'javascript:alert(1)' },
];

interface TargetDb {
  db: ThekizDb;
  failures: WriteFailures;
  /** The database as it must be after every case. */
  baseline: string;
  /** Throws this database away: the next case opens a new one (after a case left it changed). */
  reset: () => void;
}

async function openTargetDb(reset: () => void): Promise<TargetDb> {
  const db = freshDb();
  const bystander = await createProject(db, 'Bestand (darf sich nie ändern)');
  const [a, b] = await addInstitutions(db, bystander, [
    { ...emptyDraft(), name: 'Familienzentrum Mühlhausen', town: 'Mühlhausen', category: 'ThEKiZ', lat: 51.2086, lon: 10.4527, locationQuality: 'exact' },
    { ...emptyDraft(), name: 'Kita Regenbogen', town: 'Jena', category: 'Kita' },
    { ...emptyDraft(), name: 'Beratungsstelle „Lichtblick“', town: 'Erfurt', category: 'Sonstige', tags: ['Beratung'] },
  ]);
  await db.partnerships.add({ id: newId<PartnershipId>(), projectId: bystander, a: a.id, b: b.id, type: 'Kooperationsvereinbarung', intensity: 3, since: '2020', until: '', note: '' });
  const failures = new WriteFailures(db);
  return { db, failures, baseline: await dump(db), reset };
}

/** Lazily opened, so that building the targets costs nothing until a case runs. */
function lazyDb(): { get: () => Promise<TargetDb>; close: () => void } {
  let opened: Promise<TargetDb> | null = null;
  const close = () => {
    const closing = opened;
    opened = null;
    void closing?.then((t) => t.db.close());
  };
  return { get: () => (opened ??= openTargetDb(close)), close };
}

async function expectBaseline(t: TargetDb, what: string, bytes?: Uint8Array): Promise<void> {
  const now = await dump(t.db);
  if (now === t.baseline) return;
  // Later cases (and fast-check's shrinking) must not inherit the damage.
  t.reset();
  throw new FuzzFailure(`${what}: Die Datenbank ist nach dem Fall nicht mehr wie vorher (Daten verloren oder zusätzlich geschrieben).`, bytes);
}

/**
 * Deletes the case's project and compares the database with its baseline. Called after a
 * case that already failed (`failed`), its own errors are dropped: the first one is the news.
 */
async function cleanUp(t: TargetDb, projectId: ProjectId, what: string, bytes: Uint8Array, failed: boolean): Promise<void> {
  try {
    try {
      await deleteProject(t.db, projectId);
    } catch (e) {
      t.reset();
      throw new FuzzFailure(`${what}: Das Projekt des Falls ließ sich nicht löschen: ${describeError(e)}`, bytes);
    }
    await expectBaseline(t, what, bytes);
  } catch (e) {
    if (!failed) throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// The table importers (CSV, GeoJSON, Excel): read → check → commit

/** A German message of the import: non-empty text, and not the message for an exception the importer caught. */
function checkMessage(message: unknown, bytes: Uint8Array, unexpected: string): void {
  if (typeof message !== 'string' || message.trim() === '') throw new FuzzFailure(`Lesen: leere oder fehlende Meldung ${short(message)}`, bytes);
  if (message === unexpected) throw new FuzzFailure(`Lesen: Der Importer hat einen eigenen Fehler abgefangen („${message}“).`, bytes);
}

function checkReadSummary(read: ReadSummary, bytes: Uint8Array): void {
  if (!read.ok) return checkMessage(read.message, bytes, MSG_READ_UNEXPECTED);
  const { headers, preview, rowCount } = read;
  if (!Array.isArray(headers) || headers.length === 0) throw new FuzzFailure('Lesen: keine Spalten, aber ok', bytes);
  for (const h of headers) {
    if (typeof h !== 'string' || h === '' || h !== h.trim()) throw new FuzzFailure(`Lesen: Spaltenname ${short(h)} ist leer oder nicht getrimmt`, bytes);
  }
  if (new Set(headers).size !== headers.length) throw new FuzzFailure(`Lesen: Spaltennamen doppelt: ${short(headers)}`, bytes);
  if (!(rowCount >= 1) || preview.length > Math.min(rowCount, 5)) throw new FuzzFailure(`Lesen: ${rowCount} Zeilen, Vorschau ${preview.length}`, bytes);
  for (const r of preview) {
    if (r.length !== headers.length || r.some((c) => typeof c !== 'string')) throw new FuzzFailure(`Lesen: Vorschauzeile ${short(r)} passt nicht zu ${headers.length} Spalten`, bytes);
  }
}

function checkCheckSummary(s: CheckSummary, bytes: Uint8Array): void {
  const fail = (what: string) => {
    throw new FuzzFailure(`Prüfung: ${what} (${short({ total: s.total, accepted: s.accepted, rejected: s.rejected, duplicates: s.duplicates, swapped: s.swapped, located: s.locatedCount })})`, bytes);
  };
  if (s.accepted + s.rejected !== s.total) fail('angenommen + abgelehnt ≠ gesamt');
  if (s.exact > s.locatedCount || s.locatedCount > s.accepted) fail('mehr verortet als angenommen');
  // Rejected rows may count as swapped too (their coordinates are checked before the name), not as duplicates.
  if (s.duplicates > s.accepted || s.swapped > s.total) fail('mehr Dubletten als angenommene oder mehr Vertauschte als gelesene Zeilen');
  if (s.geocodedCount + s.unresolvedCount > s.accepted) fail('mehr per Name gesucht als angenommen');
  if (s.previewCount !== Math.min(s.locatedCount, 2000) || s.points.features.length !== s.previewCount) fail('Kartenvorschau zählt falsch');
  for (const f of s.points.features) {
    if (!f.geometry.coordinates.every((c) => typeof c === 'number' && Number.isFinite(c))) fail(`Punkt ohne gültige Koordinaten ${short(f)}`);
  }
}

/** The error read-excel-file itself throws for the bytes (name and start of the message), or null when it reads them. */
async function excelLibraryError(bytes: Uint8Array): Promise<string | null> {
  try {
    await readSheet(new Uint8Array(bytes).buffer, 1);
    return null;
  } catch (e) {
    return e instanceof Error ? `${e.name}: ${e.message.slice(0, 40)}` : String(e).slice(0, 40);
  }
}

function mappingFor(headers: string[], choice: number[] | null): Mapping {
  if (choice === null) return proposeMapping(headers);
  return Object.fromEntries(IMPORT_FIELDS.map((f, i) => {
    const c = choice[i] % (headers.length + 1);
    return [f, c === 0 ? null : c - 1];
  })) as Mapping;
}

function byId(list: readonly Institution[]): Map<string, Institution> {
  return new Map(list.map((i) => [i.id, i]));
}

/**
 * One import of `bytes` into a fresh project holding SEEDS, checked against the contract
 * (see the file comment); the project is deleted afterwards and the database compared
 * with its baseline.
 */
async function importCase(t: TargetDb, session: ImportSession, bytes: Uint8Array, c: ImportChoices, outcomes: Record<string, number>): Promise<void> {
  const { db, failures } = t;
  // Reading needs no database: a refused file ends the case before any project exists.
  let read: ReadSummary;
  try {
    read = c.entry === 'read' ? session.read(bytes) : await session.readFile(c.name, bytes);
  } catch (e) {
    throw new FuzzFailure(`Lesen hat eine Ausnahme geworfen: ${describeError(e)}`, bytes);
  }
  if (!read.ok && read.message === MSG_READ_UNEXPECTED && c.entry === 'readFile' && detectFormat(c.name, bytes) === 'xlsx') {
    // readXlsx answers so when read-excel-file throws an error it does not know (damaged XML
    // in an intact ZIP, absurd sizes): handled, though the message could be more specific.
    // From a file the library reads without complaint it would be an exception of our own.
    const library = await excelLibraryError(bytes);
    if (library === null) throw new FuzzFailure('Lesen: readXlsx meldet „unerwarteter Fehler“, obwohl read-excel-file die Datei liest.', bytes);
    count(outcomes, `Excel beschädigt, Meldung „unerwarteter Fehler“ (${library})`);
    return;
  }
  checkReadSummary(read, bytes);
  if (c.entry === 'readFile' && read.ok && read.format !== detectFormat(c.name, bytes)) {
    throw new FuzzFailure(`Lesen: Format ${read.format}, erkannt wurde ${detectFormat(c.name, bytes)}`, bytes);
  }
  count(outcomes, read.ok ? `gelesen als ${read.format}` : `abgelehnt: ${read.message.replace(/\d+/g, 'n').slice(0, 50)}`);
  if (!read.ok) return;

  const p = await createProject(db, 'Fuzz-Import');
  let failed = true;
  try {
    await addInstitutions(db, p, SEEDS);
    const projectRecord = await db.projects.get(p);
    const before = {
      projectRecord,
      project: canon(projectRecord),
      institutions: byId(await readInstitutions(db, p)),
      categories: await db.categories.where('projectId').equals(p).toArray(),
    };
    const state = async () => ({
      project: await db.projects.get(p),
      institutions: await readInstitutions(db, p),
      categories: await db.categories.where('projectId').equals(p).toArray(),
    });
    const unchanged = async (when: string) => {
      const now = await state();
      const same = canon(now.project) === before.project
        && now.institutions.length === before.institutions.size
        && now.institutions.every((i) => canon(i) === canon(before.institutions.get(i.id)))
        && canon(now.categories) === canon(before.categories);
      if (!same) throw new FuzzFailure(`${when}: Das Projekt hat sich verändert, obwohl nichts geschrieben werden durfte.`, bytes);
    };

    const source = `Import ${c.name}`;
    let summary: CheckSummary;
    try {
      summary = await session.check(db, p, mappingFor(read.headers, c.mapping), source, realGazetteer().gazetteer);
    } catch (e) {
      throw new FuzzFailure(`Prüfen hat eine Ausnahme geworfen: ${describeError(e)}`, bytes);
    }
    checkCheckSummary(summary, bytes);
    await unchanged('Nach der Prüfung');

    let result: { written: number; merged: number } | null = null;
    failures.arm(c.failAt);
    try {
      result = await session.commit(db, p, c.options);
    } catch (e) {
      if (!isInjected(e)) throw new FuzzFailure(`Übernehmen hat eine Ausnahme geworfen: ${describeError(e)}`, bytes);
    } finally {
      failures.disarm();
    }
    count(outcomes, result === null ? 'Schreibfehler eingespeist' : result.written > 0 ? 'Zeilen geschrieben' : 'nichts zu schreiben');
    if (result && result.merged > 0) count(outcomes, 'zusammengeführt');
    if (result === null) {
      await unchanged('Nach einem abgebrochenen Schreibvorgang');
      failed = false;
      return;
    }
    if (failures.fired) throw new FuzzFailure('Übernehmen meldet Erfolg, obwohl ein Schreibvorgang fehlschlug.', bytes);

    // Success: every accepted row is written (duplicates left out or merged as chosen), nothing else changes.
    const { options } = c;
    const expected = options.duplicates === 'keep' ? summary.accepted : summary.accepted - summary.duplicates;
    if (result.written !== expected) {
      throw new FuzzFailure(`Übernehmen: ${result.written} geschrieben, erwartet ${expected} (${summary.accepted} angenommen, ${summary.duplicates} Dubletten, ${options.duplicates})`, bytes);
    }
    if (result.merged > (options.duplicates === 'merge' ? Math.min(SEEDS.length, summary.duplicates) : 0)) {
      throw new FuzzFailure(`Übernehmen: ${result.merged} Einrichtungen zusammengeführt bei ${summary.duplicates} Dubletten (${options.duplicates})`, bytes);
    }
    const after = await state();
    if (after.institutions.length !== before.institutions.size + result.written) {
      throw new FuzzFailure(`Übernehmen: ${after.institutions.length} Einrichtungen gespeichert, erwartet ${before.institutions.size} + ${result.written}`, bytes);
    }
    const afterById = byId(after.institutions);
    let changed = 0;
    for (const [id, old] of before.institutions) {
      const now = afterById.get(id);
      if (!now) throw new FuzzFailure(`Übernehmen: Die vorhandene Einrichtung ${short(old.name)} ist verschwunden.`, bytes);
      if (canon(now) === canon(old)) continue;
      changed++;
      if (now.name !== old.name || now.createdAt !== old.createdAt || now.projectId !== p || now.source !== old.source) {
        throw new FuzzFailure(`Übernehmen: Die vorhandene Einrichtung ${short(old.name)} wurde überschrieben statt ergänzt: ${short(now)}`, bytes);
      }
    }
    if (changed !== result.merged) throw new FuzzFailure(`Übernehmen: ${changed} vorhandene Einrichtungen verändert, gemeldet ${result.merged}`, bytes);

    const oldNames = new Set(before.categories.map((x) => x.name));
    const newCategories = after.categories.filter((x) => !oldNames.has(x.name)).map((x) => x.name).sort();
    const expectedCategories = options.createCategories ? [...summary.unknownCategories].sort() : [];
    if (canon(newCategories) !== canon(expectedCategories) || !before.categories.every((x) => after.categories.some((y) => canon(x) === canon(y)))) {
      throw new FuzzFailure(`Übernehmen: neue Kategorien ${short(newCategories)}, erwartet ${short(expectedCategories)}`, bytes);
    }
    const categoryNames = new Set(after.categories.map((x) => x.name));
    for (const i of after.institutions) {
      if (before.institutions.has(i.id)) continue;
      const problem =
        i.projectId !== p ? 'gehört zu einem anderen Projekt'
        : i.source !== source ? `hat die Quelle ${short(i.source)}`
        : i.name.trim() === '' ? 'hat keinen Namen'
        : (i.lat === null) !== (i.lon === null) ? 'hat nur eine Koordinate'
        : i.lat !== null && !(Number.isFinite(i.lat) && Number.isFinite(i.lon)) ? 'hat ungültige Koordinaten'
        : (i.lat === null) !== (i.locationQuality === 'none') ? `hat Lageangabe ${i.locationQuality} bei ${i.lat}/${i.lon}`
        : !categoryNames.has(i.category) ? `hat die Kategorie ${short(i.category)}, die es im Projekt nicht gibt`
        : null;
      if (problem) throw new FuzzFailure(`Übernehmen: Die neue Einrichtung ${short(i.name)} ${problem}.`, bytes);
    }
    if (!after.project || canon({ ...after.project, updatedAt: '' }) !== canon({ ...before.projectRecord, updatedAt: '' })) {
      throw new FuzzFailure(`Übernehmen: Die Projektangaben haben sich verändert: ${short(after.project)}`, bytes);
    }
    failed = false;
  } finally {
    failures.disarm();
    await cleanUp(t, p, 'Import', bytes, failed);
  }
}

/** A target for a table importer: `toBytes` turns a generated input into the file's bytes. */
function tableTarget<T>(name: TargetName, arbitrary: fc.Arbitrary<T>, toBytes: (input: T) => Promise<Uint8Array> | Uint8Array, choicesOf: (input: T) => ImportChoices): FuzzTarget<T> {
  const db = lazyDb();
  const outcomes: Record<string, number> = {};
  // One session for all cases, as the app's import worker keeps one.
  const session = new ImportSession();
  return {
    name,
    arbitrary,
    run: async (input) => importCase(await db.get(), session, await toBytes(input), choicesOf(input), outcomes),
    bytes: async (input) => toBytes(input),
    close: db.close,
    outcomes,
  };
}

// ---------------------------------------------------------------------------------------------
// Targets

export interface TableInput {
  bytes: Uint8Array;
  choices: ImportChoices;
}

export function csvTarget(): FuzzTarget<TableInput> {
  const names = ['einrichtungen.csv', 'Einrichtungen.CSV', 'liste.txt', 'liste.tsv', 'ohne-endung', 'Ä Ö „Liste“.csv', 'export.xlsx', 'daten.json'];
  return tableTarget('csv', fc.record({ bytes: csvBytes, choices: importChoices(names, ['read', 'readFile']) }), (i) => i.bytes, (i) => i.choices);
}

export function geoJsonTarget(): FuzzTarget<TableInput> {
  const names = ['einrichtungen.geojson', 'punkte.json', 'punkte.GEOJSON', 'punkte.csv', 'punkte.xlsx', 'punkte'];
  return tableTarget('geojson', fc.record({ bytes: geoJsonBytes, choices: importChoices(names) }), (i) => i.bytes, (i) => i.choices);
}

export interface XlsxInput {
  source: XlsxSource;
  choices: ImportChoices;
}

/** A fixed date for the workbook properties, so that the same spec always gives the same bytes. */
const WORKBOOK_DATE = new Date(Date.UTC(2024, 0, 1));

/**
 * Sets the modification time of every ZIP entry (local and central header) to 1980-01-01
 * 00:00: exceljs stamps the current time, which would make the bytes of a workbook, and so
 * the effect of a mutation, differ from run to run.
 */
export function withFixedZipDates(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  let end = -1;
  for (let i = out.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return out;
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0 && at + 46 <= out.length && view.getUint32(at, true) === 0x02014b50; n--) {
    view.setUint32(at + 12, 0x00210000, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= out.length && view.getUint32(local, true) === 0x04034b50) view.setUint32(local + 10, 0x00210000, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** The bytes of a generated workbook: the rows shifted by the offsets, plus the layout tricks; always the same for a spec. */
export async function workbookBytes(spec: WorkbookSpec): Promise<Uint8Array> {
  const rows = [...Array.from({ length: spec.offsetRows }, () => []), ...spec.rows.map((r) => [...Array.from({ length: spec.offsetColumns }, () => null), ...r])];
  return withFixedZipDates(await xlsxBytes(rows, (wb, first) => {
    wb.created = WORKBOOK_DATE;
    wb.modified = WORKBOOK_DATE;
    if (spec.merge && rows.length > 1) first.mergeCells(1, 1, 2, 2);
    if (spec.secondSheet) wb.addWorksheet('Zweites Blatt').addRow(['Name', 'Ort', 'nicht importieren']);
  }));
}

/** The bytes of a generated Excel input. */
export async function xlsxSourceBytes(source: XlsxSource): Promise<Uint8Array> {
  if (source.kind === 'bytes') return source.bytes;
  const workbook = await workbookBytes(source.spec);
  if (source.kind === 'workbook') return applyMutations(workbook, source.mutations);
  const entries = readZip(workbook);
  const at = typeof source.entry === 'number' ? source.entry % entries.length : entries.findIndex((e) => e.name === source.entry);
  if (at < 0) return workbook; // e.g. no shared strings: the workbook as it is
  entries[at] = { ...entries[at], data: source.mutations.reduce(mutateXml, entries[at].data) };
  return writeZip(entries);
}

export function xlsxTarget(): FuzzTarget<XlsxInput> {
  const names = ['einrichtungen.xlsx', 'Einrichtungen.XLSM', 'einrichtungen.csv', 'mappe'];
  return tableTarget(
    'xlsx',
    fc.record({ source: xlsxSource, choices: importChoices(names) }),
    ({ source }) => xlsxSourceBytes(source),
    (i) => i.choices,
  );
}

/**
 * Project files: parseProjectFile never throws and refuses with a German message, or the
 * file is written (with importProjectFile, what the app calls) as a new project equal to
 * what parseProjectFile read, apart from the new ids; refused or failed: nothing written.
 */
export function projectFileTarget(): FuzzTarget<ProjectFileInput> {
  const lazy = lazyDb();
  const outcomes: Record<string, number> = {};
  return {
    name: 'project',
    arbitrary: projectFileInput,
    bytes: async ({ text }) => new TextEncoder().encode(text),
    close: lazy.close,
    outcomes,
    run: async ({ text, failAt }) => {
      const t = await lazy.get();
      const bytes = new TextEncoder().encode(text);
      const probeId = newId<ProjectId>();
      let parsed: ReturnType<typeof parseProjectFile>;
      try {
        parsed = parseProjectFile(text, probeId);
      } catch (e) {
        throw new FuzzFailure(`parseProjectFile hat eine Ausnahme geworfen: ${describeError(e)}`, bytes);
      }
      if (!parsed.ok) {
        if (parsed.message === MSG_PROJECT_UNEXPECTED) throw new FuzzFailure('parseProjectFile hat einen eigenen Fehler abgefangen.', bytes);
        if (!/^Die (Datei|Projektdatei) /.test(parsed.message)) throw new FuzzFailure(`parseProjectFile: keine deutsche Meldung: ${short(parsed.message)}`, bytes);
      }

      let result: Awaited<ReturnType<typeof importProjectFile>> | null = null;
      t.failures.arm(failAt);
      try {
        result = await importProjectFile(t.db, text);
      } catch (e) {
        if (!isInjected(e)) {
          t.reset(); // whatever it left behind must not meet the next case
          throw new FuzzFailure(`importProjectFile hat eine Ausnahme geworfen: ${describeError(e)}`, bytes);
        }
      } finally {
        t.failures.disarm();
      }
      count(outcomes, result === null ? 'Schreibfehler eingespeist' : result.ok ? 'geschrieben' : 'abgelehnt');
      if (result?.ok && parsed.ok && parsed.data.institutions.length > 0) count(outcomes, 'mit Einrichtungen');
      if (result?.ok && parsed.ok && parsed.data.partnerships.length > 0) count(outcomes, 'mit Partnerschaften');
      if (result?.ok && parsed.ok && parsed.warnings.length > 0) count(outcomes, 'mit Warnungen');
      if (result === null || !result.ok) {
        if (result && !parsed.ok && result.message !== parsed.message) throw new FuzzFailure(`importProjectFile meldet ${short(result.message)}, parseProjectFile ${short(parsed.message)}`, bytes);
        if (result && parsed.ok) throw new FuzzFailure(`importProjectFile lehnt ab (${short(result.message)}), parseProjectFile nicht`, bytes);
        return expectBaseline(t, 'Projektdatei abgelehnt oder Schreiben fehlgeschlagen', bytes);
      }
      let failed = true;
      try {
        if (t.failures.fired) throw new FuzzFailure('importProjectFile meldet Erfolg, obwohl ein Schreibvorgang fehlschlug.', bytes);
        if (!parsed.ok) throw new FuzzFailure('importProjectFile schreibt eine Datei, die parseProjectFile ablehnt', bytes);
        const expected = parseProjectFile(text, result.projectId);
        if (!expected.ok) throw new FuzzFailure('parseProjectFile liest dieselbe Datei einmal so, einmal so', bytes);
        if (canon(result.warnings) !== canon(expected.warnings)) throw new FuzzFailure(`Warnungen weichen ab: ${short(result.warnings)}`, bytes);
        const stored = await readProject(t.db, result.projectId);
        const diff = compareProject(stored, expected.data);
        if (diff) throw new FuzzFailure(`Die gespeicherte Projektdatei weicht vom Gelesenen ab: ${diff}`, bytes);
        failed = false;
      } finally {
        await cleanUp(t, result.projectId, 'Projektdatei', bytes, failed);
      }
    },
  };
}

type ProjectData = Awaited<ReturnType<typeof readProject>>;

/** Where two projects differ apart from institution and partnership ids, or null. */
export function compareProject(stored: ProjectData, expected: ProjectData): string | null {
  if (canon(stored.project) !== canon(expected.project)) return `Projekt ${short(stored.project)} statt ${short(expected.project)}`;
  const sortedCanon = (list: readonly unknown[]) => list.map(canon).sort();
  if (canon(sortedCanon(stored.categories)) !== canon(sortedCanon(expected.categories))) return `Kategorien ${short(stored.categories)} statt ${short(expected.categories)}`;

  const withoutId = ({ id: _, ...rest }: Institution) => canon(rest);
  const storedKeys = new Map(stored.institutions.map((i) => [i.id as string, withoutId(i)]));
  const expectedKeys = new Map(expected.institutions.map((i) => [i.id as string, withoutId(i)]));
  if (storedKeys.size !== stored.institutions.length) return 'doppelte Kennungen unter den gespeicherten Einrichtungen';
  if (canon([...storedKeys.values()].sort()) !== canon([...expectedKeys.values()].sort())) {
    return `Einrichtungen (${stored.institutions.length} gespeichert, ${expected.institutions.length} gelesen) unterscheiden sich`;
  }
  // Partnerships by content, their ends by the content of the institutions they link.
  const link = (keys: Map<string, string>) => ({ id: _, a, b, ...rest }: ProjectData['partnerships'][number]) =>
    canon({ ...rest, a: keys.get(a) ?? `fehlt:${a}`, b: keys.get(b) ?? `fehlt:${b}` });
  const storedLinks = stored.partnerships.map(link(storedKeys)).sort();
  const expectedLinks = expected.partnerships.map(link(expectedKeys)).sort();
  if (storedLinks.some((l) => l.includes('fehlt:'))) return 'eine Partnerschaft verweist auf eine Einrichtung, die es nicht gibt';
  if (new Set(stored.partnerships.map((x) => x.id)).size !== stored.partnerships.length) return 'doppelte Kennungen unter den Partnerschaften';
  if (canon(storedLinks) !== canon(expectedLinks)) return `Partnerschaften (${storedLinks.length} gespeichert, ${expectedLinks.length} gelesen) unterscheiden sich`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Partnership lists

/** The partnership fields in the order PartnershipInput.mapping gives their columns. */
const PARTNERSHIP_FIELDS = ['nameA', 'nameB', 'idA', 'idB', 'type', 'intensity', 'since', 'until', 'note'] as const;

async function partnershipBytes(source: PartnershipSource): Promise<Uint8Array> {
  if (source.kind === 'bytes') return source.bytes;
  return applyMutations(withFixedZipDates(await xlsxBytes(source.rows, (wb) => {
    wb.created = WORKBOOK_DATE;
    wb.modified = WORKBOOK_DATE;
  })), source.mutations);
}

/**
 * Partnership lists (CSV or Excel) through ImportSession's partnership methods, into a
 * project with five institutions (two of the same name) and one partnership: reading and
 * checking never throw, a commit writes exactly the accepted partnerships, each between two
 * different institutions of the project, or (write failure) nothing.
 */
export function partnershipsTarget(): FuzzTarget<PartnershipInput> {
  const lazy = lazyDb();
  const outcomes: Record<string, number> = {};
  const session = new ImportSession();
  return {
    name: 'partnerships',
    arbitrary: partnershipInput,
    bytes: ({ source }) => partnershipBytes(source),
    close: lazy.close,
    outcomes,
    run: async ({ source, mapping: choice, failAt }) => {
      const t = await lazy.get();
      const { db, failures } = t;
      const bytes = await partnershipBytes(source);
      let read: Awaited<ReturnType<ImportSession['readPartnershipFile']>>;
      try {
        read = await session.readPartnershipFile(bytes);
      } catch (e) {
        throw new FuzzFailure(`Lesen der Partnerschaften hat eine Ausnahme geworfen: ${describeError(e)}`, bytes);
      }
      if (!read.ok) {
        if (read.message === MSG_READ_UNEXPECTED && detectFormat('', bytes) === 'xlsx') {
          const library = await excelLibraryError(bytes);
          if (library === null) throw new FuzzFailure('Lesen: readXlsx meldet „unerwarteter Fehler“, obwohl read-excel-file die Datei liest.', bytes);
          count(outcomes, `Excel beschädigt, Meldung „unerwarteter Fehler“ (${library})`);
          return;
        }
        checkMessage(read.message, bytes, MSG_READ_UNEXPECTED);
        count(outcomes, `abgelehnt: ${read.message.replace(/\d+/g, 'n').slice(0, 50)}`);
        return;
      }
      checkReadSummary(read, bytes);
      count(outcomes, `gelesen als ${read.format}`);

      const p = await createProject(db, 'Fuzz-Partnerschaften');
      let failed = true;
      try {
        const now = '2024-01-01T00:00:00.000Z';
        const institutions: Institution[] = PARTNER_INSTITUTIONS.map((x, i) => ({
          ...emptyDraft(), ...x, category: 'Kita', id: PARTNER_IDS[i] as InstitutionId, projectId: p, createdAt: now, updatedAt: now,
        }));
        await db.transaction('rw', db.institutionBlocks, () => putInstitutions(db, institutions));
        await addPartnerships(db, p, [{ a: institutions[2].id, b: institutions[3].id, type: 'Kooperationsvereinbarung', intensity: 3, since: '2020', until: '', note: '' }]);
        const snapshot = async () => canon({
          project: await db.projects.get(p),
          institutions: await readInstitutions(db, p),
          partnerships: (await readPartnerships(db, p)).map(canon).sort(),
        });
        const before = await snapshot();
        const partnershipsBefore = await readPartnerships(db, p);
        const projectBefore = await db.projects.get(p);

        const mapping = choice === null ? undefined : Object.fromEntries(PARTNERSHIP_FIELDS.map((f, i) => {
          const c = choice[i] % (read.headers.length + 1);
          return [f, c === 0 ? null : c - 1];
        })) as PartnershipMapping;
        let summary: PartnershipCheckSummary;
        try {
          summary = await session.checkPartnerships(db, p, mapping);
        } catch (e) {
          throw new FuzzFailure(`Prüfen der Partnerschaften hat eine Ausnahme geworfen: ${describeError(e)}`, bytes);
        }
        if (summary.accepted + summary.rejected + summary.duplicates !== summary.total || summary.pairs.length !== Math.min(summary.accepted, 1000)) {
          throw new FuzzFailure(`Prüfung der Partnerschaften zählt falsch: ${short({ ...summary, issues: summary.issueCount, pairs: summary.pairs.length })}`, bytes);
        }
        if ((await snapshot()) !== before) throw new FuzzFailure('Die Prüfung der Partnerschaften hat das Projekt verändert.', bytes);

        let result: { written: number } | null = null;
        failures.arm(failAt);
        try {
          result = await session.commitPartnerships(db, p);
        } catch (e) {
          if (!isInjected(e)) throw new FuzzFailure(`Übernehmen der Partnerschaften hat eine Ausnahme geworfen: ${describeError(e)}`, bytes);
        } finally {
          failures.disarm();
        }
        count(outcomes, result === null ? 'Schreibfehler eingespeist' : result.written > 0 ? 'Partnerschaften geschrieben' : 'nichts zu schreiben');
        if (result === null) {
          if ((await snapshot()) !== before) throw new FuzzFailure('Nach einem abgebrochenen Schreibvorgang ist das Projekt verändert.', bytes);
          failed = false;
          return;
        }
        if (failures.fired) throw new FuzzFailure('Übernehmen meldet Erfolg, obwohl ein Schreibvorgang fehlschlug.', bytes);
        if (result.written !== summary.accepted) throw new FuzzFailure(`${result.written} Partnerschaften geschrieben, ${summary.accepted} angenommen`, bytes);
        const after = await readPartnerships(db, p);
        const old = new Set(partnershipsBefore.map(canon));
        const added = after.filter((x) => !old.has(canon(x)));
        if (after.length !== partnershipsBefore.length + result.written || added.length !== result.written) {
          throw new FuzzFailure(`${after.length} Partnerschaften gespeichert, erwartet ${partnershipsBefore.length} + ${result.written}`, bytes);
        }
        const ids = new Set<string>(PARTNER_IDS);
        const keys = new Set<string>();
        for (const x of [...partnershipsBefore, ...added]) {
          const key = [x.a < x.b ? x.a : x.b, x.a < x.b ? x.b : x.a, x.type.trim().toLowerCase()].join('|');
          const problem =
            !ids.has(x.a) || !ids.has(x.b) ? 'verweist auf eine Einrichtung, die es im Projekt nicht gibt'
            : x.a === x.b ? 'verbindet eine Einrichtung mit sich selbst'
            : ![1, 2, 3].includes(x.intensity) ? `hat die Intensität ${short(x.intensity)}`
            : x.projectId !== p ? 'gehört zu einem anderen Projekt'
            : keys.has(key) ? 'ist doppelt'
            : null;
          if (problem) throw new FuzzFailure(`Die Partnerschaft ${short(x)} ${problem}.`, bytes);
          keys.add(key);
        }
        const project = await db.projects.get(p);
        if (!project || canon({ ...project, updatedAt: '' }) !== canon({ ...projectBefore, updatedAt: '' })) throw new FuzzFailure('Die Projektangaben haben sich verändert.', bytes);
        if (canon(await readInstitutions(db, p)) !== canon(institutions)) throw new FuzzFailure('Die Einrichtungen haben sich beim Übernehmen der Partnerschaften verändert.', bytes);
        failed = false;
      } finally {
        failures.disarm();
        await cleanUp(t, p, 'Partnerschaften', bytes, failed);
      }
    },
  };
}

const FACTORIES: Record<TargetName, () => FuzzTarget> = {
  csv: csvTarget as () => FuzzTarget,
  geojson: geoJsonTarget as () => FuzzTarget,
  xlsx: xlsxTarget as () => FuzzTarget,
  project: projectFileTarget as () => FuzzTarget,
  partnerships: partnershipsTarget as () => FuzzTarget,
};

/** The names of all targets, in the order they run. */
export const TARGET_NAMES = Object.keys(FACTORIES) as TargetName[];

/** A new target (with its own database, opened on the first case). */
export function createTarget(name: TargetName): FuzzTarget {
  return FACTORIES[name]();
}

/** All targets, each with its own database. */
export function allTargets(): FuzzTarget[] {
  return TARGET_NAMES.map(createTarget);
}
