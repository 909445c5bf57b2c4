import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { germanCollator } from '../../domain/search';
import { toCsv } from '../../data/export/csv';
import { sourceLine, type ColumnKind, type SheetMeta, type SheetTable } from '../../data/export/sheet';
import { TableDownloads } from './TableDownloads';

export interface Column<T> {
  key: string;
  label: string;
  /** Value to sort by. */
  value: (row: T) => number | string;
  /** Cell content (text by default); the first column is the row header. */
  render?: (row: T) => ReactNode;
  numeric?: boolean;
  /** Cell text in the CSV download; numbers get a decimal comma by default. */
  csv?: (row: T) => string;
  /** Kind of the column in the Excel download (default: 'decimal' when numeric, else 'text'); see SheetColumn. */
  kind?: ColumnKind;
  digits?: number;
}

const csvCell = <T,>(c: Column<T>, row: T): string => {
  if (c.csv) return c.csv(row);
  const v = c.value(row);
  return typeof v === 'number' ? (Number.isFinite(v) ? String(v).replace('.', ',') : '') : v;
};

/** The rows in their order as a table for Excel: the sort values, numbers as numbers. */
function sheetOf<T>(columns: readonly Column<T>[], rows: readonly T[], caption: string, meta: Partial<SheetMeta>): SheetTable {
  return {
    title: meta.title ?? caption,
    source: meta.source ?? sourceLine(null),
    date: meta.date ?? new Date(),
    targetGroup: meta.targetGroup,
    sheetName: caption,
    layout: 'title',
    columns: columns.map((c) => ({ label: c.label, kind: c.kind ?? (c.numeric ? 'decimal' : 'text'), digits: c.digits })),
    rows: rows.map((r) => columns.map((c) => c.value(r))),
  };
}

const PAGE = 100;

/** A table whose column headers sort it (click again to reverse), shown in pages. */
export function SortableTable<T>({ rows, columns, rowKey, initialSort, caption, testId, rowClass, csvFile, sheet }: {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  initialSort: { key: string; descending: boolean };
  caption: string;
  testId?: string;
  rowClass?: (row: T) => string | undefined;
  /**
   * File name (without extension) of the buttons "Tabelle als CSV" and "… als Excel (.xlsx)"
   * (all rows in the current order); no buttons when absent.
   */
  csvFile?: string;
  /** Title (default: the caption), source and target group of the Excel file. */
  sheet?: Partial<SheetMeta>;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState(initialSort);
  const [limit, setLimit] = useState(PAGE);
  const sorted = useMemo(() => {
    const col = columns.find((c) => c.key === sort.key) ?? columns[0];
    const sign = sort.descending ? -1 : 1;
    return [...rows].sort((a, b) => {
      const x = col.value(a);
      const y = col.value(b);
      const d = typeof x === 'number' && typeof y === 'number' ? x - y : germanCollator.compare(String(x), String(y));
      return sign * d;
    });
  }, [rows, columns, sort]);
  return (
    <>
      <table className="table sortable" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort.key === c.key;
              return (
                <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="sort" onClick={() => setSort({ key: c.key, descending: active ? !sort.descending : Boolean(c.numeric) })}>
                    {c.label}
                    <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, limit).map((row) => (
            <tr key={rowKey(row)} className={rowClass?.(row)}>
              {columns.map((c, k) => {
                const content = c.render ? c.render(row) : String(c.value(row));
                return k === 0 ? <th key={c.key} scope="row">{content}</th> : <td key={c.key} className={c.numeric ? 'num' : undefined}>{content}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint small">{t('institutions.showing', { shown: Math.min(limit, sorted.length), total: sorted.length })}</p>
      {sorted.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {t('institutions.more')}
        </button>
      )}
      {csvFile && (
        <TableDownloads
          fileName={csvFile}
          csv={() => toCsv(columns.map((c) => c.label), sorted.map((r) => columns.map((c) => csvCell(c, r))))}
          table={() => sheetOf(columns, sorted, caption, sheet ?? {})}
        />
      )}
    </>
  );
}
