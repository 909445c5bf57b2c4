import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckSummary, CommitOptions } from '../../data/import/session';
import { formatInteger } from '../../domain/format';
import { issueText } from './issueText';
import { plainSheet } from '../../data/export/sheet';
import { TableDownloads } from '../common/TableDownloads';

const SHOWN = 200;

/** The check result: counts, options for fixable problems, the row-by-row report. */
export function CheckReport({ check, committing, onCommit }: { check: CheckSummary; committing: boolean; onCommit: (o: CommitOptions) => void }) {
  const { t, i18n } = useTranslation();
  const [fixSwapped, setFixSwapped] = useState(true);
  const [createCategories, setCreateCategories] = useState(true);
  const [duplicates, setDuplicates] = useState<CommitOptions['duplicates']>('keep');
  const count = check.accepted - (duplicates === 'keep' ? 0 : check.duplicates);
  return (
    <section aria-labelledby="check-title" data-testid="check-report">
      <h3 id="check-title">{t('import.step3')}</h3>
      <p>{t('import.summary', { accepted: formatInteger(check.accepted), total: formatInteger(check.total), rejected: formatInteger(check.rejected) })}</p>
      <ul className="small">
        <li>{t('import.locatedExact', { count: check.exact })}</li>
        <li>{t('import.locatedByName', { count: check.geocodedCount - check.postcodeCount })}</li>
        {check.postcodeCount > 0 && <li>{t('import.locatedByPostcode', { count: check.postcodeCount })}</li>}
        <li>{t('import.unresolved', { count: check.unresolvedCount })}</li>
        {check.outside > 0 && <li>{t('import.outsideArea', { count: check.outside })}</li>}
      </ul>
      <p className="hint small">{t('import.previewLegend')}</p>
      {check.previewCount < check.locatedCount && <p className="hint small">{t('import.previewFirst', { shown: formatInteger(check.previewCount), total: formatInteger(check.locatedCount) })}</p>}
      {check.swapped > 0 && (
        <label className="switch small">
          <input type="checkbox" checked={fixSwapped} onChange={(e) => setFixSwapped(e.target.checked)} />
          <span>{t('import.fixSwapped', { count: check.swapped })}</span>
        </label>
      )}
      {check.unknownCategories.length > 0 && (
        <label className="switch small">
          <input type="checkbox" checked={createCategories} onChange={(e) => setCreateCategories(e.target.checked)} />
          <span>{t('import.createCategories', { names: check.unknownCategories.join(', ') })}</span>
        </label>
      )}
      {check.duplicates > 0 && (
        <fieldset className="small">
          <legend>{t('import.duplicatesLegend', { count: check.duplicates })}</legend>
          {(['keep', 'skip', 'merge'] as const).map((v) => (
            <label key={v} className="switch small">
              <input type="radio" name="duplicates" value={v} checked={duplicates === v} onChange={() => setDuplicates(v)} />
              <span>{t(`import.duplicates.${v}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" className="primary" disabled={committing || count <= 0} onClick={() => onCommit({ fixSwapped, createCategories, duplicates })}>
        {committing ? t('import.committing') : t('import.commit', { count })}
      </button>
      <h4>{t('import.report')}</h4>
      {check.issues.length === 0 ? (
        <p className="hint">{t('import.noIssues')}</p>
      ) : (
        <>
          {check.issueCount > SHOWN && <p className="hint small">{t('import.reportMore', { shown: SHOWN, total: formatInteger(check.issueCount) })}</p>}
          <table className="table report" data-testid="import-report">
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {check.issues.slice(0, SHOWN).map((i, k) => (
                <tr key={k} className={i.severity}>
                  <td>{i.row}</td>
                  <td>{i.column}</td>
                  <td>{issueText(t, i18n.resolvedLanguage, i)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <TableDownloads fileName="import-bericht" table={() => plainSheet(t('import.report'), [{ label: t('import.row'), kind: 'integer', width: 8 }, { label: t('import.column'), kind: 'text', width: 22 }, { label: t('import.problem'), kind: 'text', width: 90 }], check.issues.map((i) => [i.row, i.column, issueText(t, i18n.resolvedLanguage, i)]))} />
        </>
      )}
      {check.geocoded.length > 0 && (
        <details>
          <summary>{t('import.geocodedList')} ({formatInteger(check.geocodedCount)})</summary>
          <ul className="small">
            {check.geocoded.slice(0, SHOWN).map((g) => (
              <li key={g.row}>
                {t('import.row')} {g.row}: {g.name} – {g.explanation}
              </li>
            ))}
          </ul>
          <p className="hint small">{t('import.geocodeSources')}</p>
        </details>
      )}
    </section>
  );
}
