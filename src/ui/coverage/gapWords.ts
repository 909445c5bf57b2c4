import type { TFunction } from 'i18next';
import type { GapResult } from '../../analysis/partners/runGaps';
import { formatKm, formatMinutes } from '../../domain/format';

/**
 * How the network-gap texts speak of a result: the options for `t` (context 'km' or 'min' and
 * the mode, e.g. "zu Fuß") and a distance or time as text ("2,5 km", "12 min", "mehr als 60 min,
 * nicht erreicht" beyond the search, where no figure is known).
 */
export function gapWords(t: TFunction, result: Pick<GapResult, 'unit' | 'travel' | 'searchLimit'>): { opts: { context: 'km' | 'min'; mode: string }; figure: (meters: number) => string; amount: (meters: number) => string } {
  const opts = { context: result.unit, mode: result.travel ? t(`gaps.modes.${result.travel.mode}`) : '' };
  const figure = (m: number) => (result.unit === 'km' ? formatKm(m) : formatMinutes(m / 1000));
  const amount = (m: number) => (result.unit === 'min' && !Number.isFinite(m) ? t('gaps.notReached', { km: result.searchLimit }) : t('gaps.amount', { km: figure(m), context: result.unit }));
  return { opts, figure, amount };
}
