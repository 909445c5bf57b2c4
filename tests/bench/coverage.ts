/**
 * Coverage analysis engine: nearest facility for 1,000,000 demand points among 10,000 facilities,
 * and greedy maximal covering (k = 10 of 2,000 candidates, 100,000 demand points, 10 km), all
 * random over Thuringia's bounding box with fixed seeds. Median of 3 runs after a warm-up.
 * Before timing, each result is checked against brute force; a wrong result throws.
 * Run directly: `npx tsx tests/bench/coverage.ts` prints
 *   BENCH name=nearest_1m_x_10k_ms value=<number> unit=ms baseline=<number> ratio=<number>
 *   BENCH name=mclp_k10_ms value=<number> unit=ms
 * The baseline is a plain loop with @turf/distance over all facilities per demand point,
 * timed on 200 demand points and scaled to 1,000,000.
 */
import path from 'node:path';
import distance from '@turf/distance';
import { haversineMeters } from '../../src/analysis/distance';
import { createNearestIndex, nearestAll, type Site } from '../../src/analysis/coverage/nearest';
import { coverageLists, greedyMclp } from '../../src/analysis/coverage/mclp';
import { createPointIndex } from '../../src/analysis/coverage/pointIndex';
import { seededRandom } from '../../src/domain/random';
import { median } from './measure';

const BOX = { west: 9.87, south: 50.2, east: 12.66, north: 51.65 };
const RUNS = 3;
const BASELINE_SAMPLE = 200;

function randomPoints(n: number, seed: number): { lon: Float64Array; lat: Float64Array; sites: Site[] } {
  const rnd = seededRandom(seed);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lon[i] = BOX.west + rnd() * (BOX.east - BOX.west);
    lat[i] = BOX.south + rnd() * (BOX.north - BOX.south);
  }
  return { lon, lat, sites: Array.from(lon, (x, i) => ({ lon: x, lat: lat[i] })) };
}

/** Runs `f` once to warm up, then RUNS times; the median time in ms. */
function timed(f: () => void): number {
  f();
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function checkNearest(facilities: readonly Site[], lon: Float64Array, lat: Float64Array): void {
  const result = nearestAll(createNearestIndex(facilities), lon, lat);
  const step = Math.max(1, Math.floor(lon.length / 1000));
  for (let i = 0; i < lon.length; i += step) {
    let best = Infinity;
    for (const f of facilities) best = Math.min(best, haversineMeters(lon[i], lat[i], f.lon, f.lat));
    const f = facilities[result.index[i]];
    if (result.meters[i] !== best || haversineMeters(lon[i], lat[i], f.lon, f.lat) !== best) {
      throw new Error(`nearestAll is wrong at point ${i}: ${result.meters[i]} m, brute force ${best} m`);
    }
  }
}

function checkMclp(candidates: readonly Site[], existing: readonly Site[], demand: { lon: Float64Array; lat: Float64Array; weight: Float64Array }, km: number): void {
  const index = createPointIndex(demand.lon, demand.lat);
  const sample = candidates.filter((_, c) => c % 100 === 0);
  const lists = coverageLists(sample, index, km * 1000);
  sample.forEach((s, c) => {
    const got = new Set(lists.items.subarray(lists.offsets[c], lists.offsets[c + 1]));
    for (let j = 0; j < index.size; j++) {
      if (got.has(j) !== haversineMeters(s.lon, s.lat, demand.lon[j], demand.lat[j]) <= km * 1000) throw new Error(`coverage list of candidate ${c * 100} is wrong at ${j}`);
    }
  });
  const result = greedyMclp(candidates, demand, { radiusKm: km, k: 10, existing });
  const sites = [...existing, ...result.picks.map((p) => candidates[p.candidate])];
  let covered = 0;
  for (let j = 0; j < index.size; j++) {
    if (sites.some((s) => haversineMeters(s.lon, s.lat, demand.lon[j], demand.lat[j]) <= km * 1000)) covered += demand.weight[j];
  }
  const last = result.picks.at(-1);
  if (result.picks.length !== 10 || last === undefined || last.coveredWeight !== covered) throw new Error(`greedyMclp covers ${last?.coveredWeight}, brute force ${covered}`);
}

export function benchCoverage(): { nearestMs: number; baselineMs: number; mclpMs: number } {
  // Nearest facility: 1,000,000 × 10,000.
  const facilities = randomPoints(10_000, 0xc0ffee).sites;
  const demand = randomPoints(1_000_000, 0x5eed);
  checkNearest(facilities, demand.lon, demand.lat);
  const nearestMs = timed(() => nearestAll(createNearestIndex(facilities), demand.lon, demand.lat));

  let checksum = 0;
  const sampleMs = timed(() => {
    for (let i = 0; i < BASELINE_SAMPLE; i++) {
      const from = [demand.lon[i], demand.lat[i]];
      let best = Infinity;
      for (const f of facilities) best = Math.min(best, distance(from, [f.lon, f.lat], { units: 'meters' }));
      checksum += best;
    }
  });
  if (!Number.isFinite(checksum)) throw new Error('baseline produced no distances');
  const baselineMs = (sampleMs / BASELINE_SAMPLE) * demand.lon.length;

  // Maximal covering: k = 10 of 2,000 candidates, 100,000 weighted demand points, 10 km, beside
  // 70 existing facilities (about as many ThEKiZ as today).
  const candidates = randomPoints(2_000, 0xca11).sites;
  const existing = randomPoints(70, 0xe715).sites;
  const people = randomPoints(100_000, 0xbeef);
  const rnd = seededRandom(0x1234);
  const weighted = { lon: people.lon, lat: people.lat, weight: Float64Array.from(people.lon, () => 1 + Math.floor(rnd() * 200)) };
  checkMclp(candidates, existing, weighted, 10);
  const mclpMs = timed(() => greedyMclp(candidates, weighted, { radiusKm: 10, k: 10, existing }));

  return { nearestMs, baselineMs, mclpMs };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const { nearestMs, baselineMs, mclpMs } = benchCoverage();
  const r = (n: number) => Math.round(n * 10) / 10;
  console.log(`BENCH name=nearest_1m_x_10k_ms value=${r(nearestMs)} unit=ms baseline=${r(baselineMs)} ratio=${Number((nearestMs / baselineMs).toPrecision(3))}`);
  console.log(`BENCH name=mclp_k10_ms value=${r(mclpMs)} unit=ms`);
}
