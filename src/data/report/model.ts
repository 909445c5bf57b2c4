import type { AreaFigures } from '../../analysis/coverage/figures';
import { THEKIZ } from '../../domain/categories';
import { kreisOf } from '../../domain/filter';
import { formatDecimal, formatInteger, formatKm, formatMinutes, formatShare } from '../../domain/format';
import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';
import { countedText, methodText, TARGET_NAMES_DE, type Counted } from '../../analysis/demand/labels';
import type { TravelBasis } from '../../analysis/coverage/analysis';
import { travelModeDe } from '../../analysis/coverage/travelText';
import { CREDITS_LINE } from '../../domain/attribution';
import type { GemeindeCoverage } from '../../analysis/coverage/analysis';
import type { KreisGapRow } from '../../analysis/partners/gapCells';

/**
 * The content of a Kreis or Land report, independent of its layout (pdf.ts draws it).
 * Pure: no React, MapLibre or Dexie.
 */

/** The area a report covers: the whole Land ('16') or one Kreis (5-digit AGS key). */
export interface ReportArea {
  kind: 'land' | 'kreis';
  key: string;
  name: string;
}

/** Network figures of the area (see analysis/network/figures.ts). */
export interface ReportNetwork {
  density: number;
  nodes: number;
  edges: number;
  /** Without a partner in the area (as the Netzwerk tab counts, filtered to the area). */
  isolated: number;
  /** Of those, how many have partners outside the area only (Kreis reports). */
  onlyOutside?: number;
}

export interface ReportInput {
  area: ReportArea;
  projectName: string;
  date: Date;
  /** Institutions of the project; for a Kreis those outside it are dropped (kreisOf), for the Land all are kept. */
  institutions: readonly Institution[];
  /** Partnerships of the project; those without an end in the area are ignored. */
  partnerships: readonly Partnership[];
  /** Coverage figures of this area, if computed. */
  coverage?: AreaFigures | null;
  /** The planner's main distance (km): adds "Einwohner weiter als X km entfernt" when it is one of the coverage thresholds. */
  coverageLimitKm?: number;
  /** Whom the coverage counted (target group and source), for labels and the method notes. */
  counted?: Counted;
  /** Straight-line distance, estimated travel time, or travel time over the loaded data, for the method notes. */
  measure?: 'distance' | 'time' | 'routed';
  /** The coverage's unit: km of straight line, or minutes of travel time (then what the run rests on). */
  unit?: 'km' | 'min';
  travel?: TravelBasis | null;
  network?: ReportNetwork | null;
  categories: readonly { name: string; color: string }[];
  /** The kinds counted as facilities in the coverage (e.g. ["ThEKiZ"]), for the per-10,000 labels. */
  facilityKinds?: readonly string[];
  /** A what-if shown beside the status quo: its name and the area's figures with it. */
  scenario?: { name: string; coverage: AreaFigures | null; underserved?: readonly GemeindeCoverage[] } | null;
  /** Gemeinden of the area with people beyond the main distance (status quo), most such people first. */
  underserved?: readonly GemeindeCoverage[];
  /** The network gaps of the area: key kinds, radius, whom they affect, and the centres lacking kinds. */
  networkGaps?: ReportGapsInput | null;
}

export interface ReportGapsInput {
  kinds: readonly string[];
  /** km, or minutes when `travel` is set (network gaps by travel time). */
  radiusKm: number;
  travel?: TravelBasis | null;
  row: KreisGapRow;
  /** Centres of the area lacking kinds, ranked (people served × kinds missing). */
  centres: readonly { name: string; served: number; missingKinds: readonly string[]; nearest: readonly string[] }[];
}

export interface ReportFigure {
  label: string;
  value: string;
  /** The value in the what-if scenario, when one is reported. */
  scenario?: string;
}

/** An underserved Gemeinde as the report lists it. */
export interface ReportGemeinde {
  name: string;
  people: string;
  total: string;
  share: string;
  mean: string;
  nearest: string;
}

export interface ReportGaps {
  intro: string;
  /** Per key kind: people and children whose nearest centre lacks it. */
  rows: { kind: string; people: string; children: string }[];
  centres: { name: string; served: string; missing: string; nearest: string }[];
}

