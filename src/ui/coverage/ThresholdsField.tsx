import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoverage } from '../../state/coverageStore';
import { formatDecimal } from '../../domain/format';
import { parseThresholds } from './format';

/**
 * The thresholds of the shares (the coverage limit always among them): km of straight line,
 * or, for travel time over the loaded data, minutes (up to 180).
 */
export function ThresholdsField({ unit = 'km' }: { unit?: 'km' | 'min' }) {
  const { t } = useTranslation();
  const settings = useCoverage((s) => s.settings);
  const setSettings = useCoverage((s) => s.setSettings);
  const minutes = unit === 'min';
  const values = minutes ? settings.thresholdsMin : settings.thresholdsKm;
  const shown = values.map((k) => formatDecimal(k, 1)).join('; ');
  const [text, setText] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const apply = () => {
    if (text === null) return;
    const parsed = parseThresholds(text, minutes ? 180 : 100);
    setInvalid(parsed === null);
    if (parsed) {
      if (minutes) setSettings({ thresholdsMin: [...new Set([...parsed, settings.mainMin])].sort((a, b) => a - b) });
      else setSettings({ thresholdsKm: [...new Set([...parsed, settings.mainKm])].sort((a, b) => a - b) });
      setText(null);
    }
  };
  return (
    <label className="field">
      <span>{t(minutes ? 'routing.thresholdsMin' : 'coverage.thresholds')}</span>
      <input
        value={text ?? shown}
        aria-invalid={invalid}
        onChange={(e) => setText(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => e.key === 'Enter' && apply()}
        data-testid={minutes ? 'thresholds-min' : undefined}
      />
      {invalid && <span className="error-inline small" role="alert">{t(minutes ? 'routing.thresholdsInvalid' : 'coverage.thresholdsInvalid')}</span>}
    </label>
  );
}
