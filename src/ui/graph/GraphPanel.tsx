import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphExport } from '../../graph/GraphView';
import { useUi, type GraphLayout, type GraphSizeBy } from '../../state/store';
import type { InstitutionId } from '../../domain/ids';
import type { LayoutResult } from '../../analysis/layout/types';
import { networkWorkers } from '../../workers/networkClient';
import { useKreise } from '../panel/useKreise';
import { useProjectData } from '../projectData';
import { graphElements, scores } from './graphElements';
import { toLayoutInput } from './inputs';
import { useNetworkAnalysis } from './networkAnalysis';
import { downloadBlob, fileSlug } from '../common/download';
import { useActiveProject } from '../projects/useActiveProject';
import { aggregateByKreis } from '../../analysis/network/aggregate';
import { aggregatedGraph, GRAPH_NODE_LIMIT, KREIS_NODE } from './aggregatedGraph';

// Cytoscape loads only when the graph is opened.
const GraphView = lazy(() => import('../../graph/GraphView'));

const LAYOUTS: GraphLayout[] = ['force', 'geographic', 'concentric', 'grouped'];
const SIZES: GraphSizeBy[] = ['degree', 'betweenness'];

/** The partnership graph with its layout and size choices. */
export default function GraphPanel() {
  const { t } = useTranslation();
  const { visible, year, categories } = useProjectData();
  const { figures } = useNetworkAnalysis();
  const { kreise } = useKreise();
  const layout = useUi((s) => s.graphLayout);
  const setLayout = useUi((s) => s.setGraphLayout);
  const sizeBy = useUi((s) => s.graphSizeBy);
  const setSizeBy = useUi((s) => s.setGraphSizeBy);
  const selected = useUi((s) => s.selectedInstitution);
  const select = useUi((s) => s.selectInstitution);
  const selectKreis = useUi((s) => s.selectKreis);
  const setPanelTab = useUi((s) => s.setPanelTab);
  const [positions, setPositions] = useState<{ result: LayoutResult; for: unknown } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exportRef = useRef<GraphExport | null>(null);
  const { project } = useActiveProject();
  const savePng = async () => {
    const blob = await exportRef.current?.png();
    if (blob) downloadBlob(`${fileSlug(project?.name ?? 'netzwerk')}-graph.png`, blob);
  };
  const saveSvg = () => {
    const svg = exportRef.current?.svg(t('graph.svgTitle', { project: project?.name ?? '' }));
    if (svg) downloadBlob(`${fileSlug(project?.name ?? 'netzwerk')}-graph.svg`, new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  };
  const kreisName = useMemo(() => {
    const names = new Map(kreise.map((k) => [k.ags, k.name]));
    return (key: string) => names.get(key) ?? '';
  }, [kreise]);
  // While the time slider is on, the graph draws the network of all years (what the filter lets
  // through) in one layout and only shows the year's part of it: nodes keep their places while
  // the years play. Without the slider `all` is `visible`.
  const full = year.all;
  const timed = year.year !== null;
  // Too many institutions to read one by one: the graph shows the Kreise (of the year shown) and says so.
  const aggregated = full.institutions.length > GRAPH_NODE_LIMIT;
  const perKreis = useMemo(() => {
    if (!aggregated) return null;
    const { nodes, links } = aggregateByKreis(visible.institutions, visible.partnerships);
    return aggregatedGraph(nodes, links, kreisName, t('graph.noKreis'));
  }, [aggregated, visible, kreisName, t]);
  // Figures are of the year shown; institutions not there yet get none (and are hidden).
  const score = useMemo(() => (aggregated ? new Float64Array(0) : scores(full.institutions, figures, sizeBy)), [aggregated, full, figures, sizeBy]);
  const brokers = useMemo(() => new Set(figures?.nodes.filter((n) => n.articulation).map((n) => n.id) ?? []), [figures]);
  const elements = useMemo(
    () => perKreis?.elements ?? graphElements(full.institutions, full.partnerships, categories ?? [], score, brokers),
    [perKreis, full, categories, score, brokers],
  );
  // The ids of the nodes and edges the year shows; null: all of them.
  const shown = useMemo(
    () => (perKreis || !timed ? null : new Set<string>([...visible.institutions.map((i) => i.id), ...visible.partnerships.map((p) => p.id)])),
    [perKreis, timed, visible],
  );
  const shownCount = useMemo(
    () => (shown ? { nodes: elements.nodes.filter((n) => shown.has(n.id)).length, edges: elements.edges.filter((e) => shown.has(e.id)).length } : { nodes: elements.nodes.length, edges: elements.edges.length }),
    [shown, elements],
  );
  // Concentric needs the figures first; the other layouts start at once. The figures change
  // with the year, so while the slider is on the concentric layout keeps the ones it started with.
  const needsScore = layout === 'concentric' && !perKreis;
  const scoreNow = useRef(score);
  useEffect(() => {
    scoreNow.current = score;
  }, [score]);
  const hasFigures = figures !== null;
  const scoreKey = needsScore && !timed ? score : null;
  const layoutOf = perKreis ?? full;
  useEffect(() => {
    if (needsScore && !hasFigures) return;
    let current = true;
    const input = perKreis?.layout ?? toLayoutInput(full.institutions, full.partnerships, kreisName, needsScore ? scoreNow.current : new Float64Array(full.institutions.length));
    networkWorkers()
      .layout.layout(layout, input)
      .then(
        (result) => current && setPositions({ result, for: layoutOf }),
        (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
      );
    return () => {
      current = false;
    };
  }, [layout, full, kreisName, needsScore, hasFigures, scoreKey, perKreis, layoutOf]);
  const ready = positions && positions.for === layoutOf ? positions.result : null;
  const unlocated = layout === 'geographic' ? visible.institutions.filter((i) => i.lat === null).length : 0;
  return (
    <section className="graph-panel" aria-label={t('graph.title')}>
      <div className="graph-toolbar">
        <label>
          <span>{t('graph.layout')}</span>
          <select value={layout} onChange={(e) => setLayout(e.target.value as GraphLayout)}>
            {LAYOUTS.map((l) => <option key={l} value={l}>{t(`graph.layouts.${l}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('graph.sizeBy')}</span>
          <select value={sizeBy} onChange={(e) => setSizeBy(e.target.value as GraphSizeBy)} disabled={aggregated}>
            {SIZES.map((s) => <option key={s} value={s}>{t(`graph.sizes.${s}`)}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => void savePng()} disabled={!ready}>
          {t('graph.png')}
        </button>
        <button type="button" onClick={saveSvg} disabled={!ready}>
          {t('graph.svg')}
        </button>
        <span className="hint small" role="status">
          {error ?? (!ready ? t('graph.computing') : t(aggregated ? 'graph.countsKreise' : 'graph.counts', { nodes: shownCount.nodes.toLocaleString('de-DE'), edges: shownCount.edges.toLocaleString('de-DE') }))}
          {unlocated > 0 && ` ${t('graph.unlocated', { count: unlocated })}`}
        </span>
      </div>
      {aggregated && <p className="hint small graph-aggregated" data-testid="graph-aggregated">{t('graph.aggregated', { count: full.institutions.length.toLocaleString('de-DE'), limit: GRAPH_NODE_LIMIT.toLocaleString('de-DE') })}</p>}
      <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
        <GraphView
          nodes={elements.nodes}
          edges={elements.edges}
          positions={ready}
          shown={shown}
          selected={selected}
          onSelect={(id) => {
            if (!id.startsWith(KREIS_NODE)) return select(id as InstitutionId);
            const kreis = kreise.find((k) => k.ags === id.slice(KREIS_NODE.length));
            if (kreis) {
              selectKreis(kreis);
              setPanelTab('areas');
            }
          }}
          ariaLabel={t('graph.aria', { nodes: shownCount.nodes, edges: shownCount.edges })}
          exportRef={exportRef}
        />
      </Suspense>
      <p className="hint small graph-note">{t('graph.tableNote')}</p>
    </section>
  );
}
