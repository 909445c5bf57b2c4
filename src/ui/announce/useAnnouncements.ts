import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnouncer } from '../../state/announcer';
import { useUi } from '../../state/store';
import { formatDecimal, formatInteger } from '../../domain/format';
import type { Institution } from '../../domain/institution';
import { useCoverageAnalysis } from '../coverage/coverageAnalysis';
import { percent, shareAt, signedPeople, deltaAt, unitOf } from '../coverage/format';
import { useNetworkAnalysis } from '../graph/networkAnalysis';

/**
 * Tells screen readers about changes they cannot see: a selected institution, Kreis or
 * Gemeinde (from map, graph, list or search), new coverage figures and new network figures.
 */
export function useAnnouncements(institutions: readonly Institution[] | undefined): void {
  const { t } = useTranslation();
  const announce = useAnnouncer((s) => s.announce);
  const selected = useUi((s) => s.selectedInstitution);
  const kreis = useUi((s) => s.selectedKreis);
  const gemeinde = useUi((s) => s.selectedGemeinde);
  const coverage = useCoverageAnalysis();
  const network = useNetworkAnalysis();

  const last = useRef<string | null>(null);
  useEffect(() => {
    if (selected === last.current) return;
    last.current = selected;
    const i = selected ? institutions?.find((x) => x.id === selected) : undefined;
    if (i) announce(t('announce.institution', { name: i.name, category: i.category, town: i.town || '–' }));
    else if (selected === null) announce(t('announce.none'));
  }, [selected, institutions, announce, t]);

  useEffect(() => {
    if (gemeinde) announce(t('announce.area', { name: gemeinde.name }));
    else if (kreis) announce(t('announce.area', { name: kreis.name }));
  }, [kreis, gemeinde, announce, t]);

  const shown = coverage.scenario ?? coverage.base;
  useEffect(() => {
    if (!shown || coverage.busy) return;
    const { mainKm } = shown;
    const delta = deltaAt(coverage.base!.land, coverage.scenario?.land, mainKm);
    const text = t('announce.coverage', { share: percent(shareAt(shown.land, mainKm)), km: mainKm, unit: unitOf(shown), facilities: formatInteger(shown.land.facilities) });
    announce(delta === null ? text : `${text} ${t('announce.coverageDelta', { delta: signedPeople(delta) })}`);
  }, [shown, coverage.busy, coverage.base, coverage.scenario, announce, t]);

  const figures = network.figures;
  useEffect(() => {
    if (!figures || network.busy) return;
    const n = figures.totals;
    announce(t('announce.network', { nodes: formatInteger(n.nodes), edges: formatInteger(n.edges), components: formatInteger(n.components), isolated: formatInteger(n.isolated), density: formatDecimal(n.density, 3) }));
  }, [figures, network.busy, announce, t]);
}
