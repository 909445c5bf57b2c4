import type { FeatureCollection, Point } from 'geojson';
import type { AreaOutline } from '../../analysis/areaOutline';
import type { GemeindeLocator } from '../../analysis/geocode/gemeindeAt';
import type { ThekizDb } from '../db';
import { addInstitutions, readInstitutions } from '../repositories/institutions';
import { geocode, type GeocodeResult } from '../../analysis/geocode/geocode';
import type { Gazetteer } from '../../analysis/geocode/gazetteer';
import { DEFAULT_CATEGORIES } from '../../domain/categories';
import type { ProjectId } from '../../domain/ids';
import type { Institution, InstitutionDraft } from '../../domain/institution';
import { readCsv } from './readCsv';
import type { Mapping } from './mapping';
import type { PartnershipMapping } from './partnershipMapping';
import { PartnershipImport, type PartnershipCheckSummary, type PartnershipReadSummary } from './partnershipSession';
import { LIST_LIMIT, PREVIEW_POINTS, toReadSummary, type ReadSummary } from './readSummary';
import { readTable } from './readTable';
import type { TableFormat, TableReadResult } from './table';
import { areaById } from '../../domain/areas';
import { duplicateKey, swapCoordinates, validateRows, type ImportIssue, type RowResult } from './validate';
import { mergeDuplicate } from './merge';
import { replaceInstitution } from '../history/blocks';

export { LIST_LIMIT, PREVIEW_POINTS } from './readSummary';
export type { ReadSummary } from './readSummary';
export type { PartnershipCheckSummary, PartnershipReadSummary } from './partnershipSession';

/** A row located by name, with the explanation of how. */
export interface GeocodedRow {
  row: number;
  name: string;
  explanation: string;
  ambiguous: boolean;
}

/** What the user sees after the check, before anything is written. */
export interface CheckSummary {
  total: number;
  /** Counts of the lists below, which are cut to LIST_LIMIT entries to keep the answer small. */
  geocodedCount: number;
  /** Of the geocoded rows, those placed only at their postcode's centroid (a coarse point). */
  postcodeCount: number;
  unresolvedCount: number;
  issueCount: number;
  /** Rows in the map preview (the first PREVIEW_POINTS located rows) and rows located in all. */
  previewCount: number;
  locatedCount: number;
  accepted: number;
  rejected: number;
  exact: number;
  geocoded: GeocodedRow[];
  unresolved: { row: number; name: string; town: string }[];
  issues: ImportIssue[];
  unknownCategories: string[];
  swapped: number;
  /** Rows whose coordinates lie outside the planning area (beyond its border, or its box without an outline). */
  outside: number;
  duplicates: number;
  /** Accepted rows with a location, for the map preview (swapped rows shown as they would be fixed). */
  points: FeatureCollection<Point, { row: number; name: string; status: string }>;
}

export interface CommitOptions {
  fixSwapped: boolean;
  createCategories: boolean;
  /** Possible duplicates: import as new records, leave out, or merge into the record they repeat. */
  duplicates: 'keep' | 'skip' | 'merge';
}

const NEW_CATEGORY_COLOR = '#6f6f6f';

/**
 * One import, from file to database: read → check (validate + geocode) → commit. Holds the
 * parsed rows so they never travel between threads; the worker exposes it, tests call it.
 */
export class ImportSession {
  private headers: string[] = [];
  private rows: string[][] = [];
  private ragged: number[] = [];
  private firstRow = 2;
  private results: RowResult[] = [];
  private locator: GemeindeLocator | null = null;
  private issues: ImportIssue[] = [];
  private unknown = new Set<string>();
  private existing: Institution[] = [];

  private readonly partnerships = new PartnershipImport();

  /** Reads a CSV file's bytes. Never throws: problems come back as a German message. */
  read(bytes: Uint8Array, onProgress?: (fraction: number) => void): ReadSummary {
    return this.accept(readCsv(bytes, onProgress), 'csv');
  }

