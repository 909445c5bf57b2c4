import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapResult } from '../../analysis/partners/runGaps';
import { gapMatrixSheet, gapMatrixTable } from '../../data/export/gapMatrix';
import { kreisOf } from '../../domain/filter';
import { gapWords } from './gapWords';
import type { Institution } from '../../domain/institution';
import { TableDownloads } from '../common/TableDownloads';
import { useActiveProject } from '../projects/useActiveProject';
import { useAreaName } from '../projects/useArea';

/** The matrix centres × key kinds: the partner (✓) or the nearest candidate and its distance. */
export function GapMatrix({ result, focus, byId }: { result: GapResult; focus: { key: string; name: string } | null; byId: ReadonlyMap<string, Institution> }) {
  const { t } = useTranslation();
  const { project } = useActiveProject();
  const areaName = useAreaName();
  const centres = useMemo(
    () => result.centres.filter((c) => !focus || kreisOf(byId.get(c.id) ?? { ags: '' }) === focus.key).sort((a, b) => a.name.localeCompare(b.name, 'de')),
    [result, focus, byId],
  );
  const kreis = (id: string) => kreisOf(byId.get(id) ?? { ags: '' });
  const words = gapWords(t, result);
  const by = result.unit === 'min' ? { unit: 'min' as const, searchLimit: result.searchLimit ?? result.radiusKm } : { unit: 'km' as const };
  return (
    <>
      <h4 id="gaps-matrix">{t('gaps.matrixTitle')}</h4>
      <p className="hint small">{t('gaps.matrixIntro', { km: result.radiusKm, limit: result.searchLimit, ...words.opts })}</p>
      {/* Nothing inside can take focus: the scrolling region itself does, so the keyboard can scroll it. */}
      <div className="scroll-x" tabIndex={0} role="region" aria-labelledby="gaps-matrix">
        <table className="table gap-matrix" data-testid="gap-matrix" aria-labelledby="gaps-matrix">
          <thead>
            <tr>
              <th scope="col">{t('gaps.centre')}</th>
              {result.kinds.map((k) => <th scope="col" key={k}>{k}</th>)}
            </tr>
          </thead>
          <tbody>
            {centres.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                {c.kinds.map((k) => (
                  <td key={k.kind} className={k.partner ? 'has' : 'lacks'}>
                    {k.partner ? (
                      <><span aria-hidden="true">✓ </span><span className="sr-only">{t('gaps.partnerYes')} </span>{k.partner.name} <span className="hint small">({words.amount(k.partner.meters)})</span></>
                    ) : k.candidate ? (
                      <><span aria-hidden="true">– </span>{t(k.candidate.inside ? 'gaps.cellInside' : 'gaps.cellOutside')} {k.candidate.name} <span className="hint small">({words.amount(k.candidate.meters)})</span></>
                    ) : k.partnerBeyond ? (
                      <><span aria-hidden="true">– </span>{t('gaps.cellPartnerOutside')} {k.partnerBeyond.name} <span className="hint small">({words.amount(k.partnerBeyond.meters)})</span></>
                    ) : (
                      <span className="hint">{t('gaps.noCandidate')}</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TableDownloads
        fileName="netzwerkluecken-matrix"
        table={() => gapMatrixSheet(gapMatrixTable(centres, result.kinds, kreis, by), { radiusKm: result.radiusKm, travel: result.travel, areaName: focus?.name ?? areaName, projectName: project?.name ?? null, targetGroup: 'Versorgte Menschen: Einwohner, deren nächstes Zentrum es ist (Zensus 2022, 1-km-Gitter)' })}
      />
    </>
  );
}
