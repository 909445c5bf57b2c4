/**
 * The credits the data licences require (DOMAIN.md), in one place for the map, the PNG
 * exports, the PDF report and the CSV files.
 */

/** Boundaries: Thuringia's Gemeinden of 2024 come from VG250 2016 and 2022; the other areas from VG250 2016. */
export const CREDIT_BOUNDARIES = '© GeoBasis-DE / BKG (2016, 2022), verändert, dl-de/by-2-0';
/** Population: the Zensus 2022 per Gemeinde and on the 1 km grid (Eurostat's census grid). */
export const CREDIT_CENSUS = 'Einwohner: Zensus 2022, © Statistische Ämter des Bundes und der Länder, dl-de/by-2-0; 1-km-Gitter: Eurostat, Census 2021 population grid';
/** Territorial changes and names of today's Gemeinden. */
export const CREDIT_DESTATIS = 'Gebietsstand 01.01.2024: © Statistisches Bundesamt (Destatis)';
/** Places and postcodes. */
export const CREDIT_GEONAMES = 'Orte und Postleitzahlen: GeoNames (CC BY 4.0)';

/** Every credit on one line, e.g. under a map image. */
export const CREDITS_LINE = `Grenzen: ${CREDIT_BOUNDARIES} · ${CREDIT_CENSUS} · ${CREDIT_DESTATIS} · ${CREDIT_GEONAMES}`;

/** The same, short enough for the map's corner (one line on a laptop screen). */
export const MAP_CREDIT_BOUNDARIES = '© GeoBasis-DE / BKG (2016, 2022), dl-de/by-2-0 · Gebietsstand 2024: Destatis';
export const MAP_CREDIT_PEOPLE = 'Zensus 2022, © Statistische Ämter des Bundes und der Länder · Gitter: Eurostat · GeoNames (CC BY 4.0)';
