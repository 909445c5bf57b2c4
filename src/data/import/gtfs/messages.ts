/** German messages for a file that is no usable GTFS timetable; each is a complete sentence for the user. */

export const MSG_GTFS_NOT_ZIP =
  'Die Datei ist kein ZIP-Archiv. Ein GTFS-Fahrplan ist eine .zip-Datei mit Textdateien wie stops.txt, trips.txt und stop_times.txt.';
export const MSG_GTFS_EMPTY_ZIP =
  'Das ZIP-Archiv ist leer; ein GTFS-Fahrplan enthält mindestens stops.txt, trips.txt und stop_times.txt.';
export const MSG_GTFS_DAMAGED =
  'Das ZIP-Archiv ist beschädigt oder unvollständig und kann nicht gelesen werden. Bitte laden Sie den Fahrplan erneut herunter.';
export const MSG_GTFS_NO_CALENDAR =
  'Im Fahrplan fehlen calendar.txt und calendar_dates.txt; ohne sie ist nicht bekannt, an welchen Tagen die Fahrten verkehren.';
export const MSG_GTFS_NO_STOP_TIMES =
  'Keine Zeile in stop_times.txt gehört zu einer Fahrt aus trips.txt und einer Haltestelle mit Koordinaten aus stops.txt; so lässt sich mit dem Fahrplan nicht rechnen.';
export const MSG_GTFS_NO_TRIPS =
  'Keine Fahrt aus trips.txt hat einen Verkehrstag in calendar.txt oder calendar_dates.txt und mindestens zwei Halte mit Zeiten; so lässt sich mit dem Fahrplan nicht rechnen.';

const WHAT: Record<string, string> = {
  'stops.txt': 'die Haltestellen',
  'trips.txt': 'die Fahrten',
  'stop_times.txt': 'die Abfahrtszeiten',
};

/** „Im ZIP-Archiv fehlt stops.txt (die Haltestellen); …“, for one or more missing files. */
export function msgMissingFiles(files: readonly string[]): string {
  const named = files.map((f) => (WHAT[f] ? `${f} (${WHAT[f]})` : f));
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} und ${named[named.length - 1]}`;
  return `Im ZIP-Archiv fehl${files.length === 1 ? 't' : 'en'} ${list}; es ist kein vollständiger GTFS-Fahrplan.`;
}

/** A required column is missing from a file. */
export function msgMissingColumn(file: string, column: string): string {
  return `In ${file} fehlt die Spalte „${column}“; ohne sie lässt sich der Fahrplan nicht auswerten.`;
}

/** A member is compressed with a method that cannot be read. */
export function msgMethod(file: string, method: number): string {
  return `${file} ist im ZIP-Archiv mit einem Verfahren gepackt, das nicht gelesen werden kann (Methode ${method}). Bitte packen Sie den Fahrplan neu als gewöhnliche ZIP-Datei.`;
}

/** „3 Zeilen“, „1 Zeile“. */
function rows(n: number): string {
  return `${n.toLocaleString('de-DE')} ${n === 1 ? 'Zeile' : 'Zeilen'}`;
}

/** Warning: rows of a file were left out, and why. */
export function msgSkippedRows(n: number, file: string, why: string): string {
  return `${rows(n)} in ${file} ${n === 1 ? 'wurde' : 'wurden'} übergangen (${why}).`;
}

/** Warning: trips were left out, and why. */
export function msgSkippedTrips(n: number, why: string): string {
  return `${n.toLocaleString('de-DE')} ${n === 1 ? 'Fahrt wurde' : 'Fahrten wurden'} übergangen (${why}).`;
}

export const MSG_FREQUENCIES =
  'frequencies.txt (Fahrten im Takt) wird nicht ausgewertet; jede dort genannte Fahrt zählt nur mit den Zeiten aus stop_times.txt.';

/** Warning: trips whose line routes.txt does not know (or routes.txt is missing); they are kept. */
export function msgUnknownRoute(n: number, hasRoutes: boolean): string {
  const trips = `${n.toLocaleString('de-DE')} ${n === 1 ? 'Fahrt nennt' : 'Fahrten nennen'}`;
  return hasRoutes
    ? `${trips} eine Linie, die routes.txt nicht kennt; sie ${n === 1 ? 'fährt' : 'fahren'} ohne Liniennamen mit.`
    : `Im Fahrplan fehlt routes.txt; alle Fahrten fahren ohne Liniennamen mit.`;
}
