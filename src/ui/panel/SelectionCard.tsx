import { useTranslation } from 'react-i18next';
import type { AreaInfo } from '../../domain/area';
import { formatInteger } from '../../domain/format';

function AreaDetails({ area }: { area: AreaInfo }) {
  const { t } = useTranslation();
  return (
    <section className="area" aria-label={`${t(`panel.${area.level}`)}: ${area.name}`}>
      <h3>
        <span className="area-level">{t(`panel.${area.level}`)}</span> {area.name}
      </h3>
      <dl>
        <dt>{t('panel.key')}</dt>
        <dd data-testid={`${area.level}-ags`}>{area.ags}</dd>
        <dt>{t('panel.type')}</dt>
        <dd>{area.bez}</dd>
        <dt>{t('panel.population')}</dt>
        <dd data-testid={`${area.level}-population`}>{formatInteger(area.einwohner)}</dd>
      </dl>
    </section>
  );
}

/** Shows the selected Kreis and Gemeinde, or a hint how to select. */
export function SelectionCard({ kreis, gemeinde, onClear }: { kreis: AreaInfo | null; gemeinde: AreaInfo | null; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="selection-title" data-testid="selection">
      <h2 id="selection-title">{t('panel.selection')}</h2>
      {!kreis && !gemeinde && <p className="hint">{t('panel.noSelection')}</p>}
      {kreis && <AreaDetails area={kreis} />}
      {gemeinde && <AreaDetails area={gemeinde} />}
      {(kreis || gemeinde) && (
        <>
          <p className="hint small">{t('panel.populationNote')}</p>
          <button type="button" onClick={onClear}>
            {t('panel.clear')}
          </button>
        </>
      )}
    </section>
  );
}
