import { useTranslation } from 'react-i18next';
import type { TravelBasis } from '../../analysis/coverage/analysis';
import { formatClock, formatDecimal, formatInteger, formatIsoDate } from '../../domain/format';


/** What a run by travel time rests on: mode, data and dates, speeds and assumptions, beside every figure of the tab. */
export function TravelBasisNote({ travel, compact = false, testId }: { travel: TravelBasis; compact?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const mode = t(`routing.modes.${travel.mode}`);
  return (
    <div className="small" data-testid={testId ?? (compact ? 'travel-basis-short' : 'travel-basis')}>
      <p>{t('routing.basis.mode', { mode })} {t('routing.basis.road', { file: travel.road.file, date: travel.road.date ? t('routing.basis.roadDate', { date: formatIsoDate(travel.road.date) }) : '' })}</p>
      {!compact && (<>
      <p>
        {(travel.mode === 'foot' || travel.mode === 'transit') && t('routing.basis.speedFoot', { kmh: formatDecimal(travel.speeds.foot, 1) })}
        {travel.mode === 'bicycle' && t('routing.basis.speedBicycle', { kmh: formatDecimal(travel.speeds.bicycle, 1) })}
        {travel.mode === 'car' && t('routing.basis.speedCar', { speeds: Object.entries(travel.speeds.car ?? {}).map(([c, v]) => `${t(`routing.roadClasses.${c}`)} ${formatInteger(v)}`).join(', ') })}
      </p>
      {travel.transit && (
        <p>{t('routing.basis.transit', { file: travel.transit.file, date: formatIsoDate(travel.transit.date), from: formatClock(travel.transit.fromMin), to: formatClock(travel.transit.toMin % 1440), walk: formatInteger(travel.maxStopWalkMeters ?? 0) })}</p>
      )}
      <p>
        {t('routing.basis.access', { m: formatInteger(travel.maxAccessMeters), cells: formatInteger(travel.offNetworkCells), people: formatInteger(Math.round(travel.offNetworkWeight)) })}
        {travel.facilitiesOffNetwork > 0 && ` ${t('routing.basis.offNetwork', { count: travel.facilitiesOffNetwork })}`}
        {` ${t('routing.basis.unreachable')}`}
      </p>
      </>)}
    </div>
  );
}
