/** The real Heidelberg extract and VRN timetable slice of tests/fixtures/routing, read once per test file. */
import fs from 'node:fs';
import path from 'node:path';
import type { RoadGraph } from '../../src/analysis/routing/roadGraph';
import { buildTimetable } from '../../src/analysis/routing/transit/buildTimetable';
import type { Timetable } from '../../src/analysis/routing/transit/timetable';
import { readGtfs } from '../../src/data/import/gtfs/readGtfs';
import { readRoadGraph } from '../../src/data/import/osm/readRoadGraph';

export const ROUTING_FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'routing');
export const fixtureBlob = (name: string) => new Blob([fs.readFileSync(path.join(ROUTING_FIXTURES, name))]);

let held: Promise<{ graph: RoadGraph; tt: Timetable }> | null = null;

/** The Heidelberg road graph and the VRN timetable (built once per file; both are only read by the tests). */
export function heidelberg(): Promise<{ graph: RoadGraph; tt: Timetable }> {
  held ??= (async () => ({ graph: (await readRoadGraph(fixtureBlob('heidelberg.test.pbf'))).graph, tt: buildTimetable(await readGtfs(fixtureBlob('vrn_gtfs_cut.zip'))) }))();
  return held;
}
