import { useState, type ReactNode } from 'react';
import { safeMailto, safeWebUrl } from '../../domain/links';
import { useTranslation } from 'react-i18next';
import { deletePartnershipCommand } from '../../data/history/commands';
import { runEdit } from '../history';
import type { InstitutionId } from '../../domain/ids';
import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';

/** All fields of one institution, and its partners (every value rendered as text). */
export function InstitutionDetails({ institution: i, partners, onSelect, onClose, actions }: {
  institution: Institution;
  partners: { partnership: Partnership; other: Institution }[];
  onSelect: (id: InstitutionId) => void;
  onClose: () => void;
  /** Edit buttons (from the tab, which owns the forms). */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<string | null>(null);
  const remove = async (p: Partnership, other: Institution) => {
    setRemoving(null);
    try {
      await runEdit(deletePartnershipCommand(p, { a: i.name, b: other.name }));
    } catch (e) {
      setRemoving(e instanceof Error ? e.message : String(e));
    }
  };
  const rows: [string, string, string | null][] = [
    [t('institutions.category'), i.category, null],
    [t('institutions.carrier'), i.carrier, null],
    [t('institutions.street'), i.street, null],
    [t('institutions.postcode'), i.postcode, null],
    [t('institutions.town'), i.town, null],
    [t('institutions.ags'), i.ags, null],
    [t('institutions.coordinates'), i.lat === null || i.lon === null ? '' : `${i.lat.toLocaleString('de-DE', { maximumFractionDigits: 5 })}, ${i.lon.toLocaleString('de-DE', { maximumFractionDigits: 5 })}`, null],
    [t('institutions.locationQuality'), t(`institutions.quality.${i.locationQuality}`), null],
    [t('institutions.phone'), i.phone, null],
    [t('institutions.email'), i.email, safeMailto(i.email)],
    [t('institutions.website'), i.website, safeWebUrl(i.website)],
    [t('institutions.tags'), i.tags.join(', '), null],
    [t('institutions.since'), i.since, null],
    [t('institutions.until'), i.until ?? '', null],
    [t('institutions.note'), i.note, null],
    [t('institutions.source'), i.source, null],
  ];
  return (
    <section className="card area" aria-labelledby="institution-title" data-testid="institution-details">
      <h3 id="institution-title">
        <span className="area-level">{t('institutions.details')}</span> {i.name}
      </h3>
      <dl>
        {rows.filter(([, v]) => v !== '').map(([k, v, href]) => (
          <div key={k} className="dl-row">
            <dt>{k}</dt>
            {/* Only checked http(s) and mailto addresses become links; anything else stays text. */}
            <dd>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{v}</a> : v}</dd>
          </div>
        ))}
      </dl>
      <h4>{t('institutions.partners', { count: partners.length })}</h4>
      {partners.length === 0 ? (
        <p className="hint">{t('institutions.noPartners')}</p>
      ) : (
        <ul className="partner-list">
          {partners.map(({ partnership, other }) => (
            <li key={partnership.id}>
              <button type="button" className="link" onClick={() => onSelect(other.id)}>
                {other.name}
              </button>{' '}
              <span className="hint small">
                {other.category} · {partnership.type}
              </span>{' '}
              <button type="button" className="icon" aria-label={t('edit.removePartnership', { name: other.name })} title={t('edit.removePartnership', { name: other.name })} onClick={() => void remove(partnership, other)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {removing && <p role="alert" className="error-block">{removing}</p>}
      <div className="actions">
        {actions}
        <button type="button" onClick={onClose}>
          {t('institutions.close')}
        </button>
      </div>
    </section>
  );
}
