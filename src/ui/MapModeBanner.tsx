import { useTranslation } from 'react-i18next';
import { useUi } from '../state/store';
import { useProjectData } from './projectData';

/** Says over the map what a click will do now, with a way out. */
export function MapModeBanner() {
  const { t } = useTranslation();
  const mode = useUi((s) => s.mapMode);
  const setMode = useUi((s) => s.setMapMode);
  const { institutions } = useProjectData();
  if (mode.kind === 'browse') return null;
  const name = mode.kind === 'place' ? (institutions?.find((i) => i.id === mode.id)?.name ?? '') : '';
  const text =
    mode.kind === 'add' ? t('edit.addOnMapHint') : mode.kind === 'place' ? t('edit.placeHint', { name }) : mode.kind === 'add-hypothetical' ? t('coverage.addHint') : t('edit.pickPartnerHint');
  return (
    <div className="map-banner" role="status">
      <span>{text}</span>
      <button type="button" onClick={() => setMode({ kind: 'browse' })}>
        {mode.kind === 'add-hypothetical' ? t('coverage.addDone') : t('edit.mapModeCancel')}
      </button>
    </div>
  );
}
