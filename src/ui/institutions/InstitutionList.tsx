import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionId } from '../../domain/ids';
import type { Institution } from '../../domain/institution';
import { buildSearchIndex, searchIndex } from '../../domain/search';
import { institutionsToCsv } from '../../data/export/csv';
import { institutionsSheet } from '../../data/export/lists';
import { TableDownloads } from '../common/TableDownloads';
import { useActiveProject } from '../projects/useActiveProject';

const PAGE = 150;

/** Searchable table of the project's institutions (the table alternative to the map points). */
export function InstitutionList({ institutions, all, selected, onSelect }: {
  /** The institutions shown (after the filters). */
  institutions: Institution[];
  /** Every institution of the project: the search index is built over these once, not per filter. */
  all: Institution[];
  selected: InstitutionId | null;
  onSelect: (id: InstitutionId) => void;
}) {
  const { t } = useTranslation();
  const { project } = useActiveProject();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  // A new list (100,000 after an import) is indexed in a render of its own, after the map's;
  // a filter change only picks the shown ones from the sorted index (no new sort, a few ms for
  // 60,000), so the list answers in the same frame as the filter summary.
  const deferredAll = useDeferredValue(all);
  const shown = institutions;
  const index = useMemo(() => buildSearchIndex(deferredAll), [deferredAll]);
  const hits = useMemo(() => {
    const found = searchIndex(index, query);
    if (shown === deferredAll || shown.length === deferredAll.length) return found;
    const ids = new Set(shown.map((i) => i.id));
    return found.filter((i) => ids.has(i.id));
  }, [index, query, shown, deferredAll]);
  return (
    <section aria-labelledby="institution-list-title">
      <h3 id="institution-list-title" className="visually-hidden">{t('institutions.title')}</h3>
      <label className="field">
        <span>{t('institutions.filter')}</span>
        <input type="search" value={query} placeholder={t('institutions.filterPlaceholder')} onChange={(e) => { setQuery(e.target.value); setLimit(PAGE); }} />
      </label>
      <p className="hint small" aria-live="polite">{t('institutions.showing', { shown: Math.min(limit, hits.length), total: hits.length })}</p>
      <div className="scroll-x">
        <table className="table" data-testid="institution-table">
          <colgroup>
            <col className="c-name" />
            <col />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('institutions.name')}</th>
              <th scope="col">{t('institutions.category')}</th>
              <th scope="col">{t('institutions.town')}</th>
            </tr>
          </thead>
          <tbody>
            {hits.slice(0, limit).map((i) => (
              <tr key={i.id} className={selected === i.id ? 'selected' : undefined} aria-selected={selected === i.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelect(i.id)} aria-label={t('institutions.select', { name: i.name })}>
                    {i.name}
                  </button>
                  {i.lat === null && <span className="hint small"> ({t('institutions.noLocation')})</span>}
                </th>
                <td>{i.category}</td>
                <td>{i.town}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {hits.length > limit && (
          <button type="button" onClick={() => setLimit(limit + PAGE)}>
            {t('institutions.more')}
          </button>
        )}
        {hits.length > 0 && <TableDownloads fileName="einrichtungen-liste" csv={() => institutionsToCsv(hits)} table={() => institutionsSheet(hits, project?.name ?? null)} />}
      </div>
    </section>
  );
}
