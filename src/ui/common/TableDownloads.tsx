import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sheetCsv, type SheetTable } from '../../data/export/sheet';
import { CsvButton } from './CsvButton';
import { downloadBlob } from './download';

/**
 * "Tabelle als Excel (.xlsx) herunterladen": the table (or tables, one sheet each) is built
 * on click and written by exceljs; the writer (xlsx.ts) and exceljs load on the first click.
 */
export function XlsxButton({ fileName, tables, label, className = 'small xlsx-button' }: { fileName: string; tables: () => SheetTable | SheetTable[]; label?: string; className?: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const list = tables();
      const { sheetsToXlsx, XLSX_MIME } = await import('../../data/export/xlsx');
      const bytes = await sheetsToXlsx(Array.isArray(list) ? list : [list]);
      downloadBlob(fileName, new Blob([bytes as BlobPart], { type: XLSX_MIME }));
    } catch (e) {
      setError(t('table.xlsxError', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className={className} aria-busy={busy} disabled={busy} onClick={() => void run()}>
        {label ?? t('table.xlsx')}
      </button>
      {busy && <span className="hint small" role="status">{t('table.xlsxBusy')}</span>}
      {error && <span className="error-inline" role="alert">{error}</span>}
    </>
  );
}

/**
 * The download buttons of a table: CSV and Excel (.xlsx) side by side, both from the same
 * table (`csv` when the CSV is written otherwise). `fileName` has no extension.
 */
export function TableDownloads({ fileName, table, csv }: { fileName: string; table: () => SheetTable; csv?: () => string }) {
  return (
    <div className="actions">
      <CsvButton fileName={`${fileName}.csv`} csv={csv ?? (() => sheetCsv(table()))} />
      <XlsxButton fileName={`${fileName}.xlsx`} tables={table} />
    </div>
  );
}
