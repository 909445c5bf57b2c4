import type { TFunction } from 'i18next';
import type { Counted } from '../../analysis/demand/labels';

/** What a run counted, in the UI's language ("Kinder unter 15 Jahren, Zensus 2022, 1-km-Gitter"). */
export function countedLabel(t: TFunction, c: Counted | undefined): string {
  if (!c) return '';
  if (!c.census) return c.table ? t('coverage.counted.tablePlaces', { label: c.table }) : t('coverage.counted.places');
  const group = t('coverage.counted.census', { group: t(`coverage.targetsCounted.${c.target}`) });
  return c.table ? t('coverage.counted.table', { label: c.table, group }) : group;
}

/** The counted people's short name for table headings ("Einwohner", "Kinder unter 15"). */
export function peopleLabel(t: TFunction, c: Counted | undefined): string {
  if (c?.table) return t('coverage.people');
  return t(`coverage.targetsShort.${c?.census ? c.target : 'total'}`);
}
