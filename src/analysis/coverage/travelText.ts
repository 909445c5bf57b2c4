import { formatClock, formatDecimal, formatInteger } from '../../domain/format';
import type { TravelBasis } from './analysis';

const MODE_DE: Record<TravelBasis['mode'], string> = {
  foot: 'zu Fuß',
  bicycle: 'mit dem Fahrrad',
  car: 'mit dem Auto',
  transit: 'mit Bus und Bahn und zu Fuß',
};

const CLASS_DE: Record<string, string> = {
  motorway: 'Autobahn', trunk: 'Kraftstraße', primary: 'Bundesstraße', secondary: 'Landesstraße', tertiary: 'Kreisstraße',
  unclassified: 'Gemeindeverbindung', residential: 'Wohnstraße', service: 'Zufahrt',
};

const dateDe = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso);

/** The mode in German words, e.g. "zu Fuß". */
export const travelModeDe = (mode: TravelBasis['mode']): string => MODE_DE[mode];

/**
 * What a run by travel time rests on, in German sentences for the method notes of reports and
 * files: mode, data and their dates, speeds and the assumptions of the first and last metres.
 */
export function travelBasisText(b: TravelBasis): string[] {
  const out: string[] = [];
  const road = `Straßennetz: OpenStreetMap-Auszug „${b.road.file}“${b.road.date ? ` (Stand ${dateDe(b.road.date)})` : ''}, © OpenStreetMap-Mitwirkende, ODbL 1.0`;
  out.push(`Fahrzeit ${MODE_DE[b.mode]} über das Straßen- und Wegenetz zum nächsten Zentrum (kürzeste Zeit, berechnet im Browser). ${road}.`);
  if (b.mode === 'foot' || b.mode === 'transit') out.push(`Gehgeschwindigkeit ${formatDecimal(b.speeds.foot, 1)} km/h.`);
  if (b.mode === 'bicycle') out.push(`Radgeschwindigkeit ${formatDecimal(b.speeds.bicycle, 1)} km/h.`);
  if (b.mode === 'car') {
    const car = Object.entries(b.speeds.car ?? {}).map(([k, v]) => `${CLASS_DE[k] ?? k} ${formatInteger(v)}`).join(', ');
    out.push(`Auto: zulässige Höchstgeschwindigkeit der Straße × 0,9, wo angegeben, sonst je Straßenklasse (km/h): ${car}. Einbahnstraßen und Abbiegeverbote gelten; Ampeln, Verkehr und Parkplatzsuche sind nicht berücksichtigt.`);
  }
  if (b.transit) {
    const t = b.transit;
    const valid = t.validFrom && t.validUntil ? `, gültig ${dateDe(t.validFrom)}–${dateDe(t.validUntil)}` : '';
    out.push(`Fahrplan „${t.file}“${valid}: Abfahrt am ${dateDe(t.date)} zwischen ${formatClock(t.fromMin)} und ${formatClock(t.toMin)} Uhr, gezählt wird der Median der Reisezeit über alle Abfahrtsminuten (mit Warten an der ersten Haltestelle, Umsteigen und Fußwegen). Zur Haltestelle höchstens ${formatInteger(b.maxStopWalkMeters ?? 0)} m Luftlinie × 1,3 zu Fuß; ist ein Zentrum zu Fuß schneller erreicht, zählt der Fußweg.`);
  }
  out.push(`Von der Mitte der Gitterzelle (und vom Zentrum) bis zum nächsten Punkt des Netzes höchstens ${formatInteger(b.maxAccessMeters)} m Luftlinie; liegt kein Weg so nah, gilt die Zelle als ohne Verbindung (${formatInteger(b.offNetworkCells)} Zellen mit ${formatInteger(Math.round(b.offNetworkWeight))} Menschen, meist außerhalb des Auszugs).` +
    (b.facilitiesOffNetwork > 0 ? ` ${formatInteger(b.facilitiesOffNetwork)} Zentren liegen so weit vom Netz entfernt und zählen nicht.` : ''));
  out.push('Zellen ohne Verbindung zählen als nicht versorgt, nicht als weit entfernt.');
  return out;
}