export interface ReportCategoryCount {
  name: string;
  color: string;
  count: number;
}

export interface ReportRow {
  name: string;
  category: string;
  carrier: string;
  town: string;
  /** Partnerships of this institution (within the area and across its boundary). */
  partnerships: number;
}

export interface ReportModel {
  title: string;
  /** For the page footer. */
  projectName: string;
  subtitle: string[];
  figures: ReportFigure[];
  /** Every given category plus any other category found, most institutions first. */
  categories: ReportCategoryCount[];
  rows: ReportRow[];
  /** Short methodological notes printed under the figures. */
  notes: string[];
  /** "Szenario: <name>" for every page, or null for the status quo alone. */
  scenarioName: string | null;
  /** The method in plain words (a box of its own). */
  method: string[];
  /** Underserved Gemeinden of the area (status quo), with the main distance in the heading. */
  underserved: { km: number; unit: 'km' | 'min'; who: string; rows: ReportGemeinde[] } | null;
  gaps: ReportGaps | null;
}

/** Colour for categories that are not in the category list. */
export const UNKNOWN_CATEGORY_COLOR = '#888888';

const dateFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });

/** German collation; digits compare as numbers ("Kita 2" before "Kita 10"). */
const byName = (a: string, b: string) => a.localeCompare(b, 'de', { numeric: true });

/** A finite number, or null (NaN, ±Infinity, null and undefined are "missing"). */
const finite = (x: number | null | undefined): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

const km = (x: number, unit: 'km' | 'min' = 'km') => `${formatDecimal(x, 1)} ${unit}`;
/** A distance (metres) or, in a run by time, thousandths of a minute, as text. */
const amount = (x: number, unit: 'km' | 'min') => (unit === 'min' ? `${formatMinutes(x / 1000)} min` : `${formatKm(x)} km`);

/** Institutions of the area: all for the Land, those whose Gemeinde lies in the Kreis otherwise. */
export function institutionsIn(area: ReportArea, institutions: readonly Institution[]): Institution[] {
  return area.kind === 'land' ? [...institutions] : institutions.filter((i) => kreisOf(i) === area.key);
}

/** Partnerships with both ends in the area (inside) and with exactly one end in it (crossing). */
export function splitPartnerships(ids: ReadonlySet<string>, partnerships: readonly Partnership[]): { inside: Partnership[]; crossing: Partnership[] } {
  const inside: Partnership[] = [];
  const crossing: Partnership[] = [];
  for (const p of partnerships) {
    const a = ids.has(p.a);
    const b = ids.has(p.b);
    if (a && b) inside.push(p);
    else if (a || b) crossing.push(p);
  }
  return { inside, crossing };
}

function coverageFigures(c: AreaFigures, limitKm: number | undefined, counted: Counted | undefined, institutions: number, kinds: string, unit: 'km' | 'min'): ReportFigure[] {
  const word = unit === 'min' ? 'Fahrzeit' : 'Entfernung';
  const out: ReportFigure[] = [];
  const who = whoOf(counted);
  // A total of 0 means no demand data for the area: leave the people figures out.
  const people = finite(c.totalWeight);
  if (people !== null && people > 0) {
    out.push({ label: who, value: formatInteger(Math.round(people)) });
    out.push({ label: `Einrichtungen je 10.000 ${who}`, value: formatDecimal((institutions / people) * 10_000, 2) });
    out.push({ label: `${kinds} (als Einrichtung gezählt)`, value: formatInteger(c.facilities) });
  }
  const per10k = finite(c.facilitiesPer10k);
  if (per10k !== null) out.push({ label: `${kinds} je 10.000 ${who}`, value: formatDecimal(per10k, 2) });
  for (const t of c.thresholds) {
    const share = finite(t.share);
    if (share !== null) out.push({ label: `Anteil der ${who} innerhalb von ${km(t.km, unit)}`, value: formatShare(share) });
  }
  const limit = c.thresholds.find((t) => t.km === limitKm);
  const beyond = finite(limit?.uncoveredWeight);
  if (limit && beyond !== null && people !== null && people > 0) {
    out.push({ label: unit === 'min' ? `${who} mit mehr als ${km(limit.km, unit)} Fahrzeit` : `${who} weiter als ${km(limit.km)} entfernt`, value: formatInteger(Math.round(beyond)) });
  }
  if (unit === 'min' && people !== null && people > 0) out.push({ label: `${who} ohne Verbindung zum nächsten ${kinds}`, value: formatInteger(Math.round(c.unreachableWeight)) });
  const mean = finite(c.meanMeters);
  if (mean !== null) out.push({ label: `Mittlere ${word} zum nächsten ${kinds}`, value: amount(mean, unit) });
  const max = finite(c.maxMeters);
  if (max !== null) out.push({ label: `Größte ${word} zum nächsten ${kinds}`, value: amount(max, unit) });
  return out;
}

