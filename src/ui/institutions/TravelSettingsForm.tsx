import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { formatDecimal } from '../../domain/format';
import { sanitizeTravel, TRAVEL_MODES, type TravelMode } from '../../domain/travel';

/** Mode, detour factor and speed of the travel-time estimate (remembered in this browser). */
export function TravelSettingsForm() {
  const { t } = useTranslation();
  const travel = useUi((s) => s.travel);
  const setTravel = useUi((s) => s.setTravel);
  const num = (text: string) => Number(text.replace(',', '.'));
  const speed = travel.kmh[travel.mode];
  return (
    <details className="travel-settings">
      <summary>
        {t('nearby.estimate', { factor: formatDecimal(travel.detourFactor), kmh: formatDecimal(speed, 1), mode: t(`nearby.modes.${travel.mode}`) })}
      </summary>
      <div className="two">
        <label className="field">
          <span>{t('nearby.mode')}</span>
          <select value={travel.mode} onChange={(e) => setTravel({ ...travel, mode: e.target.value as TravelMode })}>
            {TRAVEL_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`nearby.modes.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('nearby.detour')}</span>
          <input type="number" min={1} max={5} step={0.05} value={travel.detourFactor} onChange={(e) => setTravel(sanitizeTravel({ ...travel, detourFactor: num(e.target.value) }))} />
        </label>
        <label className="field">
          <span>{t('nearby.speed', { mode: t(`nearby.modes.${travel.mode}`) })}</span>
          <input type="number" min={0.5} max={200} step={0.5} value={speed} onChange={(e) => setTravel(sanitizeTravel({ ...travel, kmh: { ...travel.kmh, [travel.mode]: num(e.target.value) } }))} />
        </label>
      </div>
      <p className="hint small">{t('nearby.estimateNote')}</p>
    </details>
  );
}
