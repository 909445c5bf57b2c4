import { describe, expect, it } from 'vitest';
import { freshDb, versionedDb } from '../../../helpers/db';
import { deleteRouting, listRouting, loadRouting, routingId, routingInfoOf, saveRouting, type RoutingInfo } from '../../../../src/data/routingStore';

const info = (area: string, kind: RoutingInfo['kind'], name = 'heidelberg.test.pbf'): Omit<RoutingInfo, 'id'> => ({
  area, kind, file: { name, bytes: 2_490_000, lastModified: 0 }, loadedAt: '2026-12-02T08:00:00.000Z', dataDate: '2024-09-01', validUntil: null, summary: { ways: 25_359 },
});

describe('routing store', () => {
  it('keeps one road network and one timetable per area, listed without the arrays', async () => {
    const db = freshDb();
    const arr = new Float32Array([1, 2, 3]);
    await saveRouting(db, info('08', 'road'), { meta: { nodes: 3 }, buffers: [arr.buffer] });
    await saveRouting(db, info('08', 'transit', 'vrn.zip'), { meta: { stops: 392 }, buffers: [] });
    await saveRouting(db, info('16', 'road'), { meta: {}, buffers: [] });
    const listed = await listRouting(db, '08');
    expect(listed.map((r) => r.id).sort()).toEqual([routingId('08', 'road'), routingId('08', 'transit')]);
    expect(listed.every((r) => !('buffers' in r))).toBe(true);
    const loaded = await loadRouting(db, '08', 'road');
    expect(loaded?.info.file.name).toBe('heidelberg.test.pbf');
    expect(Array.from(new Float32Array(loaded!.data.buffers[0]))).toEqual([1, 2, 3]);
    // A second load replaces the first.
    await saveRouting(db, info('08', 'road', 'neu.pbf'), { meta: {}, buffers: [] });
    expect((await loadRouting(db, '08', 'road'))?.info.file.name).toBe('neu.pbf');
    expect((await routingInfoOf(db, '08', 'road'))?.file.name).toBe('neu.pbf');
    expect(await routingInfoOf(db, '16', 'transit')).toBeNull();
    await deleteRouting(db, '08', 'road');
    expect(await loadRouting(db, '08', 'road')).toBeNull();
    expect((await listRouting(db, '08')).map((r) => r.kind)).toEqual(['transit']);
  });

  it('a failed write keeps the earlier data', async () => {
    const db = freshDb();
    await saveRouting(db, info('08', 'road'), { meta: { ok: true }, buffers: [] });
    // A function cannot be stored: the transaction fails and nothing of the new record lands.
    await expect(saveRouting(db, info('08', 'road', 'kaputt.pbf'), { meta: { bad: () => 1 }, buffers: [] })).rejects.toThrow();
    const kept = await loadRouting(db, '08', 'road');
    expect(kept?.info.file.name).toBe('heidelberg.test.pbf');
    expect(kept?.data.meta).toEqual({ ok: true });
  });

  it('an older database opens with the routing tables added', async () => {
    const { old, current } = versionedDb(5);
    const o = old();
    await o.open();
    o.close();
    const db = current();
    await saveRouting(db, info('16', 'road'), { meta: {}, buffers: [] });
    expect(await listRouting(db, '16')).toHaveLength(1);
  });
});
