import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoverage } from '../../state/coverageStore';
import { useUi } from '../../state/store';
import type { KreisSummary } from '../../domain/area';

/** "Mein Kreis": the Kreis (or kreisfreie Stadt) the planner plans for; the tab then follows it. */
export function FocusField({ kreise }: { kreise: KreisSummary[] }) {
  const { t } = useTranslation();
  const focus = useCoverage((s) => s.settings.focus);
  const setSettings = useCoverage((s) => s.setSettings);
  const frameTo = useUi((s) => s.frameTo);
  const sorted = useMemo(() => [...kreise].sort((a, b) => a.name.localeCompare(b.name, 'de')), [kreise]);
  return (
    <label className="field">
      <span>{t('coverage.focus')}</span>
      <select
        value={focus ?? ''}
        onChange={(e) => {
          const kreis = kreise.find((k) => k.ags === e.target.value);
          setSettings({ focus: kreis?.ags ?? null });
          // The map follows: the chosen Kreis fills it.
          if (kreis) frameTo(kreis.bbox);
        }}
        data-testid="coverage-focus"
      >
        <option value="">{t('coverage.focusNone')}</option>
        {sorted.map((k) => <option key={k.ags} value={k.ags}>{k.name}</option>)}
      </select>
    </label>
  );
}
