import type { LegendRow } from './mapLegend';

/** A compact legend: coloured (or hatched) squares and dashed lines with their labels. */
export function LegendList({ rows }: { rows: LegendRow[] }) {
  return (
    <ul className="legend compact">
      {rows.map((r) => (
        <li key={r.label}>
          {r.shape === 'line'
            ? <span className="gap-swatch" aria-hidden="true" />
            : <span className={`swatch big${r.hatch ? ' hatched' : ''}`} style={{ background: r.color }} aria-hidden="true" />}
          {r.label}
        </li>
      ))}
    </ul>
  );
}
