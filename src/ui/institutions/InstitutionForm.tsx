import { useState, type FormEvent } from 'react';
import { gemeindeKeyAt } from '../../data/gemeindeLocator';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { addInstitutionCommand, updateInstitutionCommand } from '../../data/history/commands';
import { parseDecimal } from '../../data/import/numbers';
import { inAreaBox } from '../../domain/areas';
import { useArea } from '../projects/useArea';
import type { ProjectId } from '../../domain/ids';
import { changedFields, emptyDraft, type Institution, type InstitutionDraft } from '../../domain/institution';
import type { CategoryRecord } from '../../domain/project';
import { runEdit } from '../history';
import { FormActions } from '../common/FormActions';

type Fields = Record<'name' | 'category' | 'carrier' | 'street' | 'postcode' | 'town' | 'phone' | 'email' | 'website' | 'tags' | 'note' | 'since' | 'until' | 'lat' | 'lon', string>;

const TEXT_FIELDS = ['carrier', 'street', 'postcode', 'town', 'phone', 'email', 'website', 'since', 'until'] as const;
const num = (v: number | null) => (v === null ? '' : v.toLocaleString('de-DE', { maximumFractionDigits: 6, useGrouping: false }));

function toFields(i: InstitutionDraft): Fields {
  return { name: i.name, category: i.category, carrier: i.carrier, street: i.street, postcode: i.postcode, town: i.town, phone: i.phone, email: i.email, website: i.website, tags: i.tags.join(', '), note: i.note, since: i.since, until: i.until ?? '', lat: num(i.lat), lon: num(i.lon) };
}

/** Form to add or edit an institution; every save is one undoable step. */
export function InstitutionForm({ projectId, institution, categories, point, onDone }: {
  projectId: ProjectId;
  institution: Institution | null;
  categories: CategoryRecord[];
  /** A point clicked on the map for this form. */
  point: { lat: number | null; lon: number | null };
  onDone: (saved: Institution['id'] | null) => void;
}) {
  const { t } = useTranslation();
  const area = useArea();
  const setMapMode = useUi((s) => s.setMapMode);
  const [f, setF] = useState<Fields>(() => toFields(institution ?? { ...emptyDraft(), category: 'Sonstige', lat: point.lat, lon: point.lon }));
  const [error, setError] = useState<string | null>(null);
  // The record as the form opened it: a save writes only what was changed here, so an edit of
  // another field in another tab meanwhile stays.
  const [base] = useState(institution);
  // A new point clicked on the map replaces the coordinates, keeping what was typed elsewhere.
  const [seen, setSeen] = useState(point);
  if (seen.lat !== point.lat || seen.lon !== point.lon) {
    setSeen(point);
    if (point.lat !== null && point.lon !== null) setF({ ...f, lat: num(point.lat), lon: num(point.lon) });
  }
  const set = (k: keyof Fields) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!f.name.trim()) return setError(t('edit.nameRequired'));
    const lat = parseDecimal(f.lat);
    const lon = parseDecimal(f.lon);
    if (!lat.ok) return setError(t('edit.badNumber', { value: f.lat }));
    if (!lon.ok) return setError(t('edit.badNumber', { value: f.lon }));
    const hasPoint = lat.value !== null && lon.value !== null;
    if (hasPoint && !inAreaBox(area, lat.value!, lon.value!)) return setError(t('edit.outside', { area: t(`areaNames.${area.id}`) }));
    const draft: InstitutionDraft = {
      ...(base ?? emptyDraft()),
      name: f.name.trim(),
      category: f.category,
      note: f.note,
      tags: [...new Set(f.tags.split(',').map((s) => s.trim()).filter(Boolean))],
      ...Object.fromEntries(TEXT_FIELDS.map((k) => [k, f[k].trim()])),
      lat: hasPoint ? lat.value : null,
      lon: hasPoint ? lon.value : null,
    };
    const moved = draft.lat !== (base?.lat ?? null) || draft.lon !== (base?.lon ?? null);
    draft.locationQuality = !hasPoint ? 'none' : moved ? 'manual' : (base?.locationQuality ?? 'manual');
    // A new or moved point gets the key of its Gemeinde (Kreis filters and reports count by it).
    if (hasPoint && (moved || draft.ags === '')) draft.ags = await gemeindeKeyAt(draft.lon!, draft.lat!, area.id);
    try {
      if (institution && base) {
        const changes = changedFields(base, draft);
        if (Object.keys(changes).length > 0) await runEdit(updateInstitutionCommand(institution, changes));
        onDone(institution.id);
      } else {
        const { command, id } = addInstitutionCommand(projectId, { ...draft, source: draft.source || 'Eingabe' });
        await runEdit(command);
        onDone(id);
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const text = (k: keyof Fields, label: string, type = 'text') => (
    <label className="field">
      <span>{label}</span>
      <input type={type} value={f[k]} onChange={set(k)} />
    </label>
  );
  return (
    <form className="card institution-form" onSubmit={(e) => void submit(e)} aria-labelledby="institution-form-title" data-testid="institution-form">
      <h3 id="institution-form-title">{institution ? t('edit.editTitle') : t('edit.newTitle')}</h3>
      {text('name', t('institutions.name'))}
      <label className="field">
        <span>{t('institutions.category')}</span>
        <select value={f.category} onChange={set('category')}>
          {!categories.some((c) => c.name === f.category) && <option value={f.category}>{f.category}</option>}
          {categories.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {text('carrier', t('institutions.carrier'))}
      {text('street', t('institutions.street'))}
      <div className="two">
        {text('postcode', t('institutions.postcode'))}
        {text('town', t('institutions.town'))}
      </div>
      <div className="two">
        {text('lat', t('edit.latLabel'))}
        {text('lon', t('edit.lonLabel'))}
      </div>
      <button type="button" onClick={() => setMapMode({ kind: 'add' })}>
        {t('edit.pickLocation')}
      </button>
      {text('phone', t('institutions.phone'), 'tel')}
      {text('email', t('institutions.email'), 'email')}
      {text('website', t('institutions.website'))}
      {text('tags', t('edit.tagsLabel'))}
      <div className="two">
        {text('since', t('edit.since'))}
        {text('until', t('edit.until'))}
      </div>
      <label className="field">
        <span>{t('institutions.note')}</span>
        <textarea value={f.note} onChange={set('note')} rows={3} />
      </label>
      <FormActions error={error} onCancel={() => onDone(null)} />
    </form>
  );
}
