/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { ThekizDb } from '../data/db';
import { GEOGRAPHY_URLS } from '../data/geography';
import { ImportSession, type CommitOptions } from '../data/import/session';
import type { Mapping } from '../data/import/mapping';
import { createGazetteer, entriesFromGeoJson, type Gazetteer } from '../analysis/geocode/gazetteer';
import type { ProjectId } from '../domain/ids';
import { createGemeindeLocator, type GemeindeLocator } from '../analysis/geocode/gemeindeAt';

// No liveQuery runs in this worker, so Dexie's optimistic cache would only clone every record.
const db = new ThekizDb(undefined, { cache: 'disabled' });
const session = new ImportSession();
let gazetteer: Promise<Gazetteer> | null = null;
let locator: Promise<GemeindeLocator> | null = null;

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Ortsverzeichnis nicht geladen (${res.status})`);
  return res.json();
}

/** The embedded places and Gemeinden as a gazetteer, built once per worker. */
function loadGazetteer(): Promise<Gazetteer> {
  gazetteer ??= Promise.all([fetchJson(GEOGRAPHY_URLS.orte), fetchJson(GEOGRAPHY_URLS.gemeindeLabels)]).then(([orte, labels]) => createGazetteer(entriesFromGeoJson(orte, labels)));
  return gazetteer;
}

/** The Gemeinde polygons, to give rows with coordinates their Gemeinde key; built once per worker. */
function loadLocator(): Promise<GemeindeLocator> {
  locator ??= fetchJson(GEOGRAPHY_URLS.gemeinden).then(createGemeindeLocator);
  return locator;
}

/** The import API, run off the main thread so the page stays responsive. */
export const importApi = {
  /** CSV, Excel .xlsx or GeoJSON, told apart by content and name. */
  read(name: string, bytes: Uint8Array, onProgress?: (fraction: number) => void) {
    return session.readFile(name, bytes, onProgress);
  },
  async check(projectId: ProjectId, mapping: Mapping, source: string) {
    const [g, l] = await Promise.all([loadGazetteer(), loadLocator()]);
    return session.check(db, projectId, mapping, source, g, l);
  },
  commit(projectId: ProjectId, options: CommitOptions) {
    return session.commit(db, projectId, options);
  },
  readPartnerships(bytes: Uint8Array) {
    return session.readPartnershipFile(bytes);
  },
  checkPartnerships(projectId: ProjectId) {
    return session.checkPartnerships(db, projectId);
  },
  commitPartnerships(projectId: ProjectId) {
    return session.commitPartnerships(db, projectId);
  },
};
export type ImportApi = typeof importApi;

Comlink.expose(importApi);
