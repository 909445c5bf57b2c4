import { useTranslation } from 'react-i18next';
import { OTHER_TYPE_COLOR, typeColor, typeDash, typesShown } from '../../domain/partnership';

/** A short line as the map draws it: the type's colour and dashes (dash lengths in line widths, as MapLibre). */
export function LineSwatch({ type, other = false }: { type: string; other?: boolean }) {
  const width = 3;
  const dash = other ? [0.5, 2] : typeDash(type);
  const solid = dash.length === 2 && dash[1] === 0;
  return (
    <svg className="line-swatch-svg" width="32" height="8" viewBox="0 0 32 8" aria-hidden="true">
      <line x1="1" y1="4" x2="31" y2="4" stroke={other ? OTHER_TYPE_COLOR : typeColor(type)} strokeWidth={width} strokeDasharray={solid ? undefined : dash.map((d) => d * width).join(' ')} />
    </svg>
  );
}

/**
 * The legend of the partnership lines on the map: one row per type drawn (colour and dashes),
 * shown while partner lines of a selected institution or the whole network are on the map.
 */
export function LineLegend({ partnerships }: { partnerships: readonly { type: string }[] }) {
  const { t } = useTranslation();
  const { defaults, other } = typesShown(partnerships);
  if (defaults.length === 0 && !other) return null;
  return (
    <section className="map-line-legend" aria-label={t('map.lineLegend')} data-testid="line-legend">
      <h3 className="small">{t('map.lineLegend')}</h3>
      <ul>
        {defaults.map((ty) => (
          <li key={ty}><LineSwatch type={ty} />{ty}</li>
        ))}
        {other && <li><LineSwatch type="" other />{t('map.lineOther')}</li>}
      </ul>
      <p className="hint small">{t('map.lineWidth')}</p>
    </section>
  );
}
