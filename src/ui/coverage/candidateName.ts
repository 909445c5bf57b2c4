import type { TFunction } from 'i18next';
import type { Candidate } from '../../analysis/coverage/suggest';

/**
 * A candidate as a planner names it: "Kita Sonnenschein, Großfurra (Sondershausen)",
 * "Bendeleben (Kyffhäuserland)", or for a census cell "1-km-Zelle bei Bendeleben (Kyffhäuserland)".
 * Place and Gemeinde are left out where they repeat what is already said.
 */
export function candidateName(c: Pick<Candidate, 'name' | 'place' | 'gemeindeName'>, t: TFunction): string {
  const where = c.place && c.gemeindeName && !c.place.startsWith(c.gemeindeName) && !c.gemeindeName.startsWith(c.place) ? `${c.place} (${c.gemeindeName})` : c.place || c.gemeindeName;
  if (!c.name) return t('coverage.cellNear', { where: where || '–' });
  if (!where || c.name === c.place || c.name === where) return c.name;
  // "Kita Löwenzahn Sondershausen" already names its place: add the Gemeinde only when it is another.
  if (c.place && c.name.includes(c.place)) return c.gemeindeName && !c.name.includes(c.gemeindeName) ? `${c.name} (${c.gemeindeName})` : c.name;
  return `${c.name}, ${where}`;
}
