/**
 * Name pools for the fictional demo data. Every demo name is invented; the places are real.
 * `{ort}` is replaced by the town name,
 * `{teil}` by a district of a big city.
 */
export const DEMO_SOURCE = 'Beispieldaten – fiktiv';
export const DEMO_NOTE = 'Fiktiver Datensatz aus den Beispieldaten. Keine echte Einrichtung.';

/**
 * Who runs an institution of a kind. Public bodies are run by the public body: `kreis` is the
 * Landkreis or the kreisfreie Stadt (Jugendamt, Gesundheitsamt, school authority), `town` the
 * Stadt or Gemeinde of the place, `ba` the Bundesagentur für Arbeit, `jobcenter` the joint body
 * of Kreis and Bundesagentur. Free carriers (Wohlfahrtsverbände) only run free-carrier kinds;
 * `practice`, `midwife`, `club` and `hospital` are what they say.
 */
export type CarrierKind = 'kreis' | 'town' | 'ba' | 'jobcenter' | 'free' | 'practice' | 'midwife' | 'club' | 'hospital';

/** One way to name an institution of a kind, with its carrier and the place sizes it suits. */
export interface NameVariant {
  /** `{ort}` is the town; `{teil}` a district of a big city (the variant is used only where districts are known). */
  names: readonly string[];
  carrier: CarrierKind;
  minPopulation?: number;
  maxPopulation?: number;
}

/** Free carriers (Wohlfahrtsverbände and similar), for the kinds they run. */
export const FREE_CARRIERS = ['AWO', 'Caritas', 'Diakonie', 'DRK', 'Volkssolidarität', 'Der Paritätische', 'Johanniter', 'Lebenshilfe', 'pro familia', 'Kinderschutzbund'] as const;
/** Which free carriers run which kind (a Frühförderstelle is Lebenshilfe's, not pro familia's). */
const FREE_FOR: Record<string, readonly string[]> = {
  ThEKiZ: ['AWO', 'Caritas', 'Diakonie', 'DRK', 'Volkssolidarität', 'Der Paritätische', 'Johanniter'],
  Kita: ['AWO', 'Caritas', 'Diakonie', 'DRK', 'Volkssolidarität', 'Der Paritätische', 'Johanniter'],
  'Familienzentrum / Mehrgenerationenhaus': ['AWO', 'Caritas', 'Diakonie', 'DRK', 'Volkssolidarität', 'Der Paritätische', 'Kinderschutzbund'],
  'Erziehungs- und Familienberatung': ['AWO', 'Caritas', 'Diakonie', 'Der Paritätische'],
  Schwangerschaftsberatung: ['AWO', 'Caritas', 'Diakonie', 'DRK', 'pro familia'],
  Frühförderstelle: ['Lebenshilfe', 'Diakonie', 'AWO', 'Caritas'],
  Familienbildung: ['AWO', 'Caritas', 'Diakonie', 'Der Paritätische', 'Kinderschutzbund'],
  Migrationsberatung: ['AWO', 'Caritas', 'Diakonie', 'DRK', 'Der Paritätische'],
  'Sucht- und Schuldnerberatung': ['AWO', 'Caritas', 'Diakonie', 'DRK', 'Der Paritätische'],
  Sonstige: ['AWO', 'Diakonie', 'DRK', 'Volkssolidarität', 'Der Paritätische'],
};
export const freeCarriersFor = (category: string): readonly string[] => FREE_FOR[category] ?? [];

/** Kinds that only a public body runs (the demo never gives them a free carrier). */
export const PUBLIC_KINDS: readonly string[] = ['Jugendamt / ASD', 'Gesundheitsamt', 'Jobcenter / Agentur für Arbeit', 'Gemeindeverwaltung', 'Grundschule', 'Bibliothek', 'Frühe Hilfen'];

const KITA_NAMES = ['Sonnenschein', 'Regenbogen', 'Pusteblume', 'Spatzennest', 'Kleine Strolche', 'Wirbelwind', 'Löwenzahn', 'Zwergenland', 'Sonnenblume', 'Villa Kunterbunt', 'Am Park', 'Waldwichtel', 'Kinderland', 'Schatzkiste', 'Bummi', 'Glühwürmchen', 'Mäuseburg', 'Märchenland', 'Knirpsenland', 'Sternschnuppe', 'Hummelnest', 'Kunterbunt', 'Max und Moritz', 'Pfiffikus'];
const SCHOOL_NAMES = ['Am Lindenberg', 'Johann Wolfgang von Goethe', 'Friedrich Schiller', 'Am Stadtpark', 'Astrid Lindgren', 'Erich Kästner', 'Am Mühlberg', 'Albert Schweitzer', 'An der Kirche'];
const SURNAMES = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schulz', 'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Schwarz', 'Zimmermann', 'Krüger', 'Hartmann', 'Lange', 'Werner', 'Krause', 'Lehmann', 'Köhler'];

