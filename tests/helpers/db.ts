import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SCHEMA, ThekizDb } from '../../src/data/db';

/** A fresh, isolated database on fake-indexeddb (no state shared between tests). */
export function freshDb(): ThekizDb {
  return new ThekizDb(`test-${Math.random().toString(36).slice(2)}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Opens the same fake database first with the schema up to `version`, later with the current one. */
export function versionedDb(version: number) {
  const indexedDB = new IDBFactory();
  const name = `test-${Math.random().toString(36).slice(2)}`;
  return {
    old: () => new ThekizDb(name, { indexedDB, IDBKeyRange }, SCHEMA.filter((s) => s.version <= version)),
    current: () => new ThekizDb(name, { indexedDB, IDBKeyRange }),
  };
}
