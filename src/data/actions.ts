/**
 * What the UI may do with stored data. Components call these instead of touching the
 * database, so every write goes through the repositories (transactions, cascades).
 */
import { getDb } from './database';
import { GEOGRAPHY_URLS } from './geography';
import { createDemoProject, placesFromGeoJson, type DemoStep } from './demo/loadDemo';
import { createProject, deleteProject, setProjectArea } from './repositories/projects';
import type { ProjectId } from '../domain/ids';
import { exportProjectFile, importProjectFile, readProject } from './repositories/projectFile';
import { institutionsToCsv, partnershipsToCsv } from './export/csv';
import { institutionsSheet, partnershipsSheet } from './export/lists';
import { institutionsToGeoJson } from './export/geojson';

/** Loads the embedded places and creates the fictional demo project from them, telling each step. */
export async function loadDemoProject(onStep: (step: DemoStep) => void | Promise<void> = () => {}): Promise<ProjectId> {
  await onStep('places');
  const res = await fetch(GEOGRAPHY_URLS.orte);
  if (!res.ok) throw new Error(`Ortsdaten nicht geladen (${res.status})`);
  return createDemoProject(getDb(), placesFromGeoJson(await res.json()), onStep);
}

export const newProject = (name: string, area?: string): Promise<ProjectId> => createProject(getDb(), name, { area });
export const changeProjectArea = (id: ProjectId, area: string): Promise<void> => setProjectArea(getDb(), id, area);
export const removeProject = (id: ProjectId): Promise<void> => deleteProject(getDb(), id);

/** The export formats offered to the user. */
export type ExportKind = 'institutions-csv' | 'institutions-xlsx' | 'institutions-geojson' | 'partnerships-csv' | 'partnerships-xlsx' | 'project';

/**
 * Builds an export of a project: file name suffix, MIME type and the content (text, or the
 * bytes of an Excel workbook for the -xlsx kinds, which the import reads again).
 */
export async function buildExport(projectId: ProjectId, kind: 'institutions-xlsx' | 'partnerships-xlsx'): Promise<{ suffix: string; mime: string; bytes: Uint8Array; projectName: string }>;
export async function buildExport(projectId: ProjectId, kind: Exclude<ExportKind, 'institutions-xlsx' | 'partnerships-xlsx'>): Promise<{ suffix: string; mime: string; text: string; projectName: string }>;
export async function buildExport(projectId: ProjectId, kind: ExportKind): Promise<{ suffix: string; mime: string; text?: string; bytes?: Uint8Array; projectName: string }>;
export async function buildExport(projectId: ProjectId, kind: ExportKind): Promise<{ suffix: string; mime: string; text?: string; bytes?: Uint8Array; projectName: string }> {
  const db = getDb();
  const now = new Date().toISOString();
  if (kind === 'project') {
    const { project } = await readProject(db, projectId);
    return { suffix: 'projekt.json', mime: 'application/json', text: await exportProjectFile(db, projectId, now), projectName: project.name };
  }
  const { project, institutions, partnerships } = await readProject(db, projectId);
  if (kind === 'institutions-xlsx' || kind === 'partnerships-xlsx') {
    // The writer and exceljs load on the first Excel export only.
    const { sheetsToXlsx, XLSX_MIME } = await import('./export/xlsx');
    const table = kind === 'institutions-xlsx' ? institutionsSheet(institutions, project.name) : partnershipsSheet(partnerships, institutions, project.name);
    return { suffix: kind === 'institutions-xlsx' ? 'einrichtungen.xlsx' : 'partnerschaften.xlsx', mime: XLSX_MIME, bytes: await sheetsToXlsx([table]), projectName: project.name };
  }
  if (kind === 'institutions-csv') return { suffix: 'einrichtungen.csv', mime: 'text/csv;charset=utf-8', text: institutionsToCsv(institutions), projectName: project.name };
  if (kind === 'partnerships-csv') return { suffix: 'partnerschaften.csv', mime: 'text/csv;charset=utf-8', text: partnershipsToCsv(partnerships, institutions), projectName: project.name };
  return { suffix: 'einrichtungen.geojson', mime: 'application/geo+json', text: institutionsToGeoJson(institutions, { projectName: project.name, exportedAt: now }), projectName: project.name };
}

/** Opens a project file as a new project. */
export const openProjectFile = (text: string) => importProjectFile(getDb(), text);