/** How institutions of each kind are named and who runs them. */
export const NAME_VARIANTS: Record<string, readonly NameVariant[]> = {
  ThEKiZ: [{ names: KITA_NAMES.map((n) => `ThEKiZ Kita „${n}“ {ort}`), carrier: 'free' }, { names: KITA_NAMES.map((n) => `ThEKiZ Kita „${n}“ {ort}`), carrier: 'town' }],
  Kita: [{ names: KITA_NAMES.map((n) => `Kita „${n}“ {ort}`), carrier: 'free' }, { names: KITA_NAMES.map((n) => `Kita „${n}“ {ort}`), carrier: 'town' }],
  'Familienzentrum / Mehrgenerationenhaus': [{ names: ['Mehrgenerationenhaus {ort}', 'Familienzentrum {ort}', 'Haus der Familie {ort}', 'Familienzentrum {ort}-{teil}'], carrier: 'free' }],
  'Erziehungs- und Familienberatung': [
    { names: ['Erziehungs- und Familienberatungsstelle {ort}', 'Familienberatung {ort}', 'Beratungsstelle für Eltern, Kinder und Jugendliche {ort}'], carrier: 'free' },
    { names: ['Erziehungsberatungsstelle des Jugendamts {ort}'], carrier: 'kreis' },
  ],
  Schwangerschaftsberatung: [{ names: ['Schwangerschaftsberatung {ort}', 'Schwangeren- und Familienberatung {ort}', 'Schwangerschaftskonfliktberatung {ort}'], carrier: 'free' }],
  'Frühe Hilfen': [{ names: ['Koordinierungsstelle Frühe Hilfen {ort}', 'Netzwerk Frühe Hilfen {ort}'], carrier: 'kreis' }],
  'Jugendamt / ASD': [{ names: ['Jugendamt {ort}', 'Allgemeiner Sozialer Dienst {ort}'], carrier: 'kreis' }],
  Gesundheitsamt: [{ names: ['Gesundheitsamt {ort}'], carrier: 'kreis' }],
  'Kinder- und Jugendärzt*innen': [{ names: SURNAMES.map((n) => `Kinderarztpraxis Dr. ${n} {ort}`).concat(SURNAMES.map((n) => `Praxis für Kinder- und Jugendmedizin Dr. ${n} {ort}`)), carrier: 'practice' }],
  Hebammen: [{ names: ['Hebammenpraxis {ort}', 'Hebammengemeinschaft {ort}'].concat(SURNAMES.map((n) => `Hebamme ${n} {ort}`)), carrier: 'midwife' }],
  Geburtsklinik: [{ names: ['Klinikum {ort}, Geburtshilfe', 'Krankenhaus {ort}, Kreißsaal', 'Frauenklinik {ort}'], carrier: 'hospital' }],
  Frühförderstelle: [{ names: ['Interdisziplinäre Frühförderstelle {ort}', 'Frühförderung {ort}', 'Frühförderstelle {ort}-{teil}'], carrier: 'free' }],
  Familienbildung: [{ names: ['Familienbildungsstätte {ort}', 'Elternschule {ort}', 'Familienbildung {ort}'], carrier: 'free' }],
  Grundschule: [{ names: SCHOOL_NAMES.map((n) => `Staatliche Grundschule „${n}“ {ort}`).concat(['Grundschule {ort}', 'Grundschule {ort}-{teil}']), carrier: 'kreis' }],
  Bibliothek: [
    { names: ['Stadtbibliothek {ort}', 'Stadtteilbibliothek {ort}-{teil}', 'Kinder- und Jugendbibliothek {ort}'], carrier: 'town', minPopulation: 5000 },
    { names: ['Gemeindebibliothek {ort}'], carrier: 'town', maxPopulation: 4999 },
  ],
  'Sport und Kultur (Vereine)': [
    { names: ['SV Eintracht {ort} e. V.', 'Turnverein {ort} e. V.', 'Musikverein {ort} e. V.', 'Jugendkunstschule {ort} e. V.', 'SG Blau-Weiß {ort} e. V.', 'Kinder- und Jugendchor {ort} e. V.'], carrier: 'club' },
    { names: ['Musikschule {ort}'], carrier: 'kreis', minPopulation: 10000 },
  ],
  'Jobcenter / Agentur für Arbeit': [
    { names: ['Jobcenter {ort}'], carrier: 'jobcenter' },
    { names: ['Agentur für Arbeit {ort}'], carrier: 'ba' },
  ],
  Migrationsberatung: [{ names: ['Migrationsberatung für Erwachsene {ort}', 'Jugendmigrationsdienst {ort}', 'Integrationsbüro {ort}'], carrier: 'free' }],
  'Sucht- und Schuldnerberatung': [{ names: ['Suchtberatung {ort}', 'Schuldnerberatung {ort}', 'Sucht- und Drogenberatung {ort}'], carrier: 'free' }],
  Gemeindeverwaltung: [
    { names: ['Stadtverwaltung {ort}', 'Bürgerbüro {ort}'], carrier: 'town', minPopulation: 5000 },
    { names: ['Gemeindeverwaltung {ort}'], carrier: 'town', maxPopulation: 4999 },
  ],
  Sonstige: [{ names: ['Familientreff {ort}', 'Stadtteilbüro {ort}-{teil}', 'Nachbarschaftstreff {ort}'], carrier: 'free' }],
};