  /**
   * Reads a CSV, Excel (.xlsx) or GeoJSON file, chosen by its content (`PK` header: Excel;
   * leading `{`: GeoJSON) and else by its name (see detectFormat). check and commit then work
   * the same for every format. Never throws: problems come back as a German message.
   */
  async readFile(name: string, bytes: Uint8Array, onProgress?: (fraction: number) => void): Promise<ReadSummary> {
    const { format, result } = await readTable(name, bytes, onProgress);
    return this.accept(result, format);
  }

  private accept(r: TableReadResult, format: TableFormat): ReadSummary {
    this.results = [];
    this.issues = [];
    this.unknown = new Set();
    if (r.ok) {
      this.headers = r.headers;
      this.rows = r.rows;
      this.ragged = r.raggedRows;
      this.firstRow = r.firstRow;
    }
    return toReadSummary(r, format);
  }

  /** Reads a partnership list (CSV or Excel) and proposes its mapping; see PartnershipImport.read. */
  readPartnershipFile(bytes: Uint8Array, onProgress?: (fraction: number) => void): Promise<PartnershipReadSummary> {
    return this.partnerships.read(bytes, onProgress);
  }

  /** Matches the partnership list with the project (by id or name); nothing is written. */
  checkPartnerships(db: ThekizDb, projectId: ProjectId, mapping?: PartnershipMapping): Promise<PartnershipCheckSummary> {
    return this.partnerships.check(db, projectId, mapping);
  }

  /** Writes the checked partnerships in one transaction, all or nothing. */
  commitPartnerships(db: ThekizDb, projectId: ProjectId): Promise<{ written: number }> {
    return this.partnerships.commit(db, projectId);
  }

  /**
   * Validates all rows with the mapping and locates rows without coordinates by name (or, with
   * the gazetteer's postcode list, by postcode). With the area's `outline`, coordinates are
   * checked against its border instead of its bounding box.
   */
  async check(db: ThekizDb, projectId: ProjectId, mapping: Mapping, source: string, gazetteer: Gazetteer, locator?: GemeindeLocator, outline?: AreaOutline | null): Promise<CheckSummary> {
    this.locator = locator ?? null;
    const [existing, categories, project] = await Promise.all([
      readInstitutions(db, projectId),
      db.categories.where('projectId').equals(projectId).toArray(),
      db.projects.get(projectId),
    ]);
    this.existing = existing;
    const knownCategories = categories.length ? categories.map((c) => c.name) : DEFAULT_CATEGORIES.map((c) => c.name);
    const { results, issues } = validateRows({ headers: this.headers, rows: this.rows, mapping, knownCategories, existing, source, raggedRows: this.ragged, firstRow: this.firstRow, area: areaById(project?.area), outline });
    const geocoded: GeocodedRow[] = [];
    let postcodeCount = 0;
    const unresolved: CheckSummary['unresolved'] = [];
    for (const r of results) {
      if (r.status === 'error' || r.draft.lat !== null) continue;
      const hit = geocode(gazetteer, { town: r.draft.town, gemeinde: r.gemeinde, postcode: r.draft.postcode, ags: r.draft.ags });
      if (hit) {
        r.draft = withLocation(r.draft, hit);
        geocoded.push({ row: r.row, name: r.draft.name, explanation: hit.explanation, ambiguous: hit.ambiguous });
        if (hit.quality === 'geocoded-postcode') postcodeCount++;
      } else unresolved.push({ row: r.row, name: r.draft.name, town: r.draft.town });
    }
    this.results = results;
    this.issues = issues;
    this.unknown = new Set(issues.filter((i) => i.code === 'unknown-category').map((i) => i.value ?? ''));
    const swappedRows = new Set(issues.filter((i) => i.code === 'swapped').map((i) => i.row));
    const accepted = results.filter((r) => r.status !== 'error');
    const located = accepted.filter((r) => r.draft.lat !== null && r.draft.lon !== null);
    return {
      total: results.length,
      geocodedCount: geocoded.length,
      postcodeCount,
      unresolvedCount: unresolved.length,
      issueCount: issues.length,
      previewCount: Math.min(located.length, PREVIEW_POINTS),
      locatedCount: located.length,
      accepted: accepted.length,
      rejected: results.length - accepted.length,
      exact: accepted.filter((r) => r.draft.locationQuality === 'exact').length,
      geocoded: geocoded.slice(0, LIST_LIMIT),
      unresolved: unresolved.slice(0, LIST_LIMIT),
      issues: issues.slice(0, LIST_LIMIT),
      unknownCategories: [...this.unknown].sort((a, b) => a.localeCompare(b, 'de')),
      swapped: swappedRows.size,
      outside: new Set(issues.filter((i) => i.code === 'outside-thuringia').map((i) => i.row)).size,
      duplicates: issues.filter((i) => i.code === 'duplicate').length,
      points: {
        type: 'FeatureCollection',
        features: located.slice(0, PREVIEW_POINTS).map((r) => {
          const d = swappedRows.has(r.row) ? swapCoordinates(r.draft) : r.draft;
          return { type: 'Feature', geometry: { type: 'Point', coordinates: [d.lon!, d.lat!] }, properties: { row: r.row, name: d.name, status: r.status } };
        }),
      },
    };
  }

