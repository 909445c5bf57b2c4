/** Storage failures the user must understand: a full disk (quota) above all. */

export const QUOTA_MESSAGE =
  'Der Speicher des Browsers ist voll: Diese Änderung wurde nicht gespeichert. Alles bisher Gespeicherte ist unverändert. Sichern Sie das Projekt als Datei und schaffen Sie Platz (z. B. ein nicht mehr benötigtes Projekt löschen).';

/** True for a quota error from IndexedDB, Dexie, or one that crossed a worker boundary. */
export function isQuotaError(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x && depth < 4; depth++) {
    const { name, message, inner } = x as { name?: unknown; message?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError' || (typeof message === 'string' && /QuotaExceeded|quota/i.test(message))) return true;
    x = inner;
  }
  return false;
}

/** The error to show: a German message for a full disk, the error itself otherwise. */
export function storageError(e: unknown): Error {
  if (isQuotaError(e)) {
    const out = new Error(QUOTA_MESSAGE);
    out.name = 'QuotaExceededError';
    return out;
  }
  return e instanceof Error ? e : new Error(String(e));
}
