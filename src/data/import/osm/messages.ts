/** The German messages for an OSM file that cannot be read (ImportFileError). */
export const MSG_OSM_EMPTY = 'Die Datei ist leer.';
export const MSG_OSM_ZIP =
  'Die Datei ist ein ZIP-Archiv (etwa ein GTFS-Fahrplan), keine OpenStreetMap-Datei im Format .osm.pbf.';
export const MSG_OSM_PACKED =
  'Die Datei ist mit gzip oder bzip2 gepackt; bitte wählen Sie eine OpenStreetMap-Datei im Format .osm.pbf, wie Geofabrik sie anbietet.';
export const MSG_OSM_TEXT =
  'Die Datei ist eine Textdatei (etwa OpenStreetMap im XML-Format), keine OpenStreetMap-Datei im Format .osm.pbf.';
export const MSG_OSM_NOT_PBF = 'Die Datei ist keine OpenStreetMap-Datei im Format .osm.pbf.';
export const MSG_OSM_TRUNCATED =
  'Die OpenStreetMap-Datei ist unvollständig: sie bricht mitten in einem Datenblock ab. Bitte laden Sie sie erneut herunter.';
export const MSG_OSM_DAMAGED =
  'Die OpenStreetMap-Datei ist beschädigt: ein Datenblock lässt sich nicht lesen. Bitte laden Sie sie erneut herunter.';
export const MSG_OSM_NO_ROADS = 'Die OpenStreetMap-Datei enthält keine Straßen oder Wege.';

export function msgOsmCompression(name: string): string {
  return `Die OpenStreetMap-Datei nutzt eine Kompression (${name}), die hier nicht gelesen werden kann. Bitte nutzen Sie eine .osm.pbf-Datei mit zlib-Kompression, wie Geofabrik sie anbietet.`;
}

export function msgOsmFeature(name: string): string {
  return `Die OpenStreetMap-Datei braucht eine Erweiterung des Formats (${name}), die hier nicht gelesen werden kann.`;
}
