/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { ThekizDb } from '../data/db';
import { geographyUrls, hasAreaFiles } from '../data/areaFiles';
import { postcodeListUrl } from '../data/postcodeFiles';
import { ImportSession, type CommitOptions } from '../data/import/session';
import type { Mapping } from '../data/import/mapping';
import { createGazetteer, entriesFromGeoJson, type Gazetteer } from '../analysis/geocode/gazetteer';
import type { ProjectId } from '../domain/ids';
import { areaById } from '../domain/areas';
import { createGemeindeLocator, type GemeindeLocator } from '../analysis/geocode/gemeindeAt';
import { postcodeIndexFromJson, type PostcodeIndex } from '../analysis/geocode/postcodeData';
import { createAreaOutline, type AreaOutline } from '../analysis/areaOutline';

// No liveQuery runs in this worker, so Dexie's optimistic cache would only clone every record.
const db = new ThekizDb(undefined, { cache: 'disabled' });
const session = new ImportSession();
// Built once per planning area (most sessions only ever use one).
const gazetteers = new Map<string, Promise<Gazetteer>>();
const locators = new Map<string, Promise<GemeindeLocator>>();
const outlines = new Map<string, Promise<AreaOutline | null>>();

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

/** The area's postcode list, or null without one; a list that fails to load only costs the postcode help. */
async function loadPostcodes(area: string): Promise<PostcodeIndex | null> {
  const url = postcodeListUrl(area);
  return url ? fetchJson(url).then(postcodeIndexFromJson, () => null) : null;
}

/** The area's places and Gemeinden (and postcodes, where it has a list) as a gazetteer. */
function loadGazetteer(area: string): Promise<Gazetteer> {
  const urls = geographyUrls(area);
  return cached(gazetteers, area, () =>
    Promise.all([fetchJson(urls.orte), fetchJson(urls.gemeindeLabels), loadPostcodes(area)]).then(([orte, labels, postcodes]) => createGazetteer(entriesFromGeoJson(orte, labels), postcodes)),
  );
}

/**
 * The area's outline, to check coordinates against its border. Null when the build lacks the
 * area's files (geographyUrls would hand Thuringia's) or they fail to load: then the check
 * falls back to the area's bounding box.
 */
function loadOutline(area: string): Promise<AreaOutline | null> {
  if (!hasAreaFiles(area)) return Promise.resolve(null);
  // A failed load is not kept (cached drops it), so the next check tries again.
  return cached(outlines, area, () => fetchJson(geographyUrls(area).land).then((fc) => createAreaOutline(fc))).catch(() => null);
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
    const [g, l, outline] = await Promise.all([loadGazetteer(area), loadLocator(area), loadOutline(area)]);
    return session.check(db, projectId, mapping, source, g, l, outline);
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
