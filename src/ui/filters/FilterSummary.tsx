import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { FILTER_FIELDS, activeFilterCount, type FilterField } from '../../domain/filter';
import { useProjectData } from '../projectData';
import type { CheckOption } from './CheckList';

/** The filter state in words, each restriction removable, and what is shown of how much. */
export function FilterSummary({ options }: { options: Record<FilterField, CheckOption[]> }) {
  const { t } = useTranslation();
  const filter = useUi((s) => s.filter);
  const setField = useUi((s) => s.setFilterField);
  const reset = useUi((s) => s.resetFilter);
  const { institutions, partnerships, visible } = useProjectData();
  if (activeFilterCount(filter) === 0) return null;
  const label = (f: FilterField, v: string) => options[f].find((o) => o.value === v)?.label ?? v;
  return (
    <div className="filter-summary" role="status" data-testid="filter-summary">
      <p className="small">
        {t('filters.showing', {
          shown: visible.institutions.length.toLocaleString('de-DE'),
          total: (institutions?.length ?? 0).toLocaleString('de-DE'),
          links: visible.partnerships.length.toLocaleString('de-DE'),
          linksTotal: (partnerships?.length ?? 0).toLocaleString('de-DE'),
        })}
      </p>
      <ul className="chips">
        {FILTER_FIELDS.filter((f) => filter[f].length > 0).map((f) => (
          <li key={f}>
            <span>
              {t(`filters.${f}`)}: {filter[f].map((v) => label(f, v)).join(', ')}
            </span>
            <button type="button" className="chip-remove" onClick={() => setField(f, [])} aria-label={t('filters.clearField', { field: t(`filters.${f}`) })}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={reset}>
        {t('filters.reset')}
      </button>
    </div>
  );
}
