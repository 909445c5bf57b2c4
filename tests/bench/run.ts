/**
 * npm run bench: prints one line per figure,
 *   BENCH name=<id> value=<number> unit=<unit> [baseline=<number> ratio=<number>]
 * Expects a fresh production build in dist/ (the npm script builds first).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ROOT, launchChromium, serveBuild } from '../helpers/browser';
import { initialScripts, median } from './measure';
import { benchGeocode } from './geocode';
import { benchImport, bigGermanCsv } from './importBench';
import { benchCoverage } from './coverage';
import { benchAreaStart } from './areaBench';
import { benchMapPoints } from './mapPointsBench';
import { benchMapFrame } from './frameBench';
import { benchPngExport } from './exportBench';
import { benchReport } from './reportBench';
import { benchNetworkGaps } from './gapsBench';
import { benchTargetSwitch } from './targetBench';
import { benchScale } from './scaleBench';
import { benchXlsxExport } from './xlsxBench';
import { runFuzz } from '../fuzz/run';
import { benchOsmGraph, benchRouteMultisource } from './routingBench';
import { benchTransit } from './transitBench';
import { benchTravelCoverage } from './travelCoverageBench';
import { benchCandidateSearch2m, benchSuggestByTime } from './suggestTimeBench';
import { benchGapCentreSearch2m } from './gapsTimeBench';
import { benchRoutingPage } from './routingPageBench';
import { benchWorkerSearch } from './workerSearchBench';
import { benchDemoLoad } from './demoLoadBench';
import { benchLabels } from './labelsBench';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function bench(name: string, value: number, unit: string, baseline?: number): void {
  const r = (n: number) => Math.round(n * 10) / 10;
  const ratio = value / baseline!;
  // Small ratios (nearest vs a turf loop) keep three significant digits instead of rounding to 0.
  const extra = baseline === undefined ? '' : ` baseline=${r(baseline)} ratio=${ratio < 0.01 ? Number(ratio.toPrecision(3)) : Math.round(ratio * 100) / 100}`;
  console.log(`BENCH name=${name} value=${r(value)} unit=${unit}${extra}`);
}

const gz = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length;

// 1. Initial JavaScript: the entry script and its module preloads, gzip -9.
const dist = path.join(ROOT, 'dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
bench('initial_js_gzip_kb', initialScripts(html).reduce((s, src) => s + gz(path.join(dist, src)), 0) / 1024, 'KB');

// 2. Boundary data, all layers.
const dataDir = path.join(ROOT, 'data', 'thueringen');
const boundaryFiles = ['land', 'kreise', 'kreis-labels', 'gemeinden', 'gemeinde-labels', 'nachbarlaender'];
bench('boundaries_gzip_kb', boundaryFiles.reduce((s, f) => s + gz(path.join(dataDir, `${f}.geojson`)), 0) / 1024, 'KB');
// 2b. Thuringia's demand on the census grid and the key translation, loaded as data (never in the bundle).
bench('demand_data_gzip_kb', (gz(path.join(dataDir, 'bedarf.json')) + gz(path.join(dataDir, 'schluessel.json'))) / 1024, 'KB');

// 3. Offline geocoding of place names (Node).
bench('geocode_rows_per_s', benchGeocode().rowsPerSecond, 'rows/s');

// 3b. Coverage engine (Node): nearest facility against a turf loop, greedy maximal covering.
const coverage = benchCoverage();
bench('nearest_1m_x_10k_ms', coverage.nearestMs, 'ms', coverage.baselineMs);
bench('mclp_k10_ms', coverage.mclpMs, 'ms');
// 3b''. Graph label placement (Node, pure): 5,000 nodes, every one a candidate, at the fitted zoom.
const labels = benchLabels();
if (!(labels.shown > 50)) throw new Error(`Beschriftung: nur ${labels.shown} Namen gezeigt`);
bench('graph_labels_5k_ms', labels.ms, 'ms');

// 3c. Real travel times (Node): the Heidelberg OSM extract to a road graph (its speed, and Node's
// heap as a stand-in for the worker's memory), and what that means for Thuringia's 190 MB extract.
const osm = await benchOsmGraph(3);
bench('osm_graph_heidelberg_ms', osm.osm_graph_heidelberg_ms, 'ms');
bench('osm_graph_heidelberg_mb_per_s', osm.osm_graph_heidelberg_mb_per_s, 'MB/s');
bench('osm_graph_memory_mb', osm.osm_graph_memory_mb, 'MB');
// Extrapolated, not measured: Heidelberg's graph nodes per file MB and build speed scaled to 190 MB.
bench('osm_graph_thuringia_nodes_estimate', osm.thuringia_graph_nodes_estimate, 'nodes');
bench('osm_graph_thuringia_build_s_estimate', osm.thuringia_build_s_estimate, 's');
bench('osm_graph_thuringia_memory_mb_estimate', osm.thuringia_memory_mb_estimate, 'MB');
// A synthetic road graph of 2 million nodes: one search from 70 centres toward all nodes.
const multi = await benchRouteMultisource();
bench('route_multisource_2m_ms', multi.route_multisource_2m_ms, 'ms');
bench('route_multisource_2m_cold_ms', multi.route_multisource_2m_cold_ms, 'ms');
bench('route_multisource_2m_foot_ms', multi.route_multisource_2m_foot_ms, 'ms');
bench('route_graph_build_2m_ms', multi.route_graph_build_2m_ms, 'ms');
bench('route_graph_2m_stored_mb', multi.route_graph_2m_stored_mb, 'MB');
// The VRN timetable slice: every stop's median time to 10 target stops over 07:00–09:00.
const transit = await benchTransit(5);
if (!(transit.reached > 50)) throw new Error(`Fahrplan: nur ${transit.reached} Haltestellen erreicht`);
bench('transit_raptor_window_ms', transit.transit_raptor_window_ms, 'ms');
bench('gtfs_read_vrn_ms', transit.gtfs_read_vrn_ms, 'ms');
// A coverage run by walking (and by bus and train) over Baden-Württemberg's census cells with the Heidelberg graph.
const travelCov = await benchTravelCoverage(5);
if (!(travelCov.coveredTransit >= travelCov.coveredWalk && travelCov.coveredWalk > 10_000)) throw new Error(`Fahrzeit-Versorgung unplausibel: ${JSON.stringify(travelCov)}`);
bench('coverage_walk_heidelberg_ms', travelCov.walkMs, 'ms');
bench('coverage_transit_heidelberg_ms', travelCov.transitMs, 'ms');
bench('coverage_snap_cells_ms', travelCov.snapMs, 'ms');
const suggestTime = await benchSuggestByTime(3);
if (suggestTime.walk.picks !== 5 || !(suggestTime.walk.evaluated <= suggestTime.walk.candidates)) throw new Error(`Vorschläge nach Fahrzeit unplausibel: ${JSON.stringify(suggestTime)}`);
// Baseline: the straight-line suggestion for the same candidates and people.
bench('suggest_walk_heidelberg_ms', suggestTime.walkMs, 'ms', suggestTime.lineMs);
bench('suggest_car_heidelberg_ms', suggestTime.carMs, 'ms', suggestTime.lineMs);
bench('suggest_walk_heidelberg_searched', suggestTime.walk.evaluated, 'candidates', suggestTime.walk.candidates);
const candidateSearch = benchCandidateSearch2m();
bench('suggest_search_2m_car_ms', candidateSearch.carMs, 'ms');
bench('suggest_search_2m_foot_ms', candidateSearch.footMs, 'ms');
const gapSearch = benchGapCentreSearch2m();
bench('gaps_centre_search_2m_car_ms', gapSearch.carMs, 'ms');
bench('gaps_centre_search_2m_foot_ms', gapSearch.footMs, 'ms');

// 3b'. The institution list of 10,000 rows as an Excel workbook (Node, exceljs; read back once by the import).
bench('xlsx_export_10k_ms', await benchXlsxExport(), 'ms');

// 3c. Fuzzing of every importer (CSV, GeoJSON, XLSX, project file, partnership list), each
// in a child process; FUZZ_RUNS cases per importer (default 10,000).
const fuzz = await runFuzz(Number(process.env.FUZZ_RUNS ?? 10_000), process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined, (line) => console.error(line));
console.error(`fuzz seed: ${fuzz.seed} (FUZZ_SEED=${fuzz.seed} wiederholt den Lauf)`);
bench('fuzz_cases', fuzz.cases, 'cases');
bench('fuzz_failures', fuzz.failures, 'cases');

// 4. Navigation → first map `idle`, app vs bare MapLibre page, cold cache each run, alternating.
await build({
  root: path.join(ROOT, 'tests', 'bench', 'bare'),
  configFile: false,
  logLevel: 'warn',
  base: './',
  build: { outDir: path.join(ROOT, 'dist-bench'), emptyOutDir: true, assetsInlineLimit: 0 },
});
const app = await serveBuild('dist');
const bare = await serveBuild('dist-bench');
const browser = await launchChromium();
async function readyMs(url: string, viewport: { width: number; height: number }): Promise<number> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  const t = await page.waitForFunction(() => (window as { __mapReadyAt?: number }).__mapReadyAt, undefined, { timeout: 60_000 });
  const value = Number(await t.jsonValue());
  await context.close();
  return value;
}
const appTimes: number[] = [];
const bareTimes: number[] = [];
await readyMs(app.url, { width: 1280, height: 720 }); // warm-up: disk cache of the OS, JIT of the server
await readyMs(bare.url, { width: 920, height: 670 });
for (let i = 0; i < RUNS; i++) {
  appTimes.push(await readyMs(app.url, { width: 1280, height: 720 }));
  bareTimes.push(await readyMs(bare.url, { width: 920, height: 670 }));
}
bench('map_ready_ms', median(appTimes), 'ms', median(bareTimes));

// 4b. The start with all of Germany as the planning area, against the Thuringia start.
const areaStart = await benchAreaStart(browser, app.url, Math.min(RUNS, 7));
bench('germany_map_ready_ms', median(areaStart.germany), 'ms', median(areaStart.thuringia));

// 5. Import of 100,000 rows through the wizard, with the page's longest task meanwhile.
const imports = [];
const csv = bigGermanCsv();
for (let i = 0; i < 3; i++) imports.push(await benchImport(browser, app.url, csv));
if (imports.some((r) => r.written !== 100_000)) throw new Error(`Import schrieb nicht alle Zeilen: ${imports.map((r) => r.written).join(', ')}`);
bench('import_100k_ms', median(imports.map((r) => r.ms)), 'ms');
bench('import_longest_task_ms', median(imports.map((r) => r.longestTaskMs)), 'ms');

// 6. Graph: the app's force layout and network figures in its workers, Cytoscape drawing the result.
await build({
  root: path.join(ROOT, 'tests', 'bench', 'graph'),
  configFile: false,
  logLevel: 'warn',
  base: './',
  worker: { format: 'es' },
  build: { outDir: path.join(ROOT, 'dist-bench-graph'), emptyOutDir: true, assetsInlineLimit: 0 },
});
const graphSite = await serveBuild('dist-bench-graph');
const graphPage = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })).newPage();
await graphPage.goto(graphSite.url);
await graphPage.waitForFunction(() => 'loaded');
type GraphResult = { layoutMs: number; quality: number; metricsMs?: number; renderMs?: number; brokers?: number };
const graphRun = (n: number, m: number, full: boolean) =>
  graphPage.evaluate(([a, b, c]) => (window as unknown as { __graphBench: (n: number, m: number, f: boolean) => Promise<GraphResult> }).__graphBench(a, b, c), [n, m, full] as [number, number, boolean]);
await graphRun(1_000, 3_000, true); // warm-up: JIT in page and workers
const small: GraphResult[] = [];
const large: GraphResult[] = [];
for (let i = 0; i < 5; i++) {
  small.push(await graphRun(1_000, 3_000, false));
  large.push(await graphRun(5_000, 20_000, true));
}
bench('graph_layout_1k_ms', median(small.map((r) => r.layoutMs)), 'ms');
bench('graph_layout_5k_ms', median(large.map((r) => r.layoutMs)), 'ms');
bench('graph_layout_5k_edge_ratio', median(large.map((r) => r.quality)), 'ratio');
bench('metrics_5k_ms', median(large.map((r) => r.metricsMs!)), 'ms');
bench('graph_render_5k_ms', median(large.map((r) => r.renderMs!)), 'ms');
if (large.some((r) => !(r.brokers! > 0))) throw new Error('Kennzahlen ohne Ergebnis');
const cov = await graphPage.evaluate(() => (window as unknown as { __coverageBench: (n: number) => Promise<{ ms: number[]; cells: number; within10: number }> }).__coverageBench(7));
if (!(cov.cells > 7_000 && cov.cells < 8_000 && cov.within10 > 0 && cov.within10 < 1)) throw new Error(`Versorgungsanalyse unplausibel: ${JSON.stringify(cov)}`);
bench('coverage_thuringia_ms', median(cov.ms), 'ms');
type GermanyCoverage = { coldMs: number; warmMs: number; cells: number; progressEvents: number; within10: number; cancelMs: number; cancelled: boolean };
const de = await graphPage.evaluate(() => (window as unknown as { __germanyCoverageBench: () => Promise<GermanyCoverage> }).__germanyCoverageBench());
if (!(de.cells > 150_000 && de.within10 > 0 && de.within10 < 1 && de.progressEvents > 0 && de.cancelled)) throw new Error(`Versorgung Deutschland unplausibel: ${JSON.stringify(de)}`);
bench('germany_coverage_1km_ms', de.coldMs, 'ms');
bench('germany_coverage_1km_warm_ms', de.warmMs, 'ms');
bench('germany_coverage_cells', de.cells, 'cells');
bench('germany_coverage_cancel_ms', de.cancelMs, 'ms');
await graphSite.server.close();

// 7. The map with 5,000 institutions and 20,000 partnership lines, next to the empty map.
const points = await benchMapPoints(browser, app.url, Math.min(RUNS, 7));
bench('map_points_5k_ready_ms', median(points.value), 'ms', median(points.baseline));

// 7b. One frame of the base map (demo project, Thuringia overview), against an empty frame.
const frame = await benchMapFrame(browser, app.url, 5);
bench('map_frame_ms', median(frame.value), 'ms', median(frame.baseline));

// 8. The map as an A4 picture at 300 dpi.
bench('png_export_a4_ms', median(await benchPngExport(browser, app.url, 5)), 'ms');

// 9. The PDF report of one Kreis of the demo project.
const report = await benchReport(browser, app.url, 5);
if (report.pages < 2) throw new Error(`Bericht mit nur ${report.pages} Seite(n)`);
bench('report_kreis_ms', median(report.ms), 'ms');
// Where its time goes: framing and drawing the map at 2× (SwiftShader here; a GPU draws it in milliseconds) and composing the picture.
bench('report_kreis_snapshot_ms', median(report.snapshotMs), 'ms');
bench('report_kreis_picture_ms', median(report.pictureMs), 'ms');

// 9a. Network gaps of the demo project in the coverage worker.
const gapRuns = await benchNetworkGaps(browser, app.url, 7);
if (!(gapRuns.centres > 50)) throw new Error(`Netzwerklücken: nur ${gapRuns.centres} Zentren in der Matrix`);
bench('network_gaps_thuringia_ms', median(gapRuns.workerMs), 'ms');
bench('network_gaps_page_ms', median(gapRuns.pageMs), 'ms');

// 9b. Switching the target group in the coverage tab until the figures show it.
const target = await benchTargetSwitch(browser, app.url, 5);
if (!(target.children > 250_000 && target.children < 290_000)) throw new Error(`Kinder unter 15 unplausibel: ${target.children}`);
bench('coverage_target_switch_ms', median(target.ms), 'ms');

// 9b'. Loading the demo project: click until the panel lists it, and until the map draws its ThEKiZ.
const demoLoad = await benchDemoLoad(browser, app.url, 5);
if (demoLoad.some((r) => r.emptyAtMs >= 0)) throw new Error('Beispieldaten: die Liste sagte beim Laden „noch keine Einrichtungen“');
bench('demo_load_ms', median(demoLoad.map((r) => r.ms)), 'ms');
bench('demo_load_map_ms', median(demoLoad.map((r) => r.mapMs)), 'ms');

// 9c. The Heidelberg extract loaded through the page (worker, IndexedDB), then the first coverage by walking.
const routingPage = await benchRoutingPage(browser, app.url, 3);
bench('osm_load_page_ms', median(routingPage.loadMs), 'ms');
bench('coverage_walk_page_ms', median(routingPage.coverageMs), 'ms');
// 9d. The 2-million-node search in a browser Web Worker, where the app runs it (baseline: Node's, above).
const workerSearch = await benchWorkerSearch(browser, 1415, 3);
bench('route_multisource_2m_worker_ms', median(workerSearch.warm), 'ms', multi.route_multisource_2m_ms);
bench('route_multisource_2m_worker_cold_ms', workerSearch.cold, 'ms', multi.route_multisource_2m_cold_ms);

// 10. Scale: the synthetic nationwide project (60,000 institutions, 150,000 partnerships).
const scale = await benchScale(browser, app.url, 6);
bench('project_open_60k_ms', scale.openMs, 'ms');
bench('filter_60k_ms', median(scale.filterMs), 'ms');
bench('filter_60k_frames', median(scale.filterFrames), 'frames');
bench('pan_60k_frame_ms', scale.pan.median, 'ms', scale.pan.baseMedian);
bench('pan_60k_frame_p95_ms', scale.pan.p95, 'ms', scale.pan.basep95);
bench('filter_60k_map_ms', median(scale.filterMapMs), 'ms');
bench('filter_60k_map_max_ms', Math.max(...scale.filterMapMs), 'ms');

await browser.close();
await app.server.close();
await bare.server.close();
