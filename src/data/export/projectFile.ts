import type { ProjectId } from '../../domain/ids';
import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';
import type { CategoryRecord, Project } from '../../domain/project';
import { isAreaId } from '../../domain/areas';
import { quoted } from '../import/issues';
import { isJsonObject, readCategory, readInstitution, readPartnership, stringField } from './projectFileRecords';
import type { CategoryFileRecord, InstitutionRecord, PartnershipRecord } from './records';
import { categoryRecord, compareCodeUnits, institutionRecord, partnershipRecord } from './records';

/** Value of the `format` member that marks a project file of this app. */
export const PROJECT_FORMAT = 'netzwerkkarte-thekiz-projekt';

/** Newest format version this app writes and reads. */
export const PROJECT_FORMAT_VERSION = 1;

/** A project file (JSON): one project with its categories, institutions and partnerships. */
export interface ProjectFile {
  format: typeof PROJECT_FORMAT;
  formatVersion: number;
  /** ISO timestamp of the export. */
  exportedAt: string;
  project: Omit<Project, 'id'> & { id: string };
  categories: Omit<CategoryRecord, 'projectId'>[];
  institutions: Omit<Institution, 'projectId'>[];
  partnerships: Omit<Partnership, 'projectId'>[];
}

/** A whole project as stored in the database. */
export interface ProjectFileData {
  project: Project;
  categories: CategoryRecord[];
  institutions: Institution[];
  partnerships: Partnership[];
}

/** A project file read and normalised, or a German message why it cannot be imported. */
export type ProjectFileResult =
  | { ok: true; data: ProjectFileData; warnings: string[] }
  | { ok: false; message: string };

export const MSG_NOT_JSON = 'Die Datei kann nicht gelesen werden: Sie enthält kein gültiges JSON.';
export const MSG_NOT_PROJECT_FILE = 'Die Datei ist keine Projektdatei der Netzwerkkarte.';
export const MSG_BAD_VERSION = 'Die Projektdatei ist fehlerhaft: Die Formatversion fehlt oder ist ungültig.';
export const MSG_NO_PROJECT = 'Die Projektdatei ist fehlerhaft: Die Angaben zum Projekt fehlen.';
export const MSG_UNEXPECTED = 'Die Projektdatei konnte nicht gelesen werden (unerwarteter Fehler).';

/** Message for a file written by a newer version of the app. */
export function newerVersionMessage(fileVersion: number): string {
  return `Die Projektdatei hat die Formatversion ${fileVersion}; diese Version der Netzwerkkarte kann nur ` +
    `Projektdateien bis Formatversion ${PROJECT_FORMAT_VERSION} lesen. Bitte verwenden Sie eine neuere Version der Netzwerkkarte.`;
}

/** German names of the lists in a project file, for messages. */
const LIST_LABELS = { categories: 'Kategorien', institutions: 'Einrichtungen', partnerships: 'Partnerschaften' } as const;

/** Message for a list member that is missing or no array. */
export function missingListMessage(key: keyof typeof LIST_LABELS): string {
  return `Die Projektdatei ist fehlerhaft: Die Liste der ${LIST_LABELS[key]} fehlt.`;
}

/** Message for an id used by two records of the same kind. */
export function duplicateIdMessage(kind: 'institutions' | 'partnerships', id: string): string {
  return `Die Projektdatei ist fehlerhaft: Die Kennung ${quoted(id)} kommt bei mehreren ${LIST_LABELS[kind]} vor.`;
}

/**
 * Writes a project as a project file: JSON indented with 2 spaces, without `projectId` in the
 * records, in a deterministic order (categories by order then name, institutions by
 * createdAt then id, partnerships by id) with the fields of each record in a fixed order,
 * so the same project always gives the same text.
 */
export function toProjectFile(data: ProjectFileData, exportedAt: string): string {
  const { project } = data;
  const file: ProjectFile = {
    format: PROJECT_FORMAT,
    formatVersion: PROJECT_FORMAT_VERSION,
    exportedAt,
    project: {
      id: project.id,
      name: project.name,
      description: project.description,
      isDemo: project.isDemo,
      ...(project.area !== undefined ? { area: project.area } : {}),
      ...(project.gemeindeStand !== undefined ? { gemeindeStand: project.gemeindeStand } : {}),
      createdAt: project.createdAt,
      updatedAt: project.updatedAt,
    },
    categories: [...data.categories]
      .sort((x, y) => x.order - y.order || compareCodeUnits(x.name, y.name))
      .map(categoryRecord),
    institutions: [...data.institutions]
      .sort((x, y) => compareCodeUnits(x.createdAt, y.createdAt) || compareCodeUnits(x.id, y.id))
      .map(institutionRecord),
    partnerships: [...data.partnerships].sort((x, y) => compareCodeUnits(x.id, y.id)).map(partnershipRecord),
  };
  return JSON.stringify(file, null, 2);
}

