import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ThekizDb } from '../../src/data/db';

/** A fresh, isolated database on fake-indexeddb (no state shared between tests). */
export function freshDb(): ThekizDb {
  return new ThekizDb(`test-${Math.random().toString(36).slice(2)}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}
