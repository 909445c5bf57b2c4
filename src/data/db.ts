import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Institution } from '../domain/institution';
import type { Partnership } from '../domain/partnership';
import type { CategoryRecord, Project } from '../domain/project';
import type { ProjectId } from '../domain/ids';
import type { SavedScenario } from '../domain/scenario';
import type { SavedView } from '../domain/view';
import { groupIntoBlocks, type InstitutionBlock } from './institutionBlocks';
import type { RoutingData, RoutingInfo } from './routingStore';

/** Name of the browser database. */
export const DB_NAME = 'netzwerkkarte-thekiz';

/**
 * Schema versions, oldest first. Never edit a released entry: add a new version with an
 * upgrade function instead (Dexie runs them in order when an older database is opened).
 */
export const SCHEMA: readonly { version: number; stores: Record<string, string | null>; upgrade?: (tx: Transaction) => Promise<void> }[] = [
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
  {
    // One IndexedDB record per institution cost about 45 µs each in Chromium: 100,000 rows took
    // over 6 s to write and long to read. Institutions now live in blocks (institutionBlocks.ts).
    version: 3,
    stores: { institutionBlocks: 'id, projectId' },
    upgrade: async (tx) => {
      const rows = (await tx.table('institutions').toArray()) as Institution[];
      await tx.table('institutionBlocks').bulkPut(groupIntoBlocks(rows));
    },
  },
  { version: 4, stores: { institutions: null } },
  // Named what-if scenarios of the coverage analysis, and saved views.
  { version: 5, stores: { scenarios: 'id, projectId', views: 'id, projectId' } },
  // Road graphs and timetables the user loaded for a planning area (routing/): the small
  // description apart from the big typed arrays, so listing what is loaded reads no megabytes.
  { version: 6, stores: { routingInfo: 'id, area', routingData: 'id' } },
];

/** The app's IndexedDB database. */
export class ThekizDb extends Dexie {
  projects!: EntityTable<Project, 'id'>;
  institutionBlocks!: EntityTable<InstitutionBlock, 'id'>;
  partnerships!: EntityTable<Partnership, 'id'>;
  categories!: Table<CategoryRecord, [ProjectId, string]>;
  scenarios!: EntityTable<SavedScenario, 'id'>;
  views!: EntityTable<SavedView, 'id'>;
  routingInfo!: EntityTable<RoutingInfo, 'id'>;
  routingData!: EntityTable<RoutingData, 'id'>;

  /** `versions` is for tests that write a database as an older version would have. */
  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1], versions = SCHEMA) {
    // Relaxed durability: a commit does not wait for the disk flush (much faster in Chrome);
    // atomicity is unchanged, a transaction is still all or nothing.
    super(name, { chromeTransactionDurability: 'relaxed', ...options });
    for (const s of versions) {
      const v = this.version(s.version).stores(s.stores);
      if (s.upgrade) v.upgrade(s.upgrade);
    }
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
