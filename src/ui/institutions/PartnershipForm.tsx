import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { addPartnershipCommand } from '../../data/history/commands';
import { buildSearchIndex, searchIndex } from '../../domain/search';
import type { Institution } from '../../domain/institution';
import { PARTNERSHIP_TYPES } from '../../domain/partnership';
import { runEdit } from '../history';
import { FormActions } from '../common/FormActions';

/** Records a partnership of `from` with an institution found by search or picked on the map. */
export function PartnershipForm({ from, institutions, onDone }: { from: Institution; institutions: Institution[]; onDone: () => void }) {
  const { t } = useTranslation();
  const picked = useUi((s) => s.pickedPartner);
  const setPicked = useUi((s) => s.setPickedPartner);
  const setMapMode = useUi((s) => s.setMapMode);
  const [query, setQuery] = useState('');
  const [type, setType] = useState<string>(PARTNERSHIP_TYPES[1]);
  const [intensity, setIntensity] = useState<1 | 2 | 3>(2);
  const [since, setSince] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const others = useMemo(() => institutions.filter((i) => i.id !== from.id), [institutions, from.id]);
  const index = useMemo(() => buildSearchIndex(others), [others]);
  const hits = query.trim() ? searchIndex(index, query).slice(0, 8) : [];
  const partner = others.find((i) => i.id === picked) ?? null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!partner) return setError(t('edit.choosePartner'));
    try {
      const { command } = addPartnershipCommand(from.projectId, { a: from.id, b: partner.id, type, intensity, since: since.trim(), until: '', note }, { a: from.name, b: partner.name });
      await runEdit(command);
      setPicked(null);
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="partnership-form-title" data-testid="partnership-form">
      <h4 id="partnership-form-title">{t('edit.partnershipAdd')}</h4>
      <p>
        {t('edit.partner')}: <strong data-testid="picked-partner">{partner ? `${partner.name} (${partner.town})` : '—'}</strong>
      </p>
      <label className="field">
        <span>{t('edit.partnerSearch')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {hits.length > 0 && (
        <ul className="partner-list">
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" className="link" onClick={() => { setPicked(h.id); setQuery(''); }}>
                {h.name}
              </button>{' '}
              <span className="hint small">{h.town}</span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => setMapMode({ kind: 'pick-partner', from: from.id })}>
        {t('edit.pickPartnerOnMap')}
      </button>
      <label className="field">
        <span>{t('edit.type')}</span>
        <select value={type} onChange={(e) => setType(e.target.value)}>
          {PARTNERSHIP_TYPES.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('edit.intensity')}</span>
        <select value={intensity} onChange={(e) => setIntensity(Number(e.target.value) as 1 | 2 | 3)}>
          <option value={1}>1</option>
          <option value={2}>2</option>
          <option value={3}>3</option>
        </select>
      </label>
      <label className="field">
        <span>{t('edit.since')}</span>
        <input value={since} onChange={(e) => setSince(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('edit.note')}</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <FormActions error={error} onCancel={() => { setPicked(null); onDone(); }} />
    </form>
  );
}
