/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { ThekizDb } from '../data/db';
import { saveRouting, type RoutingInfo } from '../data/routingStore';
import { ImportFileError } from '../data/import/decode';
import { readRoadGraph } from '../data/import/osm/readRoadGraph';
import { readGtfs } from '../data/import/gtfs/readGtfs';
import { roadGraphToStored } from '../analysis/routing/serialize';
import { buildTimetable } from '../analysis/routing/transit/buildTimetable';
import { timetableToStored } from '../analysis/routing/transit/serialize';
import { areaById } from '../domain/areas';

// No liveQuery runs here: Dexie's cache would only clone the big arrays.
const db = new ThekizDb(undefined, { cache: 'disabled' });

/** Where a load is: the stage and the share of it done (0…1). */
export interface RoutingProgress {
  stage: 'ways' | 'nodes' | 'graph' | 'store' | 'read' | 'timetable';
  fraction: number;
}
type OnProgress = (p: RoutingProgress) => void;

/** Calls onProgress at most every 100 ms (and always when the stage changes). */
function throttled(onProgress: OnProgress | undefined): OnProgress {
  let last = 0;
  let stage = '';
  return (p) => {
    const now = performance.now();
    if (p.stage === stage && now - last < 100) return;
    last = now;
    stage = p.stage;
    onProgress?.(p);
  };
}

const overlaps = (a: readonly number[], b: readonly number[]) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
const fileOf = (f: File) => ({ name: f.name, bytes: f.size, lastModified: f.lastModified });

const api = {
  /** Reads an OSM extract into the area's road graph and stores it (replacing an earlier one only when all went well). */
  async loadRoad(area: string, file: File, onProgress?: OnProgress): Promise<RoutingInfo> {
    const report = throttled(onProgress);
    const { graph, summary } = await readRoadGraph(file, { onProgress: (stage, done, total) => report({ stage, fraction: total > 0 ? done / total : 0 }) });
    const box = summary.graphBbox;
    const planning = areaById(area);
    if (box && !overlaps(box, planning.bbox)) {
      throw new ImportFileError(`Der OpenStreetMap-Auszug „${file.name}“ liegt nicht im Planungsgebiet ${planning.name}. Bitte laden Sie den Auszug dieses Gebiets oder wählen Sie das passende Planungsgebiet.`);
    }
    report({ stage: 'store', fraction: 0 });
    const stored = roadGraphToStored(graph);
    return saveRouting(db, {
      area, kind: 'road', file: fileOf(file), loadedAt: new Date().toISOString(), dataDate: summary.timestamp ?? null, validUntil: null,
      summary: { highwayWays: summary.highwayWays, routableWays: summary.routableWays, osmNodes: summary.osmNodes, graphNodes: summary.graphNodes, edges: summary.edges, restrictions: summary.restrictionsApplied, missingNodes: summary.missingNodes },
    }, stored);
  },
  /** Reads a GTFS feed into the area's timetable and stores it. */
  async loadTransit(area: string, file: File, onProgress?: OnProgress): Promise<RoutingInfo> {
    const report = throttled(onProgress);
    const feed = await readGtfs(file, { onProgress: (_stage, done, total) => report({ stage: 'read', fraction: total > 0 ? done / total : 0 }) });
    report({ stage: 'timetable', fraction: 0 });
    const tt = buildTimetable(feed);
    if (tt.stopCount > 0) {
      let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
      for (let i = 0; i < tt.stopCount; i++) {
        w = Math.min(w, tt.stopLon[i]); e = Math.max(e, tt.stopLon[i]);
        s = Math.min(s, tt.stopLat[i]); n = Math.max(n, tt.stopLat[i]);
      }
      const planning = areaById(area);
      if (!overlaps([w, s, e, n], planning.bbox)) throw new ImportFileError(`Die Haltestellen des Fahrplans „${file.name}“ liegen nicht im Planungsgebiet ${planning.name}.`);
    }
    report({ stage: 'store', fraction: 0 });
    return saveRouting(db, {
      area, kind: 'transit', file: fileOf(file), loadedAt: new Date().toISOString(), dataDate: tt.info.validFrom, validUntil: tt.info.validTo,
      summary: { stops: tt.stopCount, trips: tt.tripCount, patterns: tt.patternCount, ...(tt.info.publisher ? { publisher: tt.info.publisher } : {}) },
    }, timetableToStored(tt));
  },
};

export type RoutingApi = typeof api;

Comlink.expose(api);