/** Fictional streets, as every German town has them; numbers 1–60 are added. */
export const STREETS = [
  'Am Markt', 'Bahnhofstraße', 'Schulstraße', 'Lindenweg', 'Hauptstraße', 'Gartenstraße', 'Kirchplatz', 'Goethestraße', 'Schillerstraße', 'Friedensstraße', 'Am Anger', 'Bergstraße',
  'Rosenweg', 'Mühlenweg', 'Ringstraße', 'Lessingstraße', 'Wiesenweg', 'Birkenweg', 'Feldstraße', 'Dorfstraße', 'Parkstraße', 'Waldstraße', 'Am Sportplatz', 'Kastanienallee',
  'Thomas-Müntzer-Straße', 'August-Bebel-Straße', 'Karl-Marx-Straße', 'Ernst-Thälmann-Straße', 'Puschkinstraße', 'Geschwister-Scholl-Straße', 'Rudolf-Breitscheid-Straße', 'Herderstraße',
  'Am Rathaus', 'Breite Straße', 'Lange Straße', 'Neustadt', 'Obere Straße', 'Untere Straße', 'Brunnenstraße', 'Jahnstraße', 'Am Teich', 'Sonnenhang', 'Ahornweg', 'Eichenweg',
];
/** Where a Kreis or city office is, if it has one address (the seat of the administration). */
export const OFFICE_STREETS: Record<string, string> = { 'Jugendamt / ASD': 'Am Rathaus', Gesundheitsamt: 'Gartenstraße', 'Jobcenter / Agentur für Arbeit': 'Bahnhofstraße', 'Frühe Hilfen': 'Am Rathaus' };

/**
 * The big cities (the kreisfreie Städte, and Eisenach, kreisfrei until 2021): every one has
 * at least one institution of each of CITY_KINDS, and same-named institutions there are told
 * apart by district. The districts are real, the institutions in them are not.
 */
export const CITY_DISTRICTS: Record<string, readonly string[]> = {
  Erfurt: ['Altstadt', 'Krämpfervorstadt', 'Rieth', 'Herrenberg', 'Johannesplatz', 'Moskauer Platz', 'Roter Berg', 'Daberstedt', 'Hochheim', 'Melchendorf', 'Ilversgehofen', 'Brühlervorstadt', 'Wiesenhügel', 'Berliner Platz'],
  Jena: ['Lobeda', 'Winzerla', 'Nord', 'Ost', 'West', 'Zentrum', 'Wenigenjena', 'Burgau', 'Zwätzen', 'Lichtenhain'],
  Gera: ['Lusan', 'Bieblach', 'Untermhaus', 'Langenberg', 'Zwötzen', 'Debschwitz', 'Innenstadt', 'Pforten', 'Tinz', 'Leumnitz'],
  Weimar: ['Schöndorf', 'Westvorstadt', 'Nordvorstadt', 'Weimar-West', 'Oberweimar', 'Ehringsdorf', 'Altstadt', 'Parkvorstadt'],
  Suhl: ['Nord', 'Mitte', 'Aue', 'Heinrichs', 'Lautenberg', 'Friedberg', 'Ilmenauer Straße'],
  Eisenach: ['Nord', 'Südstadt', 'Weststadt', 'Stockhausen', 'Stedtfeld', 'Oststadt', 'Hötzelsroda'],
};
/** Kinds each big city has at least once (DEFAULT_KEY_KINDS of the network gaps and the usual services). */
export const CITY_KINDS: readonly string[] = [
  'Erziehungs- und Familienberatung', 'Frühe Hilfen', 'Hebammen', 'Kinder- und Jugendärzt*innen', 'Frühförderstelle',
  'Schwangerschaftsberatung', 'Familienzentrum / Mehrgenerationenhaus', 'Familienbildung', 'Jugendamt / ASD', 'Gesundheitsamt',
  'Geburtsklinik', 'Grundschule', 'Bibliothek', 'Jobcenter / Agentur für Arbeit', 'Migrationsberatung', 'Sucht- und Schuldnerberatung', 'Kita',
];

