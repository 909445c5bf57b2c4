import { underservedGemeinden, type CoverageResult } from '../../analysis/coverage/analysis';
import type { GapResult } from '../../analysis/partners/runGaps';
import { gapAmountText, type GapUnit } from '../export/gapMatrix';
import type { ReportGapsInput, ReportInput } from './model';

/** Underserved Gemeinden and gap centres a report lists at most. */
export const REPORT_LIST_LIMIT = 25;

/**
 * The analysis parts of a report for the Land (areaKey null) or one Kreis, taken from the very
 * results the Versorgung tab shows (one source of truth): the area's coverage figures, with a
 * scenario its figures beside them, the underserved Gemeinden, and the network gaps.
 */
export function reportAnalysis(args: {
  areaKey: string | null;
  base: CoverageResult;
  scenario: CoverageResult | null;
  scenarioName: string;
  gaps: GapResult | null;
  /** Kreis key of a centre (by institution id). */
  centreKreis: (id: string) => string;
}): Pick<ReportInput, 'coverage' | 'scenario' | 'underserved' | 'networkGaps'> {
  const { areaKey, base, scenario, gaps } = args;
  const figures = (r: CoverageResult) => (areaKey === null ? r.land : r.kreise.find((k) => k.key === areaKey) ?? null);
  const inArea = (r: CoverageResult) => (areaKey === null ? r.gemeinden : r.gemeinden.filter((g) => g.group === areaKey));
  return {
    coverage: figures(base),
    scenario: scenario ? { name: args.scenarioName, coverage: figures(scenario), underserved: underservedGemeinden(inArea(scenario), REPORT_LIST_LIMIT) } : null,
    underserved: underservedGemeinden(inArea(base), REPORT_LIST_LIMIT),
    networkGaps: gaps ? gapsOfArea(gaps, areaKey, args.centreKreis) : null,
  };
}

function gapsOfArea(gaps: GapResult, areaKey: string | null, centreKreis: (id: string) => string): ReportGapsInput | null {
  const row = areaKey === null ? gaps.land : gaps.kreise.find((k) => k.key === areaKey);
  if (!row) return null;
  const by: GapUnit = gaps.unit === 'min' ? { unit: 'min', searchLimit: gaps.searchLimit ?? gaps.radiusKm } : { unit: 'km' };
  const outside = by.unit === 'min' ? ', außerhalb der Fahrzeitgrenze' : ', außerhalb des Umkreises';
  const centres = gaps.ranked
    .map((r) => gaps.centres[r.centre])
    .filter((c) => areaKey === null || centreKreis(c.id) === areaKey)
    .slice(0, REPORT_LIST_LIMIT)
    .map((c) => {
      const lacking = c.kinds.filter((k) => !k.partner);
      return {
        name: c.name,
        served: c.served,
        missingKinds: lacking.map((k) => k.kind),
        nearest: lacking.map((k) => (k.candidate ? `${k.kind}: ${k.candidate.name} (${gapAmountText(k.candidate.meters, by)}${k.candidate.inside ? '' : outside})` : `${k.kind}: keine im Projekt`)),
      };
    });
  return { kinds: gaps.kinds, radiusKm: gaps.radiusKm, row, centres, travel: gaps.travel ?? null };
}
