import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { formatInteger } from '../../domain/format';
import { CheckReport } from './CheckReport';
import { ExportSection } from './ExportSection';
import { PartnershipImport } from './PartnershipImport';
import { MappingTable } from './MappingTable';
import { PreviewTable } from './PreviewTable';
import { useImportWizard } from './useImportWizard';

/** Import wizard in the side panel, so the map stays visible for the preview. */
export default function ImportPanel() {
  const { t } = useTranslation();
  const projectId = useUi((s) => s.activeProjectId);
  const close = () => useUi.getState().setImportOpen(false);
  const setPreview = useUi((s) => s.setImportPreview);
  const { state, chooseFile, setMapping, check, commit, reset } = useImportWizard(projectId);
  const preview = state.step === 'checked' ? state.check.points : null;
  useEffect(() => {
    setPreview(preview);
    return () => setPreview(null);
  }, [preview, setPreview]);

  return (
    <section className="import" aria-labelledby="import-title" data-testid="import-panel">
      <div className="import-head">
        <h2 id="import-title">{t('import.title')}</h2>
        <button type="button" onClick={close}>
          {t('import.close')}
        </button>
      </div>
      {!projectId && <p role="alert">{t('import.noProject')}</p>}
      {state.step === 'done' ? (
        <div role="status">
          <p>{state.merged ? t('import.doneMerged', { count: state.written, merged: state.merged }) : t('import.done', { count: state.written })}</p>
          <button type="button" onClick={reset}>
            {t('import.again')}
          </button>
        </div>
      ) : (
        <>
          <h3>{t('import.step1')}</h3>
          <label className="field">
            <span>{t('import.fileLabel')}</span>
            <input type="file" accept=".csv,.txt,.tsv,.xlsx,.geojson,.json,text/csv" disabled={!projectId} onChange={(e) => { const f = e.target.files?.[0]; if (f) void chooseFile(f); e.target.value = ''; }} />
          </label>
          {state.step === 'choose' && state.error && <p role="alert" className="error-block">{state.error}</p>}
          {state.step === 'reading' && (
            <label className="field">
              <span>{t('import.reading')}</span>
              <progress max={1} value={state.progress} />
            </label>
          )}
          {(state.step === 'mapping' || state.step === 'checked') && (
            <>
              <p className="hint small" data-testid="read-info">
                {state.fileName}: {state.read.format === 'csv' || !state.read.format
                  ? t('import.readInfo', { rows: formatInteger(state.read.rowCount), encoding: state.read.encoding.toUpperCase() + (state.read.bom ? ' (BOM)' : ''), delimiter: t(`import.delimiters.${state.read.delimiter}`) })
                  : t('import.readInfoOther', { rows: formatInteger(state.read.rowCount), format: t(`import.formats.${state.read.format}`) })}
              </p>
              {state.read.notes?.map((n, i) => <p key={i} className="hint small">{n}</p>)}
              <h3>{t('import.step2')}</h3>
              <MappingTable headers={state.read.headers} mapping={state.mapping} onChange={setMapping} />
              <PreviewTable headers={state.read.headers} rows={state.read.preview} />
              {state.step === 'mapping' && (
                <button type="button" className="primary" onClick={() => void check()} disabled={state.checking}>
                  {state.checking ? t('import.checking') : t('import.check')}
                </button>
              )}
              {state.error && <p role="alert" className="error-block">{state.error}</p>}
            </>
          )}
          {state.step === 'checked' && <CheckReport check={state.check} committing={state.committing} onCommit={(o) => void commit(o)} />}
        </>
      )}
      {state.step === 'choose' && <PartnershipImport />}
      {state.step === 'choose' && <ExportSection />}
    </section>
  );
}
