/**
 * What a coverage run counted, in the words of the German files and reports (CSV, PDF): the
 * target group and its source. The UI says the same through i18n.
 */
import type { TargetGroup } from './cells';
import { formatInteger } from '../../domain/format';
import type { TravelBasis } from '../coverage/analysis';
import { travelBasisText } from '../coverage/travelText';

/** Whom a run counted: a census class (or the places' people outside Thuringia), maybe an imported table. */
export interface Counted {
  target: TargetGroup;
  /** True: the census 1 km grid; false: the populated places (planning areas without the grid). */
  census: boolean;
  /** Label of an imported statistics table (file and column), when one is the demand. */
  table: string | null;
  /** The planning area counted (census grid only); without it the texts speak of Thuringia. */
  area?: { name: string; people: number; gebietsstand: '01.01.2024' | '15.05.2022' };
}

export const TARGET_NAMES_DE: Record<TargetGroup, string> = {
  total: 'Einwohner',
  under15: 'Kinder unter 15 Jahren',
  over65: 'Menschen ab 65 Jahren',
};

/** E.g. "Kinder unter 15 Jahren, Zensus 2022, 1-km-Gitter". */
export function countedText(c: Counted): string {
  if (!c.census) return c.table ? `Importierte Tabelle ${c.table}, verteilt nach den Einwohnern der Orte (GeoNames)` : 'Einwohner der Orte ab 500 Einwohnern (GeoNames)';
  const group = `${TARGET_NAMES_DE[c.target]}, Zensus 2022, 1-km-Gitter`;
  return c.table ? `Importierte Tabelle ${c.table}, in jeder Gemeinde verteilt wie ${group}` : group;
}

/** "Wie wird gerechnet?": the method in plain words, one paragraph per entry (German, for the report). */
export function methodText(c: Counted, measure: 'distance' | 'time' | 'routed', travel: TravelBasis | null = null): string[] {
  const out: string[] = [];
  // Thuringia goes on to its Gemeinden of 2024; the other Länder and Germany stay on those of 2022.
  const to2024 = (c.area?.gebietsstand ?? '01.01.2024') === '01.01.2024';
  if (c.census) {
    out.push('Bedarf: die bewohnten Zellen des 1-km-Gitters des Zensus 2022 (Eurostat, Census 2021 population grid; Stichtag 15.05.2022) mit Einwohnern und Altersgruppen. ' +
      `Die Zellen jeder Gemeinde (Gebietsstand 15.05.2022) sind so skaliert, dass sie genau deren Einwohnerzahl laut Zensus 2022 ergeben (${c.area ? `${c.area.name}: ${formatInteger(c.area.people)}` : 'Thüringen: 2.110.396'}); die Altersgruppen mit demselben Faktor.` +
      (to2024 ? ' Danach zählt jede Zelle zu der Gemeinde mit Gebietsstand 01.01.2024, in der sie liegt.' : ''));
    out.push('Die Gitterwerte sind zur Geheimhaltung leicht verändert (im Mittel um etwa 2 Personen je Zelle): Zahlen kleiner Zellen sind Näherungen.');
  } else {
    out.push('Bedarf: Orte mit 500 und mehr Einwohnern (GeoNames); kleinere Orte fehlen. Gemeinden mit Gebietsstand 2016.');
  }
  if (c.table) out.push(`Statt der Zensuszahl zählt die importierte Tabelle ${c.table}; ihr Wert je Gemeinde ist auf deren Zellen verteilt (alte Gemeindeschlüssel werden auf den Stand ${to2024 ? '2024' : '15.05.2022'} übersetzt).`);
  if (measure === 'routed' && travel) out.push(...travelBasisText(travel));
  else out.push(measure === 'time'
    ? 'Fahrzeit: geschätzt aus der Luftlinie × Umwegfaktor ÷ Geschwindigkeit (einstellbar), keine Routenberechnung.'
    : 'Entfernung: Luftlinie vom Mittelpunkt der Zelle zur nächsten Einrichtung der gewählten Arten (Haversine-Formel), keine Wegstrecke.');
  out.push('Einrichtungen in Nachbarkreisen zählen mit: eine Familie nahe der Kreisgrenze kann sie nutzen.');
  return out;
}
