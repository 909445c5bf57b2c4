import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { activeFilterCount, filterOptions, kreisOf, type FilterField } from '../../domain/filter';
import { typeColor } from '../../domain/partnership';
import { useKreise } from '../panel/useKreise';
import { useProjectData } from '../projectData';
import { CheckList, type CheckOption } from './CheckList';
import { FilterSummary } from './FilterSummary';
import { TimeSlider } from '../timeline/TimeSlider';

/** Filters for map, list and graph, and the switch for the whole network's lines. */
export function FilterPanel() {
  const { t } = useTranslation();
  const data = useProjectData();
  // The value counts run over every record: in a render of their own, after the map's.
  const institutions = useDeferredValue(data.institutions);
  const partnerships = useDeferredValue(data.partnerships);
  const { categories } = data;
  const filter = useUi((s) => s.filter);
  const setField = useUi((s) => s.setFilterField);
  const networkLines = useUi((s) => s.networkLines);
  const setNetworkLines = useUi((s) => s.setNetworkLines);
  const { kreise } = useKreise();
  const options = useMemo(() => {
    const list = institutions ?? [];
    const counts = (key: (i: (typeof list)[number]) => string) => {
      const m = new Map<string, number>();
      for (const i of list) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
      return m;
    };
    const byCategory = counts((i) => i.category);
    const byKreis = counts(kreisOf);
    const rest = filterOptions(list, partnerships ?? []);
    const cats: CheckOption[] = (categories ?? []).map((c) => ({ value: c.name, label: c.name, color: c.color, count: byCategory.get(c.name) ?? 0 }));
    const krs: CheckOption[] = kreise.map((k) => ({ value: k.ags, label: k.name, count: byKreis.get(k.ags) ?? 0 }));
    if (byKreis.has('')) krs.push({ value: '', label: t('filters.noKreis'), count: byKreis.get('') });
    return {
      categories: cats,
      kreise: krs,
      carriers: rest.carriers.map((o) => ({ value: o.value, label: o.value, count: o.count })),
      tags: rest.tags.map((o) => ({ value: o.value, label: o.value, count: o.count })),
      partnershipTypes: rest.partnershipTypes.map((o) => ({ value: o.value, label: o.value, count: o.count, color: typeColor(o.value) })),
    } satisfies Record<FilterField, CheckOption[]>;
  }, [institutions, partnerships, categories, kreise, t]);
  const active = activeFilterCount(filter);
  const fields: FilterField[] = ['categories', 'kreise', 'carriers', 'tags', 'partnershipTypes'];
  return (
    <section className="filters" aria-label={t('filters.title')}>
      <FilterSummary options={options} />
      <details className="filter-details">
        <summary>{active > 0 ? t('filters.titleActive', { count: active }) : t('filters.title')}</summary>
        {fields.map((f) => (
          <CheckList key={f} legend={t(`filters.${f}`)} options={options[f]} chosen={filter[f]} onChange={(v) => setField(f, v)} />
        ))}
      </details>
      <label className="check">
        <input type="checkbox" checked={networkLines} onChange={(e) => setNetworkLines(e.target.checked)} />
        {t('filters.networkLines')}
      </label>
      <TimeSlider />
    </section>
  );
}
