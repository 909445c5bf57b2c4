import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoverage } from '../../state/coverageStore';
import { formatDecimal } from '../../domain/format';
import { parseThresholds } from './format';

/** The thresholds of the shares (the coverage limit always among them). */
export function ThresholdsField() {
  const { t } = useTranslation();
  const settings = useCoverage((s) => s.settings);
  const setSettings = useCoverage((s) => s.setSettings);
  const shown = settings.thresholdsKm.map((k) => formatDecimal(k, 1)).join('; ');
  const [text, setText] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const apply = () => {
    if (text === null) return;
    const values = parseThresholds(text);
    setInvalid(values === null);
    if (values) {
      setSettings({ thresholdsKm: [...new Set([...values, settings.mainKm])].sort((a, b) => a - b) });
      setText(null);
    }
  };
  return (
    <label className="field">
      <span>{t('coverage.thresholds')}</span>
      <input
        value={text ?? shown}
        aria-invalid={invalid}
        onChange={(e) => setText(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => e.key === 'Enter' && apply()}
      />
      {invalid && <span className="error-inline small" role="alert">{t('coverage.thresholdsInvalid')}</span>}
    </label>
  );
}
