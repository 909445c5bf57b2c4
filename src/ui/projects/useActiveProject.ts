import { useEffect } from 'react';
import { useUi } from '../../state/store';
import { useProjects } from '../../data/hooks';
import type { Project } from '../../domain/project';

/**
 * The active project. Falls back to the first project when the remembered one is gone
 * (deleted here or in another tab).
 */
export function useActiveProject(): { project: Project | null; projects: Project[] | undefined } {
  const projects = useProjects();
  const activeId = useUi((s) => s.activeProjectId);
  const setActive = useUi((s) => s.setActiveProject);
  const project = projects?.find((p) => p.id === activeId) ?? null;
  useEffect(() => {
    if (projects && !project) setActive(projects[0]?.id ?? null);
  }, [projects, project, setActive]);
  return { project, projects };
}
