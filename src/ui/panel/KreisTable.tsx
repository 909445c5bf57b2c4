import { useTranslation } from 'react-i18next';
import type { KreisSummary } from '../../domain/area';
import { formatInteger } from '../../domain/format';
import { CENSUS_CREDITS, plainSheet, sourceLine } from '../../data/export/sheet';
import { TableDownloads } from '../common/TableDownloads';
import { useAreaName } from '../projects/useArea';

/** The planning area's Kreise as a table: the keyboard and screen-reader alternative to the map. */
export function KreisTable({ kreise, selected, onSelect }: { kreise: KreisSummary[]; selected: string | null; onSelect: (k: KreisSummary) => void }) {
  const { t } = useTranslation();
  const areaName = useAreaName();
  const total = kreise.reduce((s, k) => s + k.einwohner, 0);
  return (
    <section className="card" aria-labelledby="kreis-table-title">
      <h2 id="kreis-table-title">{t('panel.kreisTable', { area: areaName })}</h2>
      <div className="scroll-x">
        <table className="table" data-testid="kreis-table">
          <caption className="visually-hidden">{t('panel.kreisTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('panel.kreis')}</th>
              <th scope="col">{t('panel.key')}</th>
              <th scope="col" className="num">
                {t('panel.population')}
              </th>
            </tr>
          </thead>
          <tbody>
            {kreise.map((k) => (
              <tr key={k.ags} aria-selected={selected === k.ags} className={selected === k.ags ? 'selected' : undefined}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelect(k)} aria-label={t('panel.select', { name: k.name })}>
                    {k.name}
                  </button>
                </th>
                <td>{k.ags}</td>
                <td className="num">{formatInteger(k.einwohner)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('panel.sum', { area: areaName })}</th>
              <td>16</td>
              <td className="num">{formatInteger(total)}</td>
            </tr>
          </tfoot>
        </table>
        <TableDownloads
        fileName="kreise-einwohner"
        table={() => plainSheet(
          t('panel.kreisTable', { area: areaName }),
          [{ label: t('panel.kreis'), kind: 'text', width: 30 }, { label: t('panel.key'), kind: 'text', width: 14 }, { label: t('panel.population'), kind: 'integer', width: 14 }],
          kreise.map((k) => [k.name, k.ags, k.einwohner]),
          { source: sourceLine(null, CENSUS_CREDITS), targetGroup: 'Einwohner' },
        )}
      />
      </div>
    </section>
  );
}