const whoOf = (counted: Counted | undefined) => (counted?.census && !counted.table ? TARGET_NAMES_DE[counted.target] : 'Einwohner');

/** The status quo's figures with the scenario's beside them (matched by label; '–' where the scenario has none). */
function withScenario(base: ReportFigure[], scenario: ReportFigure[]): ReportFigure[] {
  const by = new Map(scenario.map((f) => [f.label, f.value]));
  return base.map((f) => ({ ...f, scenario: by.get(f.label) ?? '–' }));
}

/** Underserved Gemeinden as rows of text. */
function gemeindeRows(list: readonly GemeindeCoverage[], unit: 'km' | 'min'): ReportGemeinde[] {
  return list.map((g) => ({
    name: g.name,
    people: formatInteger(Math.round(g.uncoveredWeight)),
    total: formatInteger(Math.round(g.weight)),
    share: g.share === null ? '–' : formatShare(g.share),
    mean: g.meanMeters === null ? '–' : amount(g.meanMeters, unit),
    nearest: g.facilityName || '–',
  }));
}

function gapsSection(g: ReportGapsInput): ReportGaps {
  return {
    intro: (g.travel
      ? `Schlüssel-Partnerarten innerhalb von ${formatMinutes(g.radiusKm)} min ${travelModeDe(g.travel.mode)} (Fahrzeit über das Straßennetz „${g.travel.road.file}“${g.travel.transit ? ` und den Fahrplan „${g.travel.transit.file}“` : ''}) vom nach Fahrzeit nächsten Zentrum: ${g.kinds.join(', ')}. `
      : `Schlüssel-Partnerarten im Umkreis von ${km(g.radiusKm)} (Luftlinie) um das nächste Zentrum: ${g.kinds.join(', ')}. `) +
      `${formatInteger(Math.round(g.row.any.people))} von ${formatInteger(Math.round(g.row.people))} Menschen (${formatInteger(Math.round(g.row.any.children))} Kinder unter 15) haben ein nächstes Zentrum, dem mindestens eine dieser Arten als Partner fehlt.`,
    rows: g.kinds.map((kind, k) => ({ kind, people: formatInteger(Math.round(g.row.perKind[k].people)), children: formatInteger(Math.round(g.row.perKind[k].children)) })),
    centres: g.centres.map((c) => ({ name: c.name, served: formatInteger(Math.round(c.served)), missing: c.missingKinds.join(', '), nearest: c.nearest.join('; ') })),
  };
}

function networkFigures(n: ReportNetwork): ReportFigure[] {
  const out: ReportFigure[] = [];
  const density = finite(n.density);
  if (density !== null) out.push({ label: 'Netzdichte', value: formatDecimal(density, 3) });
  const isolated = finite(n.isolated);
  const nodes = finite(n.nodes);
  if (isolated !== null) out.push({ label: 'Einrichtungen ohne Partnerschaft im Gebiet', value: nodes !== null ? `${formatInteger(isolated)} von ${formatInteger(nodes)}` : formatInteger(isolated) });
  const outside = finite(n.onlyOutside);
  if (outside !== null && outside > 0) out.push({ label: 'davon mit Partnern nur außerhalb des Gebiets', value: formatInteger(outside) });
  return out;
}

