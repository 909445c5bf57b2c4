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
  const { visible, categories } = useProjectData();
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
  // Too many institutions to read one by one: the graph shows the Kreise and says so.
  const aggregated = visible.institutions.length > GRAPH_NODE_LIMIT;
  const perKreis = useMemo(() => {
    if (!aggregated) return null;
    const { nodes, links } = aggregateByKreis(visible.institutions, visible.partnerships);
    return aggregatedGraph(nodes, links, kreisName, t('graph.noKreis'));
  }, [aggregated, visible, kreisName, t]);
  const score = useMemo(() => (aggregated ? new Float64Array(0) : scores(visible.institutions, figures, sizeBy)), [aggregated, visible, figures, sizeBy]);
  const elements = useMemo(
    () => perKreis?.elements ?? graphElements(visible.institutions, visible.partnerships, categories ?? [], score),
    [perKreis, visible, categories, score],
  );
  // Concentric needs the figures first; the other layouts start at once.
  const needsScore = layout === 'concentric' && !perKreis;
  useEffect(() => {
    if (needsScore && !figures) return;
    let current = true;
    const input = perKreis?.layout ?? toLayoutInput(visible.institutions, visible.partnerships, kreisName, needsScore ? score : new Float64Array(visible.institutions.length));
    networkWorkers()
      .layout.layout(layout, input)
      .then(
        (result) => current && setPositions({ result, for: visible }),
        (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
      );
    return () => {
      current = false;
    };
  }, [layout, visible, kreisName, needsScore, figures, score, perKreis]);
  const ready = positions && positions.for === visible ? positions.result : null;
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
          {error ?? (!ready ? t('graph.computing') : t(aggregated ? 'graph.countsKreise' : 'graph.counts', { nodes: elements.nodes.length.toLocaleString('de-DE'), edges: elements.edges.length.toLocaleString('de-DE') }))}
          {unlocated > 0 && ` ${t('graph.unlocated', { count: unlocated })}`}
        </span>
      </div>
      {aggregated && <p className="hint small graph-aggregated" data-testid="graph-aggregated">{t('graph.aggregated', { count: visible.institutions.length.toLocaleString('de-DE'), limit: GRAPH_NODE_LIMIT.toLocaleString('de-DE') })}</p>}
      <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
        <GraphView
          nodes={elements.nodes}
          edges={elements.edges}
          positions={ready}
          selected={selected}
          onSelect={(id) => {
            if (!id.startsWith(KREIS_NODE)) return select(id as InstitutionId);
            const kreis = kreise.find((k) => k.ags === id.slice(KREIS_NODE.length));
            if (kreis) {
              selectKreis(kreis);
              setPanelTab('areas');
            }
          }}
          ariaLabel={t('graph.aria', { nodes: elements.nodes.length, edges: elements.edges.length })}
          exportRef={exportRef}
        />
      </Suspense>
      <p className="hint small graph-note">{t('graph.tableNote')}</p>
    </section>
  );
}
