/**
 * transit_raptor_window_ms: the VRN timetable slice (392 stops, 46,269 stop times), read once;
 * then `transitSecondsToTargets` for all stops over the window 07:00–09:00 (a departure every
 * minute, 121 departures) on Wednesday 2022-10-12 toward 10 target stops with egress walks.
 * Beside it the GTFS read (zip to feed, streaming) and the timetable build. Medians after a warm-up (Node).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildTimetable } from '../../src/analysis/routing/transit/buildTimetable';
import { transitSecondsToTargets } from '../../src/analysis/routing/transit/profile';
import { readGtfs } from '../../src/data/import/gtfs/readGtfs';
import { median } from './measure';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/routing/vrn_gtfs_cut.zip');

export interface TransitBench {
  /** Median ms of one window query over all stops. */
  transit_raptor_window_ms: number;
  /** Median ms to read the GTFS zip into a feed. */
  gtfs_read_vrn_ms: number;
  /** Median ms to build the timetable (patterns, footpaths) from the feed. */
  timetable_build_vrn_ms: number;
  /** Unzipped MB of the feed's files per second of reading. */
  gtfs_read_mb_per_s: number;
  stops: number;
  /** Stops with a finite median (a plausibility figure: the query is not empty). */
  reached: number;
}

export async function benchTransit(runs = 5): Promise<TransitBench> {
  const bytes = fs.readFileSync(FIXTURE);
  const blob = new Blob([bytes]);
  const readMs: number[] = [];
  let feed = await readGtfs(blob);
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    feed = await readGtfs(blob);
    readMs.push(performance.now() - t);
  }
  const buildMs: number[] = [];
  let tt = buildTimetable(feed);
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    tt = buildTimetable(feed);
    buildMs.push(performance.now() - t);
  }
  // Ten target stops spread over the list, egress walks of 0–4.5 minutes.
  const targets = Array.from({ length: 10 }, (_, k) => ({ stop: Math.floor(((k + 0.5) * tt.stopCount) / 10), seconds: (k * 30) % 270 }));
  const window = { date: '2022-10-12', fromSec: 7 * 3600, toSec: 9 * 3600, stepSec: 60 };
  let out = transitSecondsToTargets(tt, window, targets);
  const windowMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    out = transitSecondsToTargets(tt, window, targets);
    windowMs.push(performance.now() - t);
  }
  const unzippedMb = 4_114_147 / 1e6; // the seven files of the slice, unzipped (stop_times.txt 3.95 MB)
  return {
    transit_raptor_window_ms: median(windowMs),
    gtfs_read_vrn_ms: median(readMs),
    timetable_build_vrn_ms: median(buildMs),
    gtfs_read_mb_per_s: unzippedMb / (median(readMs) / 1000),
    stops: tt.stopCount,
    reached: out.filter((x) => x < Infinity).length,
  };
}

// `npx tsx tests/bench/transitBench.ts` prints the figures.
if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  console.log(await benchTransit(Number(process.env.BENCH_RUNS ?? 5)));
}
