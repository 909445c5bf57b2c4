import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { buildExport, openProjectFile, type ExportKind } from '../../data/actions';
import { downloadBlob, fileSlug } from '../common/download';
import { MapImageButtons } from '../export/MapImageButtons';

const KINDS: ExportKind[] = ['institutions-csv', 'institutions-xlsx', 'institutions-geojson', 'partnerships-csv', 'partnerships-xlsx', 'project'];

/** Exports of the active project, and opening a project file as a new project. */
export function ExportSection() {
  const { t } = useTranslation();
  const projectId = useUi((s) => s.activeProjectId);
  const setActive = useUi((s) => s.setActiveProject);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const run = async (kind: ExportKind) => {
    if (!projectId) return;
    try {
      const e = await buildExport(projectId, kind);
      downloadBlob(`${fileSlug(e.projectName)}-${new Date().toISOString().slice(0, 10)}-${e.suffix}`, new Blob([(e.bytes ?? e.text ?? '') as BlobPart], { type: e.mime }));
      setMessage(null);
    } catch (err) {
      setMessage({ kind: 'error', text: t('errors.generic', { message: err instanceof Error ? err.message : String(err) }) });
    }
  };
  const open = async (file: File) => {
    const result = await openProjectFile(await file.text());
    if (!result.ok) return setMessage({ kind: 'error', text: result.message });
    setActive(result.projectId);
    setMessage({ kind: 'ok', text: [t('export.opened'), ...result.warnings].join(' ') });
  };
  return (
    <section aria-labelledby="export-title" className="export">
      <h3 id="export-title">{t('export.title')}</h3>
      <div className="stack">
        {KINDS.map((k) => (
          <button key={k} type="button" onClick={() => void run(k)} disabled={!projectId}>
            {t(`export.${k}`)}
          </button>
        ))}
      </div>
      <MapImageButtons />
      <h3>{t('export.openTitle')}</h3>
      <label className="field">
        <span>{t('export.openLabel')}</span>
        <input type="file" accept=".json,application/json" onChange={(e) => { const f = e.target.files?.[0]; if (f) void open(f); e.target.value = ''; }} />
      </label>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error-block' : 'hint'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
