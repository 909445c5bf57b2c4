import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { buildExport } from '../../data/actions';
import { downloadText, fileSlug } from './download';

/** "Projekt als Datei sichern": the complete project file of the active project, for when something went wrong. */
export function ExportProjectButton() {
  const { t } = useTranslation();
  const projectId = useUi((s) => s.activeProjectId);
  const [error, setError] = useState<string | null>(null);
  if (!projectId) return null;
  const save = async () => {
    try {
      const e = await buildExport(projectId, 'project');
      downloadText(`${fileSlug(e.projectName)}-${e.suffix}`, e.text, e.mime);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <>
      <button type="button" onClick={() => void save()}>{t('app.exportData')}</button>
      {error && <span className="error-inline">{error}</span>}
    </>
  );
}
