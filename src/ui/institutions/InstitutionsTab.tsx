import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../app/store';
import { useProjectData } from '../projectData';
import { partnersOf } from '../../domain/network';
import { Welcome } from '../projects/Welcome';
import { useActiveProject } from '../projects/useActiveProject';
import { InstitutionDetails } from './InstitutionDetails';
import { InstitutionList } from './InstitutionList';

/** The "Einrichtungen" tab: welcome, selected institution, searchable list. */
export function InstitutionsTab() {
  const { t } = useTranslation();
  const { project, projects } = useActiveProject();
  const { institutions, partnerships } = useProjectData();
  const selected = useUi((s) => s.selectedInstitution);
  const select = useUi((s) => s.selectInstitution);
  const current = institutions?.find((i) => i.id === selected) ?? null;
  const partners = useMemo(() => (current && institutions && partnerships ? partnersOf(current.id, institutions, partnerships) : []), [current, institutions, partnerships]);
  if (projects && projects.length === 0) return <Welcome />;
  if (!project || !institutions) return null;
  return (
    <>
      <p className="hint">{t('institutions.count', { count: institutions.length, partnerships: partnerships?.length ?? 0 })}</p>
      {current && <InstitutionDetails institution={current} partners={partners} onSelect={select} onClose={() => select(null)} />}
      {institutions.length === 0 ? <p className="hint">{t('institutions.empty')}</p> : <InstitutionList institutions={institutions} selected={selected} onSelect={select} />}
    </>
  );
}
