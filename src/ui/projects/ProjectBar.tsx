import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { changeProjectArea, removeProject } from '../../data/actions';
import { useLoadDemo } from './useLoadDemo';
import { areaById } from '../../domain/areas';
import { useCoverage } from '../../state/coverageStore';
import { AreaSelect } from './AreaSelect';
import { useProjectData } from '../projectData';
import type { ProjectId } from '../../domain/ids';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useAsyncAction } from '../common/useAsyncAction';
import { NewProjectDialog } from './NewProjectDialog';
import { useActiveProject } from './useActiveProject';

/** Project switcher and project actions in the header. */
export function ProjectBar() {
  const { t } = useTranslation();
  const { project, projects } = useActiveProject();
  const setActive = useUi((s) => s.setActiveProject);
  const setImportOpen = useUi((s) => s.setImportOpen);
  const count = useProjectData().institutions?.length ?? 0;
  const [confirm, setConfirm] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const closeMenu = () => menu.current?.removeAttribute('open');
  const [creating, setCreating] = useState(false);
  const demo = useLoadDemo();
  const changeArea = useAsyncAction(async (id: string) => {
    if (!project) return;
    await changeProjectArea(project.id, id);
    // Kreise, selections and what-if sites of the old area mean nothing in the new one.
    useUi.getState().setFilterField('kreise', []);
    useUi.getState().clearSelection();
    useCoverage.getState().resetScenario();
  });
  const remove = useAsyncAction(async (id: ProjectId) => {
    setConfirm(false);
    await removeProject(id);
  });
  return (
    <div className="project-bar">
      <label className="lang">
        <span>{t('project.label')}</span>
        <select value={project?.id ?? ''} onChange={(e) => setActive((e.target.value || null) as ProjectId | null)} disabled={!projects?.length}>
          {!projects?.length && <option value="">{t('project.none')}</option>}
          {projects?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {project && <AreaSelect className="lang" value={areaById(project.area).id} onChange={(id) => void changeArea.run(id)} disabled={changeArea.busy} />}
      {project?.isDemo && <span className="badge">{t('project.demoBadge')}</span>}
      <button type="button" onClick={() => setImportOpen(true)}>
        {t('header.importExport')}
      </button>
      <details className="menu" ref={menu}>
        <summary>{t('project.menu')}</summary>
        <div className="menu-items">
          <button type="button" onClick={() => { closeMenu(); setCreating(true); }}>
            {t('project.new')}
          </button>
          <button type="button" onClick={() => { closeMenu(); void demo.run(); }} disabled={demo.busy}>
            {demo.busy ? t('project.demoLoading') : t('project.demo')}
          </button>
          <button type="button" onClick={() => { closeMenu(); setConfirm(true); }} disabled={!project}>
            {t('project.delete')}
          </button>
        </div>
      </details>
      {(demo.error || remove.error || changeArea.error) && (
        <span role="alert" className="error-inline">
          {t('errors.generic', { message: demo.error ?? remove.error ?? changeArea.error })}
        </span>
      )}
      <NewProjectDialog open={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        open={confirm}
        title={t('project.delete')}
        confirmLabel={t('project.deleteYes')}
        cancelLabel={t('project.cancel')}
        onConfirm={() => project && void remove.run(project.id)}
        onCancel={() => setConfirm(false)}
      >
        <p>{t('project.deleteConfirm', { name: project?.name ?? '', count })}</p>
      </ConfirmDialog>
    </div>
  );
}
