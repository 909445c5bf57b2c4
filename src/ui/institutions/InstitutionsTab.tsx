import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { useDemoLoad } from '../../state/demoLoad';
import { deleteInstitutionCommand } from '../../data/history/commands';
import { partnersOf } from '../../domain/network';
import type { Institution } from '../../domain/institution';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { runEdit } from '../history';
import { useProjectData } from '../projectData';
import { Welcome } from '../projects/Welcome';
import { DemoProgress } from '../projects/DemoProgress';
import { useActiveProject } from '../projects/useActiveProject';
import { InstitutionDetails } from './InstitutionDetails';
import { InstitutionForm } from './InstitutionForm';
import { InstitutionList } from './InstitutionList';
import { PartnershipForm } from './PartnershipForm';
import { FilterPanel } from '../filters/FilterPanel';
// Partners nearby (with its spatial index) loads when an institution is first selected.
const NearbyPanel = lazy(() => import('./NearbyPanel'));

/** The "Einrichtungen" tab: welcome, add/edit forms, selected institution, searchable list. */
export function InstitutionsTab() {
  const { t } = useTranslation();
  const { project, projects } = useActiveProject();
  const { institutions, partnerships, categories, visible } = useProjectData();
  const selected = useUi((s) => s.selectedInstitution);
  const select = useUi((s) => s.selectInstitution);
  const editing = useUi((s) => s.editing);
  const setEditing = useUi((s) => s.setEditing);
  const setMapMode = useUi((s) => s.setMapMode);
  const setPicked = useUi((s) => s.setPickedPartner);
  const [addingPartner, setAddingPartner] = useState(false);
  const [deleting, setDeleting] = useState<Institution | null>(null);
  const [error, setError] = useState<string | null>(null);
  const demoStep = useDemoLoad((s) => s.step);
  const demoProject = useDemoLoad((s) => s.projectId);
  const clearDemo = useDemoLoad((s) => s.setStep);
  // The demo's progress ends once its institutions are here (not at an empty or the previous project).
  const demoArrived = demoStep === 'open' && project?.id === demoProject && (institutions?.length ?? 0) > 0 && institutions?.[0].projectId === demoProject;
  useEffect(() => {
    if (demoArrived) clearDemo(null);
  }, [demoArrived, clearDemo]);
  const current = institutions?.find((i) => i.id === selected) ?? null;
  const partners = useMemo(() => (current && institutions && partnerships ? partnersOf(current.id, institutions, partnerships) : []), [current, institutions, partnerships]);
  if (projects && projects.length === 0) return <Welcome />;
  if (!project || !institutions) return <DemoProgress />;

  if (editing) {
    const target = editing.kind === 'edit' ? (institutions.find((i) => i.id === editing.id) ?? null) : null;
    return (
      <InstitutionForm
        key={editing.kind === 'edit' ? editing.id : 'new'}
        projectId={project.id}
        institution={target}
        categories={categories ?? []}
        point={editing.kind === 'new' ? editing : { lat: null, lon: null }}
        onDone={(id) => {
          setEditing(null);
          setMapMode({ kind: 'browse' });
          if (id) select(id);
        }}
      />
    );
  }

  const remove = async (i: Institution) => {
    setDeleting(null);
    try {
      await runEdit(deleteInstitutionCommand(i));
      select(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <DemoProgress />
      <p className="hint">{t('institutions.count', { count: institutions.length, partnerships: partnerships?.length ?? 0 })}</p>
      <div className="actions">
        <button type="button" onClick={() => setEditing({ kind: 'new', lat: null, lon: null })}>
          {t('edit.add')}
        </button>
        <button type="button" onClick={() => setMapMode({ kind: 'add' })}>
          {t('edit.addOnMap')}
        </button>
      </div>
      {error && <p role="alert" className="error-block">{error}</p>}
      {current && (
        <InstitutionDetails
          institution={current}
          partners={partners}
          onSelect={select}
          onClose={() => select(null)}
          actions={
            <>
              <button type="button" onClick={() => setEditing({ kind: 'edit', id: current.id })}>
                {t('edit.edit')}
              </button>
              <button type="button" onClick={() => setMapMode({ kind: 'place', id: current.id })}>
                {current.lat === null ? t('edit.place') : t('edit.move')}
              </button>
              <button type="button" onClick={() => setAddingPartner(true)}>
                {t('edit.partnershipAdd')}
              </button>
              <button type="button" onClick={() => setDeleting(current)}>
                {t('edit.delete')}
              </button>
            </>
          }
        />
      )}
      {current && addingPartner && <PartnershipForm from={current} institutions={institutions} onDone={() => setAddingPartner(false)} />}
      {current && (
        <Suspense fallback={null}>
        <NearbyPanel
          from={current}
          institutions={institutions}
          partnerships={partnerships ?? []}
          categories={categories ?? []}
          onSelect={select}
          onRecord={(id) => {
            setPicked(id);
            setAddingPartner(true);
            setTimeout(() => document.getElementById('partnership-form-title')?.scrollIntoView({ block: 'nearest' }), 0);
          }}
        />
        </Suspense>
      )}
      {institutions.length > 0 && <FilterPanel />}
      {institutions.length === 0 ? (demoStep ? null : <p className="hint">{t('institutions.empty')}</p>) : <InstitutionList institutions={visible.institutions} all={institutions} selected={selected} onSelect={select} />}
      <ConfirmDialog
        open={deleting !== null}
        title={t('edit.deleteTitle')}
        confirmLabel={t('edit.deleteYes')}
        cancelLabel={t('edit.cancel')}
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('edit.deleteConfirm', { name: deleting?.name ?? '', count: deleting ? partnersOf(deleting.id, institutions, partnerships ?? []).length : 0 })}</p>
      </ConfirmDialog>
    </>
  );
}
