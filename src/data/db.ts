import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Institution } from '../domain/institution';
import type { Partnership } from '../domain/partnership';
import type { CategoryRecord, Project } from '../domain/project';
import type { ProjectId } from '../domain/ids';

/** Name of the browser database. */
export const DB_NAME = 'netzwerkkarte-thekiz';

/**
 * Schema versions, oldest first. Never edit a released entry: add a new version with an
 * upgrade function instead (Dexie runs them in order when an older database is opened).
 */
export const SCHEMA: readonly { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: {
      projects: 'id, name',
      institutions: 'id, projectId, [projectId+name], category, ags, *tags',
      partnerships: 'id, projectId, a, b',
      categories: '[projectId+name], projectId',
    },
  },
  {
    // Imports of 100,000 rows spent most of their time maintaining indexes no query used.
    version: 2,
    stores: {
      institutions: 'id, projectId',
    },
  },
];

/** The app's IndexedDB database. */
export class ThekizDb extends Dexie {
  projects!: EntityTable<Project, 'id'>;
  institutions!: EntityTable<Institution, 'id'>;
  partnerships!: EntityTable<Partnership, 'id'>;
  categories!: Table<CategoryRecord, [ProjectId, string]>;

  /** `versions` is for tests that write a database as an older version would have. */
  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1], versions = SCHEMA) {
    // Relaxed durability: a commit does not wait for the disk flush (much faster in Chrome);
    // atomicity is unchanged, a transaction is still all or nothing.
    super(name, { chromeTransactionDurability: 'relaxed', ...options });
    for (const s of versions) this.version(s.version).stores(s.stores);
  }
}

/**
 * Asks the browser to keep the data even under storage pressure. Returns whether it is
 * persisted; false where the API is missing or the browser declines.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
