import { useMemo, useState } from 'react';
import { CENTRALITY_LIMIT } from '../../analysis/network/figures';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import type { NodeFigures, PartnershipFigures } from '../../analysis/network/figures';
import { groupDensityCsv, groupDensitySheet, nodeFiguresCsv, nodeFiguresSheet, partnershipLengthsCsv, partnershipLengthsSheet } from '../../data/export/networkCsv';
import { distinguishingLabels } from '../../domain/distinguish';
import { formatDecimal, formatInteger } from '../../domain/format';
import type { InstitutionId } from '../../domain/ids';
import { downloadText, fileSlug } from '../common/download';
import { SortableTable, type Column } from '../common/SortableTable';
import { XlsxButton } from '../common/TableDownloads';
import { useNetworkAnalysis } from '../graph/networkAnalysis';
import { useKreise } from '../panel/useKreise';
import { useProjectData } from '../projectData';
import { useActiveProject } from '../projects/useActiveProject';

const CSV = 'text/csv;charset=utf-8';
const d3 = (v: number) => formatDecimal(v, 3);

/** Network figures of the visible network: totals, per institution, per Kreis, per partnership; all as CSV. */
export default function NetworkTab() {
  const { t } = useTranslation();
  const { visible } = useProjectData();
  const { project } = useActiveProject();
  const { figures, busy, error } = useNetworkAnalysis();
  const select = useUi((s) => s.selectInstitution);
  const longKm = useUi((s) => s.longKm);
  const setLongKm = useUi((s) => s.setLongKm);
  const [onlyLong, setOnlyLong] = useState(true);
  const { kreise } = useKreise();
  const kreisName = useMemo(() => {
    const m = new Map(kreise.map((k) => [k.ags, k.name]));
    return (key: string) => (key === '' ? t('filters.noKreis') : (m.get(key) ?? key));
  }, [kreise, t]);
  const byId = useMemo(() => new Map(visible.institutions.map((i) => [i.id as string, i])), [visible]);
  const typeOf = useMemo(() => new Map(visible.partnerships.map((p) => [p.id as string, p.type])), [visible]);
  // Same-named institutions get a short addition (town, else street) in the name cell, as text.
  const extraOf = useMemo(() => distinguishingLabels(visible.institutions), [visible]);
  const name = (id: string) => byId.get(id)?.name ?? '';
  const nodeColumns = useMemo<Column<NodeFigures>[]>(() => [
    {
      key: 'name',
      label: t('institutions.name'),
      value: (n) => `${name(n.id)} ${extraOf.get(n.id) ?? ''}`,
      render: (n) => {
        const extra = extraOf.get(n.id);
        return (
          <>
            <button type="button" className="link" onClick={() => select(n.id as InstitutionId)} aria-label={extra ? `${name(n.id)} (${extra})` : undefined}>{name(n.id)}</button>
            {extra && <span className="name-extra" data-testid="name-extra">{extra}</span>}
          </>
        );
      },
    },
    { key: 'kreis', label: t('filters.kreise'), value: (n) => kreisName(n.group) },
    { key: 'category', label: t('institutions.category'), value: (n) => byId.get(n.id)?.category ?? '' },
    { key: 'degree', label: t('network.degree'), value: (n) => n.degree, numeric: true },
    { key: 'betweenness', label: t('network.betweenness'), value: (n) => n.betweenness, render: (n) => d3(n.betweenness), numeric: true },
    { key: 'closeness', label: t('network.closeness'), value: (n) => n.closeness, render: (n) => d3(n.closeness), numeric: true },
    { key: 'broker', label: t('network.broker'), value: (n) => (n.articulation ? 1 : 0), render: (n) => (n.articulation ? t('network.yes') : n.isolated ? t('network.isolated') : ''), numeric: true },
    // eslint-disable-next-line react-hooks/exhaustive-deps
  ], [t, byId, select, extraOf, kreisName]);
  const groupColumns = useMemo<Column<{ group: string; nodes: number; edges: number; edgesOut: number; density: number }>[]>(() => [
    { key: 'kreis', label: t('filters.kreise'), value: (g) => kreisName(g.group) },
    { key: 'nodes', label: t('network.nodes'), value: (g) => g.nodes, numeric: true },
    { key: 'edges', label: t('network.inside'), value: (g) => g.edges, numeric: true },
    { key: 'out', label: t('network.across'), value: (g) => g.edgesOut, numeric: true },
    { key: 'density', label: t('network.density'), value: (g) => g.density, render: (g) => d3(g.density), numeric: true },
  ], [t, kreisName]);
  const linkColumns = useMemo<Column<PartnershipFigures>[]>(() => [
    { key: 'pair', label: t('network.pair'), value: (p) => `${name(p.a)} – ${name(p.b)}`, render: (p) => <>{name(p.a)} – {name(p.b)}<br /><span className="hint small">{typeOf.get(p.id)}</span></> },
    { key: 'km', label: t('network.km'), value: (p) => p.km ?? -1, render: (p) => (p.km === null ? '–' : formatDecimal(p.km, 1)), numeric: true },
    { key: 'bridge', label: t('network.bridge'), value: (p) => (p.bridge ? 1 : 0), render: (p) => (p.bridge ? t('network.yes') : ''), numeric: true },
    // eslint-disable-next-line react-hooks/exhaustive-deps
  ], [t, byId, typeOf]);

  if (error) return <p role="alert" className="error-block">{error}</p>;
  if (!figures) return <p className="hint" role="status">{t('network.computing')}</p>;
  const tot = figures.totals;
  const slug = fileSlug(project?.name ?? 'netzwerk');
  const links = onlyLong ? figures.partnerships.filter((p) => p.long) : figures.partnerships;
  // Each figure with a plain reading beside it (for a committee, not for network scientists).
  const summary: [string, string, string][] = [
    [t('network.nodes'), formatInteger(tot.nodes), t('network.explain.nodes')],
    [t('network.edges'), formatInteger(tot.edges), t('network.explain.edges')],
    [t('network.components'), t('network.componentsValue', { count: tot.components, largest: formatInteger(tot.largestComponent) }), t('network.explain.components')],
    [t('network.isolatedCount'), formatInteger(tot.isolated), t('network.explain.isolated')],
    [t('network.brokers'), formatInteger(tot.articulationPoints), t('network.explain.brokers')],
    [t('network.bridges'), formatInteger(tot.bridges), t('network.explain.bridges')],
    [t('network.density'), formatDecimal(tot.density, 4), t('network.explain.density')],
    [t('network.long', { km: formatDecimal(longKm, 1) }), formatInteger(tot.longPartnerships), t('network.explain.long')],
  ];
  const columnReading: [string, string][] = [
    [t('network.degree'), t('network.explain.degree')],
    [t('network.betweenness'), t('network.explain.betweenness')],
    [t('network.closeness'), t('network.explain.closeness')],
    [t('network.broker'), t('network.explain.broker')],
  ];
  return (
    <div className="network-tab" aria-busy={busy}>
      <p className="hint small">{t('network.intro')}</p>
      {figures.centralityOmitted && <p className="hint small" role="note" data-testid="centrality-omitted">{t('network.centralityOmitted', { limit: formatInteger(CENTRALITY_LIMIT) })}</p>}
      <dl className="totals" data-testid="network-totals">
        {summary.map(([k, v, why]) => (
          <div key={k} className="dl-row"><dt>{k}</dt><dd>{v}</dd><dd className="explain">{why}</dd></div>
        ))}
      </dl>
      <h3>{t('network.perInstitution')}</h3>
      <dl className="reading" data-testid="network-reading">
        {columnReading.map(([k, why]) => (
          <div key={k}><dt>{k}:</dt> <dd>{why}</dd></div>
        ))}
      </dl>
      <div className="scroll-x">
        <SortableTable rows={figures.nodes} columns={nodeColumns} rowKey={(n) => n.id} initialSort={{ key: 'betweenness', descending: true }} caption={t('network.perInstitution')} testId="network-nodes" />
      </div>
      <button type="button" onClick={() => downloadText(`${slug}-kennzahlen.csv`, nodeFiguresCsv(figures, visible.institutions, kreisName), CSV)}>{t('network.csvNodes')}</button>
      <XlsxButton className="" fileName={`${slug}-kennzahlen.xlsx`} tables={() => nodeFiguresSheet(figures, visible.institutions, kreisName, project?.name ?? null)} label={t('network.xlsxNodes')} />
      <h3>{t('network.perKreis')}</h3>
      <p className="hint small">{t('network.explain.perKreis')}</p>
      <div className="scroll-x">
        <SortableTable rows={figures.groups} columns={groupColumns} rowKey={(g) => g.group} initialSort={{ key: 'density', descending: true }} caption={t('network.perKreis')} testId="network-groups" />
      </div>
      <button type="button" onClick={() => downloadText(`${slug}-dichte-kreise.csv`, groupDensityCsv(figures, kreisName), CSV)}>{t('network.csvGroups')}</button>
      <XlsxButton className="" fileName={`${slug}-dichte-kreise.xlsx`} tables={() => groupDensitySheet(figures, kreisName, project?.name ?? null)} label={t('network.xlsxGroups')} />
      <h3>{t('network.lengths')}</h3>
      <p className="hint small">{t('network.explain.bridge')}</p>
      <div className="two">
        <label className="field">
          <span>{t('network.longKm')}</span>
          <input type="number" min={1} max={300} value={longKm} onChange={(e) => { const v = Number(e.target.value); if (v >= 1 && v <= 300) setLongKm(v); }} />
        </label>
        <label className="check">
          <input type="checkbox" checked={onlyLong} onChange={(e) => setOnlyLong(e.target.checked)} />
          {t('network.onlyLong')}
        </label>
      </div>
      <div className="scroll-x">
        <SortableTable rows={links} columns={linkColumns} rowKey={(p) => p.id} initialSort={{ key: 'km', descending: true }} caption={t('network.lengths')} testId="network-links" />
      </div>
      <button type="button" onClick={() => downloadText(`${slug}-partnerschaften-laenge.csv`, partnershipLengthsCsv(figures, visible.partnerships, visible.institutions, longKm), CSV)}>{t('network.csvLinks')}</button>
      <XlsxButton className="" fileName={`${slug}-partnerschaften-laenge.xlsx`} tables={() => partnershipLengthsSheet(figures, visible.partnerships, visible.institutions, longKm, project?.name ?? null)} label={t('network.xlsxLinks')} />
    </div>
  );
}
