import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldForSearch } from '../../domain/search';

export interface CheckOption {
  value: string;
  label: string;
  count?: number;
  color?: string;
}

const SEARCH_FROM = 12;

/** A fieldset of checkboxes for one filter field; long lists get a search field. */
export function CheckList({ legend, options, chosen, onChange }: { legend: string; options: CheckOption[]; chosen: string[]; onChange: (values: string[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const set = new Set(chosen);
  const q = foldForSearch(query.trim());
  const shown = q ? options.filter((o) => set.has(o.value) || foldForSearch(o.label).includes(q)) : options;
  const toggle = (value: string, on: boolean) => onChange(on ? [...chosen, value] : chosen.filter((v) => v !== value));
  return (
    <fieldset className="checklist">
      <legend>
        {legend}
        {chosen.length > 0 && (
          <button type="button" className="link small" onClick={() => onChange([])} aria-label={t('filters.clearField', { field: legend })}>
            {t('filters.clear')}
          </button>
        )}
      </legend>
      {options.length === 0 && <p className="hint small">{t('filters.noValues')}</p>}
      {options.length >= SEARCH_FROM && (
        <input type="search" className="small" value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('filters.searchIn', { field: legend })} placeholder={t('filters.searchPlaceholder')} />
      )}
      <ul className="checklist-items">
        {shown.map((o, k) => (
          <li key={o.value}>
            <input type="checkbox" id={`${id}-${k}`} checked={set.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            <label htmlFor={`${id}-${k}`}>
              {o.color && <span className="swatch" style={{ background: o.color }} aria-hidden="true" />}
              {o.label}
              {o.count !== undefined && <span className="hint small"> ({o.count.toLocaleString('de-DE')})</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
