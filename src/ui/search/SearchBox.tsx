import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { boxAround, matchRank, searchPlaces } from '../../domain/placeSearch';
import { buildSearchIndex, foldForSearch, searchIndex } from '../../domain/search';
import { useProjectData } from '../projectData';
import { usePlaceEntries } from './usePlaceEntries';

const MAX_EACH = 6;

interface Result {
  key: string;
  /** How well the name matches (see matchRank); 9 when only other fields match. */
  rank: number;
  label: string;
  detail: string;
  choose: () => void;
}

/** One search field for the project's institutions and Thuringia's places; results as a listbox. */
export function SearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const { institutions } = useProjectData();
  const select = useUi((s) => s.selectInstitution);
  const frameTo = useUi((s) => s.frameTo);
  const { places, error, load } = usePlaceEntries();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Built on the first keystroke, not with every data change: folding 100,000 names takes a while.
  const typing = query.trim() !== '';
  const index = useMemo(() => (typing ? buildSearchIndex(institutions ?? []) : null), [institutions, typing]);
  const results = useMemo<Result[]>(() => {
    const q = query.trim();
    if (!q) return [];
    const folded = foldForSearch(q);
    const rankOf = (name: string) => {
      const r = matchRank(foldForSearch(name), folded);
      return r < 0 ? 9 : r;
    };
    const inst: Result[] = (index ? searchIndex(index, q) : [])
      .map((i, k) => ({ i, k, rank: rankOf(i.name) }))
      .sort((a, b) => a.rank - b.rank || a.k - b.k)
      .slice(0, MAX_EACH)
      .map(({ i, rank }) => ({
        key: `i-${i.id}`,
        rank,
        label: i.name,
        detail: t('search.institution', { category: i.category, town: i.town }),
        choose: () => {
          // In the coverage tab the analysis and its map layer stay; the map shows the selection.
          select(i.id, { keepTab: useUi.getState().panelTab === 'coverage' });
          if (i.lon !== null && i.lat !== null) frameTo(boxAround(i.lon, i.lat, 2));
        },
      }));
    const pl: Result[] = searchPlaces(places, q, MAX_EACH).map((p) => ({
      key: `p-${p.kind}-${p.name}-${p.lon}`,
      rank: rankOf(p.name),
      label: p.name,
      detail: t(`search.${p.kind}`, { detail: p.detail }),
      choose: () => frameTo(p.bbox),
    }));
    // Better name matches first; on a tie places come first (a town name is the likelier intent).
    return [...pl, ...inst].sort((a, b) => a.rank - b.rank);
  }, [query, index, places, select, frameTo, t]);
  const listId = `${id}-list`;
  const expanded = open && query.trim() !== '';
  const choose = (r: Result | undefined) => {
    if (!r) return;
    r.choose();
    setOpen(false);
    setQuery(r.label);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (results.length > 0) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(results[active]);
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };
  return (
    <div className="search-box" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">{t('search.label')}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && results[active] ? `${id}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        autoComplete="off"
        onFocus={load}
        onChange={(e) => { setQuery(e.target.value); setActive(0); setOpen(true); }}
        onKeyDown={onKey}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={t('search.results')} className="search-results" hidden={!expanded}>
        {results.map((r, k) => (
          <li
            key={r.key}
            id={`${id}-${k}`}
            role="option"
            aria-selected={k === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(r)}
          >
            <span>{r.label}</span>
            <span className="hint small">{r.detail}</span>
          </li>
        ))}
        {results.length === 0 && <li role="option" aria-selected={false} aria-disabled="true" className="hint">{error ?? t('search.none')}</li>}
      </ul>
    </div>
  );
}
