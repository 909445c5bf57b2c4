import type { ViewState } from '../domain/view';
import { useCoverage } from './coverageStore';
import { useUi } from './store';

/** What is on screen now, as a view. */
export function captureView(): ViewState {
  const ui = useUi.getState();
  const cov = useCoverage.getState().settings;
  return {
    camera: ui.camera,
    mode: ui.view,
    tab: ui.panelTab,
    filter: ui.filter,
    networkLines: ui.networkLines,
    selected: ui.selectedInstitution,
    graphLayout: ui.graphLayout,
    graphSizeBy: ui.graphSizeBy,
    timeYear: ui.timeYear,
    coverage: { categories: cov.categories, mainKm: cov.mainKm, thresholdsKm: cov.thresholdsKm, measure: cov.measure, layer: cov.layer, target: cov.target, focus: cov.focus, gapKinds: cov.gapKinds, gapKm: cov.gapKm, gapMin: cov.gapMin, routeMode: cov.routeMode, mainMin: cov.mainMin, thresholdsMin: cov.thresholdsMin, transitDay: cov.transitDay, transitFrom: cov.transitFrom, transitTo: cov.transitTo },
  };
}

/** Shows a view: layers, filters, time slider year, selection, graph and coverage settings, and a smooth move of the map. */
export function applyView(view: ViewState): void {
  const ui = useUi.getState();
  useCoverage.getState().setSettings(view.coverage);
  useUi.setState({
    view: view.mode,
    panelTab: view.tab,
    filter: view.filter,
    graphLayout: view.graphLayout,
    graphSizeBy: view.graphSizeBy,
    timeYear: view.timeYear,
    selectedInstitution: view.selected as ReturnType<typeof useUi.getState>['selectedInstitution'],
  });
  ui.setNetworkLines(view.networkLines);
  if (view.camera) ui.flyTo(view.camera);
}