  /**
   * Writes the accepted rows in ONE transaction (all or nothing) and returns how many.
   * Unknown categories are created or their rows filed under "Sonstige".
   */
  async commit(db: ThekizDb, projectId: ProjectId, options: CommitOptions): Promise<{ written: number; merged: number }> {
    const swapped = new Set(this.issues.filter((i) => i.code === 'swapped').map((i) => i.row));
    const duplicateOf = new Map(this.issues.filter((i) => i.code === 'duplicate').map((i) => [i.row, i.duplicateOf ?? 0]));
    const drafts: InstitutionDraft[] = [];
    const position = new Map<number, number>(); // file row → index in drafts
    const existing = new Map(this.existing.map((i) => [duplicateKey(i.name, i.town), i]));
    const updates = new Map<string, Institution>();
    for (const r of this.results) {
      const of = duplicateOf.get(r.row);
      if (r.status === 'error' || (of !== undefined && options.duplicates === 'skip')) continue;
      let d = r.draft;
      if (swapped.has(r.row)) d = options.fixSwapped ? { ...swapCoordinates(d), locationQuality: 'exact' } : { ...d, lat: null, lon: null, locationQuality: 'none' };
      if (!options.createCategories && this.unknown.has(d.category)) d = { ...d, category: 'Sonstige' };
      // A row with coordinates but no Gemeinde key gets the key of the Gemeinde it lies in.
      if (d.ags === '' && d.lat !== null && d.lon !== null && this.locator) d = { ...d, ags: this.locator.agsAt(d.lon, d.lat) ?? '' };
      if (of !== undefined && options.duplicates === 'merge') {
        const earlier = position.get(of);
        const record = of === 0 ? existing.get(duplicateKey(d.name, d.town)) : undefined;
        if (earlier !== undefined) {
          drafts[earlier] = { ...drafts[earlier], ...mergeDuplicate(drafts[earlier], d) };
          continue;
        }
        if (record) {
          const base = updates.get(record.id) ?? record;
          updates.set(record.id, { ...base, ...mergeDuplicate(base, d), updatedAt: new Date().toISOString() });
          continue;
        }
      }
      position.set(r.row, drafts.length);
      drafts.push(d);
    }
    const newCategories = options.createCategories ? [...this.unknown].map((name) => ({ name, color: NEW_CATEGORY_COLOR, symbol: name.slice(0, 2) })) : [];
    // New records and merged ones in one transaction: all or nothing.
    await db.transaction('rw', [db.projects, db.institutionBlocks, db.categories], async () => {
      await addInstitutions(db, projectId, drafts, newCategories);
      for (const u of updates.values()) await replaceInstitution(db, u);
    });
    return { written: drafts.length, merged: updates.size };
  }
}

function withLocation(d: InstitutionDraft, hit: GeocodeResult): InstitutionDraft {
  return { ...d, lat: hit.lat, lon: hit.lon, ags: d.ags || hit.ags, locationQuality: hit.quality };
}
