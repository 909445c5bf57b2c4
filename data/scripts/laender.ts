import type { AreaSpec } from './area.ts';

/**
 * The planning areas built from the sources: the 16 Länder (key = Land AGS; GeoNames numbers
 * them differently, so each carries its admin1 code) and all of Germany ('de'). Bigger areas
 * keep fewer vertices so that their boundary files stay a few megabytes.
 */
export const THURINGIA_SPEC: AreaSpec = { id: '16', name: 'Thüringen', keep: '40%', admin1: '15', neighbourBbox: '8.9,49.7,13.7,52.2' };

export const LAENDER: readonly AreaSpec[] = [
  { id: '01', name: 'Schleswig-Holstein', keep: '25%', admin1: '10' },
  { id: '02', name: 'Hamburg', keep: '40%', admin1: '04' },
  { id: '03', name: 'Niedersachsen', keep: '15%', admin1: '06' },
  { id: '04', name: 'Bremen', keep: '40%', admin1: '03' },
  { id: '05', name: 'Nordrhein-Westfalen', keep: '20%', admin1: '07' },
  { id: '06', name: 'Hessen', keep: '25%', admin1: '05' },
  { id: '07', name: 'Rheinland-Pfalz', keep: '15%', admin1: '08' },
  { id: '08', name: 'Baden-Württemberg', keep: '15%', admin1: '01' },
  { id: '09', name: 'Bayern', keep: '12%', admin1: '02' },
  { id: '10', name: 'Saarland', keep: '40%', admin1: '09' },
  { id: '11', name: 'Berlin', keep: '40%', admin1: '16' },
  { id: '12', name: 'Brandenburg', keep: '25%', admin1: '11' },
  { id: '13', name: 'Mecklenburg-Vorpommern', keep: '25%', admin1: '12' },
  { id: '14', name: 'Sachsen', keep: '25%', admin1: '13' },
  { id: '15', name: 'Sachsen-Anhalt', keep: '25%', admin1: '14' },
  THURINGIA_SPEC,
  { id: 'de', name: 'Deutschland', keep: '5%', admin1: null },
];
