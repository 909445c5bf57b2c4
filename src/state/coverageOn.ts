import { useCoverage } from './coverageStore';
import { useUi } from './store';

/**
 * Whether the coverage analysis runs and draws on the map: while its tab is open, and also while
 * the views, the import/export panel or the presentation cover that tab (they replace the side
 * panel, but a saved view, a slide or a map picture should show the analysis it was made with).
 */
export function useCoverageOn(): boolean {
  const active = useCoverage((s) => s.active);
  const covered = useUi((s) => s.panelTab === 'coverage' && (s.viewsOpen || s.importOpen || s.presenting !== null));
  return active || covered;
}
