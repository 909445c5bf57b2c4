/** German explanations of how the geocoder found a point ("Ort „Erfurt“ über … gefunden"). */
import type { GazetteerEntry } from './gazetteer';
import type { VariantRule } from './normalize';
import type { OrtsteilMatch } from './ortsteil';
import type { PostcodeArea } from './postcodeData';
import type { Choice } from './select';

/** What the written name had to lose before it matched, phrased as "der Namensteil …". */
const QUERY_RULE_TEXT: Readonly<Record<VariantRule, string>> = {
  full: 'über den vollständigen Namen',
  'no-parens': 'über den Namen ohne Klammerzusatz',
  'before-comma': 'über den Namensteil vor dem Komma',
  'before-slash': 'über den Namensteil vor dem Schrägstrich',
  'without-fillers': 'über den Namen ohne Füllwörter („an der“, „a. d.“ …)',
  'before-qualifier': 'über den Namen ohne Lagezusatz („b.“, „a. d.“, „bei“)',
  'before-ot': 'über den Namensteil vor „OT“',
  'after-ot': 'über den Ortsteilnamen nach „OT“',
  'before-hyphen': 'über den Namensteil vor dem Bindestrich',
  'after-hyphen': 'über den Namensteil nach dem Bindestrich',
};

/** Which part of the gazetteer name was compared. */
const ENTRY_RULE_TEXT: Readonly<Record<VariantRule, string>> = {
  full: 'vollständig',
  'no-parens': 'ohne Klammerzusatz',
  'before-comma': 'vor dem Komma',
  'before-slash': 'vor dem Schrägstrich',
  'without-fillers': 'ohne Füllwörter',
  'before-qualifier': 'ohne Lagezusatz',
  'before-ot': 'vor „OT“',
  'after-ot': 'nach „OT“',
  'before-hyphen': 'vor dem Bindestrich',
  'after-hyphen': 'nach dem Bindestrich',
};

/** How the name was matched, for {@link explain}. */
export type HowMatched =
  | { method: 'exact' }
  | { method: 'variant'; queryRule: VariantRule; entryRule: VariantRule }
  | { method: 'phonetic'; heard: string }
  | { method: 'key'; ags: string };

function kindLabel(e: GazetteerEntry): string {
  return e.kind === 'place' ? 'Ort' : 'Gemeinde';
}

function howText(e: GazetteerEntry, how: HowMatched): string {
  if (how.method === 'exact') return QUERY_RULE_TEXT.full;
  if (how.method === 'key') return `über den Gemeindeschlüssel ${how.ags}`;
  if (how.method === 'phonetic') return `über ähnlichen Klang (Kölner Phonetik) von „${how.heard}“`;
  const own = e.kind === 'place' ? 'seines' : 'ihres';
  const entryPart = `einen Teil ${own} Namens (${ENTRY_RULE_TEXT[how.entryRule]})`;
  if (how.entryRule === 'full') return QUERY_RULE_TEXT[how.queryRule];
  if (how.queryRule === 'full') return `über ${entryPart}`;
  return `${QUERY_RULE_TEXT[how.queryRule]} und ${entryPart}`;
}

function decisionText(choice: Choice, postcode: string | undefined): string {
  if (choice.decidedBy === 'single') return '';
  const pc = (postcode ?? '').trim();
  const byPc = choice.postcodeSource === 'list' ? `der Postleitzahl ${pc} (ihre Orte laut Postleitzahlverzeichnis)` : `der Postleitzahl ${pc} (Leitregion ${pc.slice(0, 2)})`;
  const basis: Record<Exclude<Choice['decidedBy'], 'single'>, string> = {
    postcode: `gewählt nach ${byPc}`,
    'postcode+population': `gewählt nach ${byPc} und der Einwohnerzahl`,
    population: 'gewählt nach der Einwohnerzahl',
    first: 'kein Merkmal entschied, erster Treffer gewählt',
  };
  return `; ${choice.candidates} gleichnamige Treffer, ${basis[choice.decidedBy]}`;
}

/**
 * German one-line explanation, e.g. "Ort „Erfurt“ über den Namensteil vor dem Bindestrich
 * gefunden", with the field used when it was "Gemeinde" and the tie-break when there was one.
 */
export function explain(choice: Choice, how: HowMatched, field: 'town' | 'gemeinde' | 'ags', postcode?: string): string {
  const e = choice.entry;
  const fieldText = field === 'gemeinde' ? ' (Angabe im Feld „Gemeinde“)' : '';
  // A place only the postcode list knows (a village under 500 inhabitants): say where it came from.
  const listText = e.postcode ? ` im Postleitzahlverzeichnis (PLZ ${e.postcode})` : '';
  return `${kindLabel(e)} „${e.name}“ ${howText(e, how)}${fieldText}${listText} gefunden${decisionText(choice, postcode)}`;
}

/** "5,8 km" with a German decimal comma. */
function km(metres: number): string {
  return `${(metres / 1000).toFixed(1).replace('.', ',')} km`;
}

/**
 * "Ort „Walldorf“ über den Ortsteilnamen nach „OT“ gefunden (eigener Ort im Ortsverzeichnis,
 * 5,8 km vom Punkt von „Meiningen“)": an Ortsteil placed at its own point, not the main town's.
 */
export function explainOrtsteil(m: OrtsteilMatch, main: GazetteerEntry, field: 'town' | 'gemeinde'): string {
  const e = m.entry;
  const fieldText = field === 'gemeinde' ? ' (Angabe im Feld „Gemeinde“)' : '';
  const own = m.source === 'postcode-list'
    ? `eigener Ort im Postleitzahlverzeichnis, PLZ ${e.postcode ?? ''}`
    : e.kind === 'place' ? 'eigener Ort im Ortsverzeichnis' : 'eigene Gemeinde im Ortsverzeichnis';
  return `${kindLabel(e)} „${e.name}“ ${QUERY_RULE_TEXT['after-ot']}${fieldText} gefunden (${own}, ${km(m.distance)} vom Punkt von „${main.name}“)`;
}

/**
 * "Lage über die Postleitzahl 99735 gefunden (Mitte ihrer 9 Orte laut Postleitzahlverzeichnis;
 * grob)", led by "Ort „…“ nicht gefunden; " when a place name was written but fits nothing.
 */
export function explainPostcode(area: PostcodeArea, unfoundName?: string): string {
  const lead = unfoundName ? `Ort „${unfoundName}“ nicht gefunden; ` : '';
  const where = area.places.length === 1 ? `Ort „${area.places[0].name}“` : `Mitte ihrer ${area.places.length} Orte`;
  return `${lead}Lage über die Postleitzahl ${area.postcode} gefunden (${where} laut Postleitzahlverzeichnis; grob)`;
}
