import { useTranslation } from 'react-i18next';
import { useRoutingInfo } from '../../data/hooks';
import { ROUTED_MODES, useCoverage, type RoutedMode } from '../../state/coverageStore';
import { ThresholdsField } from '../coverage/ThresholdsField';
import { DEFAULT_ROAD_SPEEDS, EDITABLE_CAR_CLASSES, MAXSPEED_FACTOR } from '../../analysis/routing/speeds';
import { formatClock, formatDecimal } from '../../domain/format';
import { useArea } from '../projects/useArea';

const minutesOf = (text: string): number | null => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

/** Travel time over the loaded data: the mode, the limit and thresholds in minutes, and for bus and train the day and window. */
export function RoutedSettings() {
  const { t } = useTranslation();
  const area = useArea();
  const settings = useCoverage((s) => s.settings);
  const setSettings = useCoverage((s) => s.setSettings);
  const infos = useRoutingInfo(area.id);
  const hasRoad = infos?.some((i) => i.kind === 'road') ?? false;
  const hasTransit = infos?.some((i) => i.kind === 'transit') ?? false;
  return (
    <>
      {infos && !hasRoad && <p className="hint small" role="status" data-testid="routing-need-road">{t('routing.needRoad')}</p>}
      <div className="two">
        <label className="field">
          <span>{t('routing.mode')}</span>
          <select value={settings.routeMode} onChange={(e) => setSettings({ routeMode: e.target.value as RoutedMode })} data-testid="routing-mode">
            {ROUTED_MODES.map((m) => <option key={m} value={m} disabled={m === 'transit' && !hasTransit}>{t(`routing.modes.${m}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('routing.mainMin')}</span>
          <input type="number" min={1} max={180} step={1} value={settings.mainMin} data-testid="routing-main-min" onChange={(e) => { const v = Number(e.target.value); if (Number.isInteger(v) && v >= 1 && v <= 180) setSettings({ mainMin: v, thresholdsMin: [...new Set([...settings.thresholdsMin, v])].sort((a, b) => a - b) }); }} />
        </label>
      </div>
      {settings.routeMode === 'transit' && !hasTransit && <p className="hint small">{t('routing.needTransit')}</p>}
      <ThresholdsField unit="min" />
      {settings.routeMode === 'transit' && (
        <div className="three">
          <label className="field">
            <span>{t('routing.weekday')}</span>
            <select value={settings.transitDay} onChange={(e) => setSettings({ transitDay: Number(e.target.value) })} data-testid="routing-weekday">
              {[1, 2, 3, 4, 5, 6, 7].map((d) => <option key={d} value={d}>{t(`routing.weekdays.${d}`)}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('routing.from')}</span>
            <input type="time" step={300} value={formatClock(settings.transitFrom)} onChange={(e) => { const v = minutesOf(e.target.value); if (v !== null && v < settings.transitTo) setSettings({ transitFrom: v }); }} />
          </label>
          <label className="field">
            <span>{t('routing.to')}</span>
            <input type="time" step={300} value={formatClock(settings.transitTo % 1440)} onChange={(e) => { const v = minutesOf(e.target.value); if (v !== null && v > settings.transitFrom) setSettings({ transitTo: v }); }} />
          </label>
        </div>
      )}
      {settings.routeMode === 'car' && (
        <details className="filter-details" data-testid="car-speeds">
          <summary>{t('routing.carSpeeds')}</summary>
          <p className="hint small">{t('routing.carSpeedsHint', { factor: formatDecimal(MAXSPEED_FACTOR, 1) })}</p>
          <div className="two">
            {EDITABLE_CAR_CLASSES.map((c) => (
              <label key={c} className="field">
                <span>{t(`routing.roadClasses.${c}`)}</span>
                <input
                  type="number" min={5} max={200} step={5}
                  value={settings.carSpeeds[c] ?? DEFAULT_ROAD_SPEEDS.car[c]}
                  onChange={(e) => {
                    const v = Number(e.target.value);
                    if (Number.isFinite(v) && v >= 5 && v <= 200) setSettings({ carSpeeds: { ...settings.carSpeeds, [c]: v } });
                  }}
                />
              </label>
            ))}
          </div>
          {Object.keys(settings.carSpeeds).length > 0 && <button type="button" onClick={() => setSettings({ carSpeeds: {} })}>{t('routing.carSpeedsReset')}</button>}
        </details>
      )}
      <p className="hint small">{t('routing.measureNote')}</p>
    </>
  );
}
