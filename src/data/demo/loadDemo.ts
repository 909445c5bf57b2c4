import type { ThekizDb } from '../db';
import type { ProjectId } from '../../domain/ids';
import { defaultCategoryRecords, newProjectRecord } from '../repositories/projects';
import { toInstitutions } from '../repositories/institutions';
import { groupIntoBlocks } from '../institutionBlocks';
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

/** The steps of loading the demo, in order (for a progress message). */
export const DEMO_STEPS = ['places', 'generate', 'write', 'open'] as const;
export type DemoStep = (typeof DEMO_STEPS)[number];

/**
 * Creates the demo project (fictional institutions in real places) and writes it, project and
 * all, in ONE transaction: the project appears only with its institutions (never as an empty
 * project the app would open meanwhile), and a failure leaves nothing behind. Returns its id.
 */
export async function createDemoProject(db: ThekizDb, places: readonly DemoPlace[], onStep: (step: DemoStep) => void | Promise<void> = () => {}): Promise<ProjectId> {
  await onStep('generate'); // a caller may wait for a frame, so the message is on screen before the work
  const demo = generateDemo(places);
  const project = newProjectRecord(DEMO_PROJECT_NAME, {
    isDemo: true,
    description: 'Fiktive Einrichtungen und Partnerschaften an echten Orten Thüringens, zum Ausprobieren. Keine echten Daten.',
  });
  const institutions = toInstitutions(project.id, demo.institutions);
  const partnerships = demo.partnerships.map((p) => ({ ...p, id: newId<PartnershipId>(), projectId: project.id, a: institutions[p.a].id, b: institutions[p.b].id }));
  await onStep('write');
  await db.transaction('rw', [db.projects, db.categories, db.institutionBlocks, db.partnerships], async () => {
    await db.projects.add(project);
    await db.categories.bulkAdd(defaultCategoryRecords(project.id));
    await db.institutionBlocks.bulkAdd(groupIntoBlocks(institutions));
    await db.partnerships.bulkAdd(partnerships);
  });
  return project.id;
}
