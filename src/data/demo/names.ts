/**
 * Name pools for the fictional demo data. Every demo name is invented; the places are real.
 * `{ort}` is replaced by the town name.
 */
export const DEMO_SOURCE = 'Beispieldaten – fiktiv';
export const DEMO_NOTE = 'Fiktiver Datensatz aus den Beispieldaten. Keine echte Einrichtung.';

const KITA_NAMES = ['Sonnenschein', 'Regenbogen', 'Pusteblume', 'Spatzennest', 'Kleine Strolche', 'Wirbelwind', 'Löwenzahn', 'Zwergenland', 'Sonnenblume', 'Villa Kunterbunt', 'Am Park', 'Waldwichtel', 'Kinderland', 'Schatzkiste', 'Bummi', 'Glühwürmchen', 'Mäuseburg', 'Märchenland'];

/** Name patterns per category. */
export const NAME_PATTERNS: Record<string, readonly string[]> = {
  ThEKiZ: KITA_NAMES.map((n) => `ThEKiZ Kita „${n}“ {ort}`),
  Kita: KITA_NAMES.map((n) => `Kita „${n}“ {ort}`),
  'Familienzentrum / Mehrgenerationenhaus': ['Mehrgenerationenhaus {ort}', 'Familienzentrum {ort}', 'Haus der Familie {ort}'],
  'Erziehungs- und Familienberatung': ['Erziehungs- und Familienberatungsstelle {ort}', 'Familienberatung {ort}', 'Beratungsstelle für Eltern, Kinder und Jugendliche {ort}'],
  Schwangerschaftsberatung: ['Schwangerschaftsberatung {ort}', 'Schwangeren- und Familienberatung {ort}'],
  'Frühe Hilfen': ['Netzwerk Frühe Hilfen {ort}', 'Familienhebammen-Team {ort}', 'Koordinierungsstelle Frühe Hilfen {ort}'],
  'Jugendamt / ASD': ['Jugendamt {ort}', 'Allgemeiner Sozialer Dienst {ort}'],
  Gesundheitsamt: ['Gesundheitsamt {ort}'],
  'Kinder- und Jugendärzt*innen': ['Kinderarztpraxis {ort}', 'Praxis für Kinder- und Jugendmedizin {ort}', 'Kinder- und Jugendarztpraxis am Markt {ort}'],
  Hebammen: ['Hebammenpraxis {ort}', 'Hebammengemeinschaft {ort}', 'Freie Hebamme {ort}'],
  Geburtsklinik: ['Klinikum {ort}, Geburtshilfe', 'Kreiskrankenhaus {ort}, Kreißsaal'],
  Frühförderstelle: ['Interdisziplinäre Frühförderstelle {ort}', 'Frühförderung {ort}'],
  Familienbildung: ['Familienbildungsstätte {ort}', 'Elternschule {ort}', 'Familienbildung {ort}'],
  Grundschule: ['Grundschule {ort}', 'Staatliche Grundschule {ort}', 'Grundschule „Am Lindenberg“ {ort}'],
  Bibliothek: ['Stadtbibliothek {ort}', 'Gemeindebibliothek {ort}', 'Kinderbibliothek {ort}'],
  'Sport und Kultur (Vereine)': ['SV Eintracht {ort}', 'Musikschule {ort}', 'Turnverein {ort}', 'Jugendkunstschule {ort}'],
  'Jobcenter / Agentur für Arbeit': ['Jobcenter {ort}', 'Agentur für Arbeit {ort}'],
  Migrationsberatung: ['Migrationsberatung {ort}', 'Integrationsbüro {ort}'],
  'Sucht- und Schuldnerberatung': ['Suchtberatung {ort}', 'Schuldnerberatung {ort}'],
  Gemeindeverwaltung: ['Gemeindeverwaltung {ort}', 'Stadtverwaltung {ort}', 'Bürgerbüro {ort}'],
  Sonstige: ['Familientreff {ort}', 'Stadtteilbüro {ort}'],
};

export const CARRIERS = ['AWO', 'Caritas', 'Diakonie', 'DRK', 'Volkssolidarität', 'Der Paritätische', 'Johanniter', 'Lebenshilfe', 'Kommune', 'freier Träger e. V.'];
export const STREETS = ['Am Markt', 'Bahnhofstraße', 'Schulstraße', 'Lindenweg', 'Hauptstraße', 'Gartenstraße', 'Kirchplatz', 'Goethestraße', 'Schillerstraße', 'Friedensstraße', 'Am Anger', 'Bergstraße'];

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
