import { useTranslation } from 'react-i18next';

/** The first rows of the file as read (cells as text). */
export function PreviewTable({ headers, rows }: { headers: string[]; rows: string[][] }) {
  const { t } = useTranslation();
  return (
    // Nothing in the table takes focus: the wrapper does, so the keyboard can scroll a wide file.
    <div className="scroll-x" tabIndex={0} role="region" aria-label={t('import.preview')}>
      <table className="table preview">
        <caption>{t('import.preview')}</caption>
        <thead>
          <tr>{headers.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>{headers.map((_, j) => <td key={j}>{r[j] ?? ''}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
