import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField, type Mapping } from '../../data/import/mapping';

/** One select per field: which column fills it. Proposed from the headers, correctable. */
export function MappingTable({ headers, mapping, onChange }: { headers: string[]; mapping: Mapping; onChange: (m: Mapping) => void }) {
  const { t } = useTranslation();
  const set = (field: ImportField, value: string) => onChange({ ...mapping, [field]: value === '' ? null : Number(value) });
  return (
    <div className="mapping" data-testid="mapping">
      {IMPORT_FIELDS.map((field) => (
        <label key={field} className="mapping-row">
          <span>{t(`fields.${field}`)}</span>
          <select value={mapping[field] ?? ''} onChange={(e) => set(field, e.target.value)}>
            <option value="">{t('import.notMapped')}</option>
            {headers.map((h, i) => (
              <option key={i} value={i}>
                {h}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