type Failure = { ok: false; message: string };

function failure(message: string): Failure {
  return { ok: false, message };
}

/** The three lists of a file, or a failure naming the first one that is missing. */
function lists(file: Record<string, unknown>): Record<keyof typeof LIST_LABELS, unknown[]> | Failure {
  const out: Partial<Record<keyof typeof LIST_LABELS, unknown[]>> = {};
  for (const key of ['categories', 'institutions', 'partnerships'] as const) {
    const value = Object.hasOwn(file, key) ? file[key] : undefined;
    if (!Array.isArray(value)) return failure(missingListMessage(key));
    out[key] = value;
  }
  return out as Record<keyof typeof LIST_LABELS, unknown[]>;
}

function readFile(text: string, newProjectId: ProjectId): ProjectFileResult {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return failure(MSG_NOT_JSON);
  }
  if (!isJsonObject(file) || !Object.hasOwn(file, 'format') || file.format !== PROJECT_FORMAT) {
    return failure(MSG_NOT_PROJECT_FILE);
  }
  const version = Object.hasOwn(file, 'formatVersion') ? file.formatVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return failure(MSG_BAD_VERSION);
  if (version > PROJECT_FORMAT_VERSION) return failure(newerVersionMessage(version));
  const rawProject = Object.hasOwn(file, 'project') ? file.project : undefined;
  if (!isJsonObject(rawProject)) return failure(MSG_NO_PROJECT);
  const found = lists(file);
  if ('ok' in found) return found;

  const warnings: string[] = [];
  const project: Project = {
    id: newProjectId,
    name: stringField(rawProject, 'name'),
    description: stringField(rawProject, 'description'),
    isDemo: Object.hasOwn(rawProject, 'isDemo') && rawProject.isDemo === true,
    createdAt: stringField(rawProject, 'createdAt'),
    updatedAt: stringField(rawProject, 'updatedAt'),
  };
  const area = Object.hasOwn(rawProject, 'area') ? rawProject.area : undefined;
  if (isAreaId(area)) project.area = area;
  else if (area !== undefined) warnings.push(`Das Planungsgebiet ${quoted(String(area))} ist unbekannt; das Projekt gilt für Thüringen.`);
  // Files of earlier versions have no Gebietsstand: their keys are translated after opening.
  const stand = Object.hasOwn(rawProject, 'gemeindeStand') ? rawProject.gemeindeStand : undefined;
  if (typeof stand === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(stand)) project.gemeindeStand = stand;

  const categories: CategoryRecord[] = [];
  const categoryNames = new Set<string>();
  found.categories.forEach((value, index) => {
    const c: CategoryFileRecord | null = readCategory(value, index, warnings);
    if (c === null) return;
    if (categoryNames.has(c.name)) {
      warnings.push(`Die Kategorie ${quoted(c.name)} kommt mehrfach vor; nur die erste wird übernommen.`);
      return;
    }
    categoryNames.add(c.name);
    categories.push({ projectId: newProjectId, ...c });
  });

  const institutions: Institution[] = [];
  const names = new Map<string, string>();
  for (const [index, value] of found.institutions.entries()) {
    const i: InstitutionRecord | null = readInstitution(value, index, warnings);
    if (i === null) continue;
    if (names.has(i.id)) return failure(duplicateIdMessage('institutions', i.id));
    names.set(i.id, i.name);
    institutions.push({ ...i, projectId: newProjectId });
  }

  const partnerships: Partnership[] = [];
  const partnershipIds = new Set<string>();
  for (const [index, value] of found.partnerships.entries()) {
    const p: PartnershipRecord | null = readPartnership(value, index, names, warnings);
    if (p === null) continue;
    if (partnershipIds.has(p.id)) return failure(duplicateIdMessage('partnerships', p.id));
    partnershipIds.add(p.id);
    partnerships.push({ ...p, projectId: newProjectId });
  }
  return { ok: true, data: { project, categories, institutions, partnerships }, warnings };
}

/**
 * Reads a project file (see toProjectFile) and checks and normalises every record, field by
 * field, independently of the database schema. The project, its categories, institutions
 * and partnerships all get `newProjectId`, so importing a file always creates a new project
 * and never overwrites another; institution and partnership ids are kept (they are random
 * UUIDs; the caller handles collisions with stored records).
 *
 * Fails with a German message for text that is no JSON, no project file, a newer format
 * version, a missing project or list, or an id used twice. Repairable problems (an unknown
 * location quality, invalid coordinates or intensity, a partnership to an institution not in
 * the file, …) become German warnings. Never throws.
 */
export function parseProjectFile(text: string, newProjectId: ProjectId): ProjectFileResult {
  try {
    return readFile(text, newProjectId);
  } catch {
    return failure(MSG_UNEXPECTED);
  }
}
