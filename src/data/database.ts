import { ThekizDb } from './db';

let instance: ThekizDb | null = null;

/** The app's one database connection, opened on first use. */
export function getDb(): ThekizDb {
  instance ??= new ThekizDb();
  return instance;
}
