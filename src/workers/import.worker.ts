/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { ThekizDb } from '../data/db';
import { geographyUrls } from '../data/areaFiles';
import { ImportSession, type CommitOptions } from '../data/import/session';
import type { Mapping } from '../data/import/mapping';
import { createGazetteer, entriesFromGeoJson, type Gazetteer } from '../analysis/geocode/gazetteer';
import type { ProjectId } from '../domain/ids';
import { areaById } from '../domain/areas';
import { createGemeindeLocator, type GemeindeLocator } from '../analysis/geocode/gemeindeAt';

// No liveQuery runs in this worker, so Dexie's optimistic cache would only clone every record.
const db = new ThekizDb(undefined, { cache: 'disabled' });
const session = new ImportSession();
// Built once per planning area (most sessions only ever use one).
const gazetteers = new Map<string, Promise<Gazetteer>>();
const locators = new Map<string, Promise<GemeindeLocator>>();

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Ortsverzeichnis nicht geladen (${res.status})`);
  return res.json();
}

function cached<T>(cache: Map<string, Promise<T>>, area: string, make: () => Promise<T>): Promise<T> {
  let p = cache.get(area);
  if (!p) {
    p = make();
    cache.set(area, p);
    p.catch(() => cache.delete(area));
  }
  return p;
}

/** The area's places and Gemeinden as a gazetteer. */
function loadGazetteer(area: string): Promise<Gazetteer> {
  const urls = geographyUrls(area);
  return cached(gazetteers, area, () => Promise.all([fetchJson(urls.orte), fetchJson(urls.gemeindeLabels)]).then(([orte, labels]) => createGazetteer(entriesFromGeoJson(orte, labels))));
}

/** The area's Gemeinde polygons, to give rows with coordinates their Gemeinde key. */
function loadLocator(area: string): Promise<GemeindeLocator> {
  return cached(locators, area, () => fetchJson(geographyUrls(area).gemeinden).then(createGemeindeLocator));
}

/** The import API, run off the main thread so the page stays responsive. */
export const importApi = {
  /** CSV, Excel .xlsx or GeoJSON, told apart by content and name. */
  read(name: string, bytes: Uint8Array, onProgress?: (fraction: number) => void) {
    return session.readFile(name, bytes, onProgress);
  },
  async check(projectId: ProjectId, mapping: Mapping, source: string) {
    const area = areaById((await db.projects.get(projectId))?.area).id;
    const [g, l] = await Promise.all([loadGazetteer(area), loadLocator(area)]);
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
