import type { ThekizDb } from '../db';
import type { ProjectId } from '../../domain/ids';
import { createProject, deleteProject } from '../repositories/projects';
import { putInstitutions, toInstitutions } from '../repositories/institutions';
import { newId, type PartnershipId } from '../../domain/ids';
import { generateDemo, type DemoPlace } from './generateDemo';
import { DEMO_SOURCE } from './names';

/** Name of the demo project, saying plainly that it is fictional. */
export const DEMO_PROJECT_NAME = `Beispielnetzwerk Thüringen (${DEMO_SOURCE})`;

/** Reads places from the embedded orte.geojson (as parsed JSON). Skips malformed features. */
export function placesFromGeoJson(fc: unknown): DemoPlace[] {
  const features = (fc as { features?: unknown[] })?.features ?? [];
  const out: DemoPlace[] = [];
  for (const f of features as { properties?: Record<string, unknown>; geometry?: { coordinates?: unknown[] } }[]) {
    const p = f.properties ?? {};
    const [lon, lat] = (f.geometry?.coordinates ?? []) as number[];
    if (typeof p.name !== 'string' || typeof p.ags !== 'string' || typeof p.kreis !== 'string' || !Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    out.push({ name: p.name, lon, lat, population: Number(p.einwohner) || 0, ags: p.ags, kreis: p.kreis });
  }
  return out;
}

/**
 * Creates the demo project (fictional institutions in real places) and fills it in one
 * transaction. Returns the new project's id.
 */
export async function createDemoProject(db: ThekizDb, places: readonly DemoPlace[]): Promise<ProjectId> {
  const demo = generateDemo(places);
  const projectId = await createProject(db, DEMO_PROJECT_NAME, {
    isDemo: true,
    description: 'Fiktive Einrichtungen und Partnerschaften an echten Orten Thüringens, zum Ausprobieren. Keine echten Daten.',
  });
  try {
    const institutions = toInstitutions(projectId, demo.institutions);
    const partnerships = demo.partnerships.map((p) => ({ ...p, id: newId<PartnershipId>(), projectId, a: institutions[p.a].id, b: institutions[p.b].id }));
    await db.transaction('rw', db.institutionBlocks, db.partnerships, async () => {
      await putInstitutions(db, institutions);
      await db.partnerships.bulkAdd(partnerships);
    });
  } catch (e) {
    await deleteProject(db, projectId); // leave no half-filled demo behind
    throw e;
  }
  return projectId;
}
