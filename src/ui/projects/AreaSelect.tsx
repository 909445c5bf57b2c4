import { useTranslation } from 'react-i18next';
import { PLANNING_AREAS } from '../../domain/areas';

/** The planning area as a labelled select: the 16 Länder and all of Germany. */
export function AreaSelect({ value, onChange, disabled, className }: { value: string; onChange: (id: string) => void; disabled?: boolean; className?: string }) {
  const { t } = useTranslation();
  return (
    <label className={className ?? 'field'}>
      <span>{t('project.area')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
        {PLANNING_AREAS.map((a) => (
          <option key={a.id} value={a.id}>
            {a.id === 'de' ? t('project.areaGermany') : t(`areaNames.${a.id}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
