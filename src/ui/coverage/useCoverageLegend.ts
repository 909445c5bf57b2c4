import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadSection } from '../../i18n';
import { useCoverageOn } from '../../state/coverageOn';
import { useCoverage } from '../../state/coverageStore';
import { coverageLegend, type LegendRow } from './mapLegend';

/** The coverage layer's legend while the analysis is on the map (its texts load with the coverage section). */
export function useCoverageLegend(): { title: string; rows: LegendRow[] } | null {
  const { t } = useTranslation();
  const on = useCoverageOn();
  const settings = useCoverage((s) => s.settings);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (on) void loadSection('coverage').then(() => setReady(true));
  }, [on]);
  return on && ready ? coverageLegend(t, settings) : null;
}
