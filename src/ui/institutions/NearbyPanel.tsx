import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { createNeighbourIndex, missingKinds, neighboursOf } from '../../analysis/partners/neighbours';
import { formatKm, formatMinutes } from '../../domain/format';
import type { InstitutionId } from '../../domain/ids';
import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';
import type { CategoryRecord } from '../../domain/project';
import { estimateMinutes } from '../../domain/travel';
import { useRoadMinutes, type RoadMode } from '../routing/useRoadMinutes';
import { TravelSettingsForm } from './TravelSettingsForm';
import { nearbySheet, roadDateText, ROAD_MAX_MINUTES, transitText } from '../../data/export/nearbySheet';
import { TableDownloads } from '../common/TableDownloads';

const PAGE = 50;
const NO_KIND = 'Sonstige';

/** "Partner in der Nähe": institutions within a radius, and the kinds of partner missing there. */
export default function NearbyPanel({ from, institutions, partnerships, categories, onSelect, onRecord }: {
  from: Institution;
  institutions: Institution[];
  partnerships: Partnership[];
  categories: CategoryRecord[];
  onSelect: (id: InstitutionId) => void;
  /** Opens the partnership form with this partner chosen. */
  onRecord: (id: InstitutionId) => void;
}) {
  const { t } = useTranslation();
  const km = useUi((s) => s.nearbyKm);
  const setKm = useUi((s) => s.setNearbyKm);
  const travel = useUi((s) => s.travel);
  const [category, setCategory] = useState('');
  const [roadMode, setRoadMode] = useState<RoadMode | ''>('foot');
  const [limit, setLimit] = useState(PAGE);
  const index = useMemo(() => createNeighbourIndex(institutions), [institutions]);
  const near = useMemo(() => neighboursOf(index, from, partnerships, km), [index, from, partnerships, km]);
  const kinds = useMemo(() => categories.map((c) => c.name).filter((c) => c !== NO_KIND), [categories]);
  const missing = useMemo(() => missingKinds(index, from, partnerships, km, kinds), [index, from, partnerships, km, kinds]);
  const shown = category ? near.filter((n) => n.institution.category === category) : near;
  // Every institution shown, not only the page: the download holds them all (one search from `from` either way).
  const targets = useMemo(() => shown.map((n) => n.institution), [shown]);
  const road = useRoadMinutes(from, targets, roadMode || null);
  if (from.lat === null || from.lon === null) return <p className="hint">{t('nearby.noLocation')}</p>;
  const time = (m: number) => t('nearby.minutes', { minutes: formatMinutes(estimateMinutes(m, travel)) });
  const roadModeText = road.result ? t(`nearby.modes.${road.result.mode}`) : '';
  /** Minutes over the road network, or "nicht erreichbar"; '' while none is known. */
  const routed = (id: string) => {
    const m = road.result?.byId.get(id);
    if (m === undefined) return '';
    return Number.isFinite(m) ? t('nearby.roadMinutes', { minutes: formatMinutes(m) }) : t('nearby.roadUnreachable');
  };
  return (
    <section className="card" aria-labelledby="nearby-title" data-testid="nearby">
      <h4 id="nearby-title">{t('nearby.title')}</h4>
      <div className="two">
        <label className="field">
          <span>{t('nearby.radius')}</span>
          <input type="number" min={1} max={200} step={1} value={km} onChange={(e) => { const v = Number(e.target.value); if (v >= 1 && v <= 200) setKm(v); }} />
        </label>
        <label className="field">
          <span>{t('nearby.category')}</span>
          <select value={category} onChange={(e) => { setCategory(e.target.value); setLimit(PAGE); }}>
            <option value="">{t('nearby.allCategories')}</option>
            {categories.map((c) => (
              <option key={c.name} value={c.name}>{c.name}</option>
            ))}
          </select>
        </label>
      </div>
      <TravelSettingsForm />
      {road.available && (
        <label className="field">
          <span>{t(road.transitAvailable ? 'nearby.roadModeTransit' : 'nearby.roadMode')}</span>
          <select value={roadMode} onChange={(e) => setRoadMode(e.target.value as RoadMode | '')} data-testid="nearby-road-mode">
            <option value="">{t('nearby.roadOff')}</option>
            {(['foot', 'bicycle', 'car'] as const).map((m) => <option key={m} value={m}>{t(`nearby.modes.${m}`)}</option>)}
            {road.transitAvailable && <option value="transit">{t('nearby.modes.transit')}</option>}
          </select>
        </label>
      )}
      <p className="hint small" aria-live="polite">{t('nearby.count', { count: shown.length, partners: shown.filter((n) => n.isPartner).length })}</p>
      {shown.length > 0 && (
        <div className="scroll-x">
          <table className="table nearby-table" data-testid="nearby-table">
            <colgroup>
              <col />
              <col className="c-dist" />
              <col className="c-partner" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('institutions.name')}</th>
                <th scope="col" className="num" data-testid="nearby-time-heading">{road.result ? (road.result.transit ? t('nearby.distanceTransit') : t('nearby.distanceRoad', { mode: roadModeText })) : t('nearby.distance')}</th>
                <th scope="col">{t('nearby.partner')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, limit).map((n) => (
                <tr key={n.institution.id}>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => onSelect(n.institution.id)}>{n.institution.name}</button>
                    <br />
                    <span className="hint small">{n.institution.category}</span>
                  </th>
                  <td className="num">
                    {formatKm(n.meters)} km
                    <br />
                    <span className="hint small">{routed(n.institution.id) || time(n.meters)}</span>
                  </td>
                  <td>
                    {n.isPartner ? t('nearby.isPartner') : (
                      <button type="button" className="small" onClick={() => onRecord(n.institution.id)} aria-label={t('nearby.recordWith', { name: n.institution.name })}>
                        {t('nearby.record')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {road.result && shown.length > 0 && <p className="hint small" data-testid="nearby-road-basis">{t('nearby.roadBasis', { file: road.result.file, date: roadDateText(t, road.result.date), max: ROAD_MAX_MINUTES })}{road.result.transit && ` ${transitText((key, values) => t(key, values), road.result.transit)}`}</p>}
      {shown.length > limit && <button type="button" onClick={() => setLimit(limit + PAGE)}>{t('institutions.more')}</button>}
      {shown.length > 0 && (
        <TableDownloads
          fileName="partner-in-der-naehe"
          table={() => nearbySheet(
            (key, values) => t(key, values),
            from.name,
            shown.map((n) => ({ name: n.institution.name, category: n.institution.category, meters: n.meters, estimateMinutes: estimateMinutes(n.meters, travel), isPartner: n.isPartner, roadMinutes: road.result?.byId.get(n.institution.id) })),
            road.result && { mode: road.result.mode, file: road.result.file, date: road.result.date, estimate: travel, transit: road.result.transit },
          )}
        />
      )}
      <h4>{t('nearby.missingTitle', { km })}</h4>
      {missing.length === 0 ? <p className="hint">{t('nearby.noneMissing')}</p> : (
        <ul className="missing-kinds" data-testid="missing-kinds">
          {missing.map((m) => (
            <li key={m.category}>
              <strong>{m.category}</strong>
              {m.nearest ? (
                <>
                  {/* The nearest candidate may lie beyond the radius: shown, but said so. */}
                  {' – '}{t(m.nearest.meters <= km * 1000 ? 'nearby.nearest' : 'nearby.nearestOutside')}{' '}
                  <button type="button" className="link" onClick={() => onSelect(m.nearest!.institution.id)}>{m.nearest.institution.name}</button>
                  {`, ${formatKm(m.nearest.meters)} km, ${time(m.nearest.meters)} `}
                  <button type="button" className="small" onClick={() => onRecord(m.nearest!.institution.id)} aria-label={t('nearby.recordWith', { name: m.nearest.institution.name })}>
                    {t('nearby.recordLong')}
                  </button>
                </>
              ) : (
                <span className="hint"> – {t('nearby.noneInProject')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
