import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Comlink from 'comlink';
import { useUi } from '../../state/store';
import type { PartnershipCheckSummary } from '../../data/import/partnershipSession';
import { formatInteger } from '../../domain/format';
import { issueText } from './issueText';
import { plainSheet } from '../../data/export/sheet';
import { TableDownloads } from '../common/TableDownloads';
import { isQuotaError, QUOTA_MESSAGE, storageError } from '../../data/storageErrors';
import { useStorageAlert } from '../../state/storageAlert';
import { startImportWorker } from '../../workers/importClient';

type State =
  | { step: 'choose'; error?: string }
  | { step: 'busy' }
  | { step: 'checked'; fileName: string; check: PartnershipCheckSummary; error?: string }
  | { step: 'done'; written: number };

/** Partnership list (CSV or Excel with two institution names or ids): check, report, write. */
export function PartnershipImport() {
  const { t, i18n } = useTranslation();
  const projectId = useUi((s) => s.activeProjectId);
  const [state, setState] = useState<State>({ step: 'choose' });
  const worker = useRef<ReturnType<typeof startImportWorker> | null>(null);
  const api = () => (worker.current ??= startImportWorker()).api;
  useEffect(() => () => worker.current?.release(), []);

  const choose = async (file: File) => {
    if (!projectId) return;
    setState({ step: 'busy' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = await api().readPartnerships(Comlink.transfer(bytes, [bytes.buffer]));
    if (!read.ok) return setState({ step: 'choose', error: read.message });
    setState({ step: 'checked', fileName: file.name, check: await api().checkPartnerships(projectId) });
  };
  const commit = async () => {
    if (state.step !== 'checked' || !projectId) return;
    try {
      const { written } = await api().commitPartnerships(projectId);
      setState({ step: 'done', written });
    } catch (e) {
      if (isQuotaError(e)) useStorageAlert.getState().show(QUOTA_MESSAGE);
      setState({ ...state, error: storageError(e).message });
    }
  };

  return (
    <section aria-labelledby="partnership-import-title" data-testid="partnership-import">
      <h3 id="partnership-import-title">{t('import.partnershipsTitle')}</h3>
      <label className="field">
        <span>{t('import.partnershipsLabel')}</span>
        <input type="file" accept=".csv,.txt,.xlsx,text/csv" disabled={!projectId || state.step === 'busy'} onChange={(e) => { const f = e.target.files?.[0]; if (f) void choose(f); e.target.value = ''; }} />
      </label>
      {state.step === 'choose' && state.error && <p role="alert" className="error-block">{state.error}</p>}
      {state.step === 'busy' && <p>{t('import.checking')}</p>}
      {state.step === 'done' && <p role="status">{t('import.partnershipsDone', { count: state.written })}</p>}
      {state.step === 'checked' && (
        <>
          <p>{t('import.partnershipsSummary', { accepted: formatInteger(state.check.accepted), total: formatInteger(state.check.total), rejected: formatInteger(state.check.rejected), duplicates: formatInteger(state.check.duplicates) })}</p>
          {state.check.issues.length > 0 && (
            <table className="table report" data-testid="partnership-report">
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  <th scope="col">{t('import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {state.check.issues.slice(0, 200).map((i, k) => (
                  <tr key={k} className={i.severity}>
                    <td>{i.row}</td>
                    <td>{issueText(t, i18n.resolvedLanguage, i)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {state.check.issues.length > 0 && (
            <TableDownloads fileName="partnerschaften-bericht" table={() => plainSheet(t('import.partnershipsTitle'), [{ label: t('import.row'), kind: 'integer', width: 8 }, { label: t('import.problem'), kind: 'text', width: 90 }], state.check.issues.map((i) => [i.row, issueText(t, i18n.resolvedLanguage, i)]))} />
          )}
          {state.error && <p role="alert" className="error-block">{state.error}</p>}
          <button type="button" className="primary" disabled={state.check.accepted === 0} onClick={() => void commit()}>
            {t('import.partnershipsCommit', { count: state.check.accepted })}
          </button>
        </>
      )}
    </section>
  );
}