/** Institutions per category: every listed category (also with 0), then unlisted ones; most first, ties by name. */
function categoryCounts(list: readonly Institution[], categories: ReportInput['categories']): ReportCategoryCount[] {
  const counts = new Map<string, ReportCategoryCount>();
  for (const c of categories) if (!counts.has(c.name)) counts.set(c.name, { name: c.name, color: c.color, count: 0 });
  for (const i of list) {
    const name = i.category === '' ? 'ohne Kategorie' : i.category;
    const entry = counts.get(name) ?? { name, color: UNKNOWN_CATEGORY_COLOR, count: 0 };
    entry.count++;
    counts.set(name, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || byName(a.name, b.name));
}

/** Builds the report of one area. Missing coverage or network figures are left out, never shown as 0. */
export function buildReport(input: ReportInput): ReportModel {
  const { area } = input;
  const list = institutionsIn(area, input.institutions);
  const ids = new Set<string>(list.map((i) => i.id));
  const { inside, crossing } = splitPartnerships(ids, input.partnerships);

  const degree = new Map<string, number>();
  for (const p of [...inside, ...crossing]) {
    for (const end of new Set([p.a, p.b])) if (ids.has(end)) degree.set(end, (degree.get(end) ?? 0) + 1);
  }

  const figures: ReportFigure[] = [
    { label: 'Einrichtungen', value: formatInteger(list.length) },
    { label: 'davon ThEKiZ', value: formatInteger(list.filter((i) => i.category === THEKIZ).length) },
    { label: 'Partnerschaften innerhalb des Gebiets', value: formatInteger(inside.length) },
  ];
  // For the Land every institution is inside, so a "crossing" count would only show dangling records.
  if (area.kind === 'kreis') figures.push({ label: 'Partnerschaften über die Gebietsgrenze', value: formatInteger(crossing.length) });
  const kinds = (input.facilityKinds ?? [THEKIZ]).join(', ') || THEKIZ;
  const unit = input.unit ?? 'km';
  if (input.coverage) {
    const base = coverageFigures(input.coverage, input.coverageLimitKm, input.counted, list.length, kinds, unit);
    const sc = input.scenario?.coverage;
    figures.push(...(input.scenario ? withScenario(base, sc ? coverageFigures(sc, input.coverageLimitKm, input.counted, list.length, kinds, unit) : []) : base));
  }
  if (input.network) figures.push(...networkFigures(input.network));

  const rows: ReportRow[] = [...list]
    .sort((a, b) => byName(a.category, b.category) || byName(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((i) => ({ name: i.name, category: i.category, carrier: i.carrier, town: i.town, partnerships: degree.get(i.id) ?? 0 }));

  const notes: string[] = [];
  const method: string[] = [];
  if (input.coverage && input.counted) {
    notes.push(`Gezählt: ${countedText(input.counted)}.`);
    method.push(...methodText(input.counted, unit === 'min' ? 'routed' : input.measure === 'time' ? 'time' : 'distance', input.travel ?? null));
  } else if (input.coverage) notes.push('Entfernungen: Luftlinie zur nächsten Einrichtung.');
  if (input.scenario) notes.push(`Szenario „${input.scenario.name}“: hypothetische Zentren und abgeschaltete Einrichtungen einer Was-wäre-wenn-Rechnung, nicht der Bestand.`);
  if (input.coverage) notes.push(`Quellen: ${CREDITS_LINE}.`);

  return {
    title: `${area.kind === 'land' ? 'Landesbericht' : 'Kreisbericht'} ${area.name}`,
    projectName: input.projectName,
    subtitle: [`Projekt: ${input.projectName}`, `Stand: ${dateFormat.format(input.date)}`, ...(input.scenario ? [`Szenario: ${input.scenario.name}`] : [])],
    figures,
    categories: categoryCounts(list, input.categories),
    rows,
    notes,
    scenarioName: input.scenario?.name ?? null,
    method,
    underserved: input.underserved && input.coverageLimitKm !== undefined ? { km: input.coverageLimitKm, unit, who: whoOf(input.counted), rows: gemeindeRows(input.underserved, unit) } : null,
    gaps: input.networkGaps ? gapsSection(input.networkGaps) : null,
  };
}
