import { useTranslation } from 'react-i18next';
import { downloadText } from './download';

/**
 * "Tabelle als CSV herunterladen": the CSV text (see toCsv: UTF-8 with BOM, `;`, cells
 * neutralised) is built only on click, so a big table costs nothing until then.
 */
export function CsvButton({ fileName, csv, label }: { fileName: string; csv: () => string; label?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="small csv-button" onClick={() => downloadText(fileName, csv(), 'text/csv;charset=utf-8')}>
      {label ?? t('table.csv')}
    </button>
  );
}
