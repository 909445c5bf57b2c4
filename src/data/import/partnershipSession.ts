import type { ThekizDb } from '../db';
import { readInstitutions } from '../repositories/institutions';
import { addPartnerships, type PartnershipDraft } from '../repositories/partnerships';
import type { ProjectId } from '../../domain/ids';
import type { ImportIssue } from './issues';
import { missingSidesMessage, proposePartnershipMapping, type PartnershipMapping } from './partnershipMapping';
import { matchPartnerships, partnershipKey } from './partnerships';
import { readTable } from './readTable';
import { LIST_LIMIT, toReadSummary, type ReadSummary } from './readSummary';

/** What the user sees after reading a partnership list: the table and the proposed mapping. */
export type PartnershipReadSummary = (Extract<ReadSummary, { ok: true }> & { mapping: PartnershipMapping }) | { ok: false; message: string };

/** What the user sees after checking a partnership list, before anything is written. */
export interface PartnershipCheckSummary {
  /** Non-blank rows. */
  total: number;
  /** Rows that become partnerships. */
  accepted: number;
  /** Rows with an error (unknown, ambiguous or missing institution, same institution twice). */
  rejected: number;
  /** Rows skipped as duplicates of an existing partnership or an earlier row. */
  duplicates: number;
  issueCount: number;
  /** The issues, cut to LIST_LIMIT. */
  issues: ImportIssue[];
  /** The accepted partnerships by institution names, cut to LIST_LIMIT. */
  pairs: { a: string; b: string; type: string; intensity: 1 | 2 | 3 }[];
}

/** Messages of errors thrown by commit. */
export const MSG_PROJECT_GONE = 'Das Projekt gibt es nicht mehr.';
export const MSG_INSTITUTIONS_CHANGED =
  'Einrichtungen der Partnerschaften wurden inzwischen gelöscht. Bitte prüfen Sie die Partnerschaften erneut.';

/**
 * One import of a partnership list (CSV or Excel): read → check → commit. The rows stay in
 * this object between the steps; ImportSession exposes it to the worker.
 */
export class PartnershipImport {
  private headers: string[] = [];
  private rows: string[][] = [];
  private firstRow = 2;
  private mapping: PartnershipMapping = proposePartnershipMapping([]);
  private drafts: PartnershipDraft[] = [];

  /**
   * Reads the file (CSV, or Excel by its `PK` header) and proposes the mapping. A table
   * without a column for either institution gives a German message. Never throws.
   */
  async read(bytes: Uint8Array, onProgress?: (fraction: number) => void): Promise<PartnershipReadSummary> {
    this.drafts = [];
    this.rows = [];
    const { format, result } = await readTable('', bytes, onProgress);
    if (!result.ok) return result;
    if (format === 'geojson') return { ok: false, message: 'Eine GeoJSON-Datei enthält keine Partnerschaften. Bitte wählen Sie eine CSV- oder Excel-Datei.' };
    const mapping = proposePartnershipMapping(result.headers);
    const missing = missingSidesMessage(mapping);
    if (missing) return { ok: false, message: missing };
    this.headers = result.headers;
    this.rows = result.rows;
    this.firstRow = result.firstRow;
    this.mapping = mapping;
    const summary = toReadSummary(result, format);
    return summary.ok ? { ...summary, mapping } : summary;
  }

  /**
   * Matches the rows with the project's institutions and partnerships. `mapping` replaces
   * the proposed one (e.g. after the user changed it).
   */
  async check(db: ThekizDb, projectId: ProjectId, mapping: PartnershipMapping = this.mapping): Promise<PartnershipCheckSummary> {
    const [institutions, existing] = await Promise.all([
      readInstitutions(db, projectId),
      db.partnerships.where('projectId').equals(projectId).toArray(),
    ]);
    this.mapping = mapping;
    const { drafts, issues } = matchPartnerships(this.rows, mapping, institutions, existing, { firstRow: this.firstRow, headers: this.headers });
    this.drafts = drafts;
    const rowsWith = (test: (i: ImportIssue) => boolean) => new Set(issues.filter(test).map((i) => i.row)).size;
    const names = new Map<string, string>(institutions.map((i) => [i.id, i.name]));
    const rejected = rowsWith((i) => i.severity === 'error');
    const duplicates = rowsWith((i) => i.code === 'duplicate');
    return {
      total: drafts.length + rejected + duplicates,
      accepted: drafts.length,
      rejected,
      duplicates,
      issueCount: issues.length,
      issues: issues.slice(0, LIST_LIMIT),
      pairs: drafts.slice(0, LIST_LIMIT).map((d) => ({ a: names.get(d.a) ?? '', b: names.get(d.b) ?? '', type: d.type, intensity: d.intensity })),
    };
  }

  /**
   * Writes the checked partnerships in ONE transaction (all or nothing) and returns how many.
   * Partnerships added since the check are not written twice; if an institution was deleted
   * since the check, or the project, nothing is written and the promise rejects.
   */
  async commit(db: ThekizDb, projectId: ProjectId): Promise<{ written: number }> {
    const drafts = this.drafts;
    return db.transaction('rw', [db.projects, db.institutionBlocks, db.partnerships], async () => {
      if (!(await db.projects.get(projectId))) throw new Error(MSG_PROJECT_GONE);
      const ids = new Set((await readInstitutions(db, projectId)).map((i) => i.id));
      if (drafts.some((d) => !ids.has(d.a) || !ids.has(d.b))) throw new Error(MSG_INSTITUTIONS_CHANGED);
      const existing = await db.partnerships.where('projectId').equals(projectId).toArray();
      const taken = new Set(existing.map((p) => partnershipKey(p.a, p.b, p.type)));
      const fresh = drafts.filter((d) => !taken.has(partnershipKey(d.a, d.b, d.type)));
      await addPartnerships(db, projectId, fresh);
      await db.projects.update(projectId, { updatedAt: new Date().toISOString() });
      return { written: fresh.length };
    });
  }
}