/** The Kreise by key, with what the carrier of a Kreis authority is called. */
export const KREIS_CARRIERS: Record<string, string> = {
  '16051': 'Stadt Erfurt', '16052': 'Stadt Gera', '16053': 'Stadt Jena', '16054': 'Stadt Suhl', '16055': 'Stadt Weimar',
  '16061': 'Landkreis Eichsfeld', '16062': 'Landkreis Nordhausen', '16063': 'Wartburgkreis', '16064': 'Unstrut-Hainich-Kreis', '16065': 'Kyffhäuserkreis',
  '16066': 'Landkreis Schmalkalden-Meiningen', '16067': 'Landkreis Gotha', '16068': 'Landkreis Sömmerda', '16069': 'Landkreis Hildburghausen', '16070': 'Ilm-Kreis',
  '16071': 'Landkreis Weimarer Land', '16072': 'Landkreis Sonneberg', '16073': 'Landkreis Saalfeld-Rudolstadt', '16074': 'Saale-Holzland-Kreis', '16075': 'Saale-Orla-Kreis',
  '16076': 'Landkreis Greiz', '16077': 'Landkreis Altenburger Land',
};

/** Whether a carrier name is a public body, or public bodies joined by "und" (a Jobcenter). */
export function isPublicCarrier(carrier: string): boolean {
  return carrier.split(' und ').every((part) => /^(Stadt |Gemeinde |Landkreis )/.test(part) || part === 'Bundesagentur für Arbeit' || /^[\p{L}-]+[Kk]reis$/u.test(part));
}

/** Carriers of the other kinds (no Wohlfahrtsverband among the public ones). */
export const PRACTICE_CARRIER = 'niedergelassene Praxis';
export const MIDWIFE_CARRIER = 'freiberuflich';
export const CLUB_CARRIER = 'eingetragener Verein';
export const HOSPITAL_CARRIERS = ['kommunales Klinikum (gGmbH)', 'DRK-Krankenhaus gGmbH', 'Diakonie-Klinikum gGmbH', 'Katholisches Krankenhaus gGmbH'];

/**
 * How many demo institutions of each category (about 870 besides the ThEKiZ), and the
 * smallest place population where one is believable (a clinic is not in a village).
 */
export const CATEGORY_PLAN: readonly { category: string; count: number; minPopulation: number; perKreis?: boolean }[] = [
  { category: 'Kita', count: 200, minPopulation: 0 },
  { category: 'Grundschule', count: 100, minPopulation: 800 },
  { category: 'Familienzentrum / Mehrgenerationenhaus', count: 30, minPopulation: 4000 },
  { category: 'Erziehungs- und Familienberatung', count: 30, minPopulation: 8000 },
  { category: 'Schwangerschaftsberatung', count: 25, minPopulation: 8000 },
  { category: 'Frühe Hilfen', count: 22, minPopulation: 0, perKreis: true },
  { category: 'Jugendamt / ASD', count: 22, minPopulation: 0, perKreis: true },
  { category: 'Gesundheitsamt', count: 22, minPopulation: 0, perKreis: true },
  { category: 'Kinder- und Jugendärzt*innen', count: 80, minPopulation: 3000 },
  { category: 'Hebammen', count: 60, minPopulation: 1500 },
  { category: 'Geburtsklinik', count: 20, minPopulation: 12000 },
  { category: 'Frühförderstelle', count: 25, minPopulation: 6000 },
  { category: 'Familienbildung', count: 25, minPopulation: 5000 },
  { category: 'Bibliothek', count: 40, minPopulation: 2500 },
  { category: 'Sport und Kultur (Vereine)', count: 50, minPopulation: 1000 },
  { category: 'Jobcenter / Agentur für Arbeit', count: 22, minPopulation: 0, perKreis: true },
  { category: 'Migrationsberatung', count: 15, minPopulation: 15000 },
  { category: 'Sucht- und Schuldnerberatung', count: 20, minPopulation: 10000 },
  { category: 'Gemeindeverwaltung', count: 30, minPopulation: 0 },
  { category: 'Sonstige', count: 10, minPopulation: 5000 },
];

/** Number of demo ThEKiZ, and the cumulative count by year (growth as reported publicly). */
export const THEKIZ_COUNT = 90;
export const THEKIZ_GROWTH: readonly [year: number, total: number][] = [
  [2012, 10], [2016, 22], [2019, 41], [2022, 56], [2023, 70], [2025, 90],
];
