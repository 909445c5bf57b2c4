import { ThekizDb } from './db';

let instance: ThekizDb | null = null;

/** The app's one database connection, opened on first use. */
export function getDb(): ThekizDb {
  // 'immutable': live queries hand out the cached objects without cloning them (100,000
  // institutions took 170 ms to clone). The UI never mutates what it reads.
  instance ??= new ThekizDb(undefined, { cache: 'immutable' });
  return instance;
}
