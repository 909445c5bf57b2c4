import type { ThekizDb } from './db';

/** What a planning area's routing data came from: a road network (OSM PBF) or a timetable (GTFS). */
export type RoutingKind = 'road' | 'transit';

/** The description of loaded routing data, listed without reading its arrays. */
export interface RoutingInfo {
  /** `${area}|${kind}`: one road network and one timetable per planning area. */
  id: string;
  area: string;
  kind: RoutingKind;
  /** The file as the user chose it. */
  file: { name: string; bytes: number; lastModified: number };
  /** When the data were loaded (ISO). */
  loadedAt: string;
  /** The data's own date: the extract's timestamp or the timetable's validity, when the file says. */
  dataDate: string | null;
  /** Until when a timetable runs (ISO date), null for a road network. */
  validUntil: string | null;
  /** Counts to show (ways, nodes, stops, trips, …), as the reader reports them. */
  summary: Record<string, number | string>;
}

/** The stored graph or timetable: plain JSON beside its typed arrays' buffers. */
export interface RoutingData {
  id: string;
  meta: unknown;
  buffers: ArrayBuffer[];
}

export const routingId = (area: string, kind: RoutingKind): string => `${area}|${kind}`;

/** Stores a graph or timetable for an area in one transaction: both records or none (a failed write keeps the earlier data). */
export async function saveRouting(db: ThekizDb, info: Omit<RoutingInfo, 'id'>, stored: { meta: unknown; buffers: ArrayBuffer[] }): Promise<RoutingInfo> {
  const id = routingId(info.area, info.kind);
  const record: RoutingInfo = { ...info, id };
  await db.transaction('rw', db.routingInfo, db.routingData, async () => {
    await db.routingData.put({ id, meta: stored.meta, buffers: stored.buffers });
    await db.routingInfo.put(record);
  });
  return record;
}

/** What is loaded for an area (road network and timetable), without their arrays. */
export function listRouting(db: ThekizDb, area: string): Promise<RoutingInfo[]> {
  return db.routingInfo.where('area').equals(area).toArray();
}

/** The description alone (no arrays read), or null when none is loaded. */
export async function routingInfoOf(db: ThekizDb, area: string, kind: RoutingKind): Promise<RoutingInfo | null> {
  return (await db.routingInfo.get(routingId(area, kind))) ?? null;
}

/** The stored data with its description, or null when none is loaded. */
export async function loadRouting(db: ThekizDb, area: string, kind: RoutingKind): Promise<{ info: RoutingInfo; data: RoutingData } | null> {
  const id = routingId(area, kind);
  return db.transaction('r', db.routingInfo, db.routingData, async () => {
    const [info, data] = await Promise.all([db.routingInfo.get(id), db.routingData.get(id)]);
    return info && data ? { info, data } : null;
  });
}

export async function deleteRouting(db: ThekizDb, area: string, kind: RoutingKind): Promise<void> {
  const id = routingId(area, kind);
  await db.transaction('rw', db.routingInfo, db.routingData, async () => {
    await db.routingInfo.delete(id);
    await db.routingData.delete(id);
  });
}
