import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { applyView, captureView } from '../../state/views';
import { getDb } from '../../data/database';
import { useViews } from '../../data/hooks';
import { addView, deleteView, moveView } from '../../data/repositories/views';
import { encodeView } from '../../domain/view';
import { useAsyncAction } from '../common/useAsyncAction';
import { useActiveProject } from '../projects/useActiveProject';

/** Saved views of the project: save what is on screen, show, reorder, delete, link, present. */
export default function ViewsPanel() {
  const { t } = useTranslation();
  const { project } = useActiveProject();
  const views = useViews(project?.id ?? null);
  const close = useUi((s) => s.setViewsOpen);
  const setPresenting = useUi((s) => s.setPresenting);
  const [name, setName] = useState('');
  const [copied, setCopied] = useState<string | null>(null);
  const save = useAsyncAction(async () => {
    if (!project) return;
    await addView(getDb(), project.id, name, captureView());
    setName('');
  });
  const edit = useAsyncAction(async (fn: () => Promise<void>) => fn());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run();
  };
  const link = (viewName: string, id: string) => {
    const v = views?.find((x) => x.id === id);
    if (!v || !project) return;
    const url = `${location.origin}${location.pathname}#ansicht=${encodeView(v.view, project.id)}`;
    void navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(t('views.copied', { name: viewName, url }));
  };
  if (!project) return <p className="hint">{t('views.noProject')}</p>;
  return (
    <section aria-labelledby="views-title">
      <div className="import-head">
        <h2 id="views-title">{t('views.title')}</h2>
        <button type="button" onClick={() => close(false)}>{t('edit.cancel')}</button>
      </div>
      <p className="hint small">{t('views.intro')}</p>
      <form onSubmit={submit} className="inline-form">
        <label className="field">
          <span>{t('views.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={save.busy}>{t('views.save')}</button>
      </form>
      {(save.error ?? edit.error) && <p role="alert" className="error-block">{save.error ?? edit.error}</p>}
      {views && views.length === 0 && <p className="hint">{t('views.none')}</p>}
      {views && views.length > 0 && (
        <>
          <ol className="views-list" data-testid="views-list">
            {views.map((v, i) => (
              <li key={v.id}>
                <button type="button" className="link" onClick={() => applyView(v.view)} aria-label={t('views.show', { name: v.name })}>{v.name}</button>
                <span className="view-actions">
                  <button type="button" className="icon" disabled={i === 0} onClick={() => void edit.run(() => moveView(getDb(), project.id, v.id, -1))} aria-label={t('views.up', { name: v.name })}>↑</button>
                  <button type="button" className="icon" disabled={i === views.length - 1} onClick={() => void edit.run(() => moveView(getDb(), project.id, v.id, 1))} aria-label={t('views.down', { name: v.name })}>↓</button>
                  <button type="button" className="icon" onClick={() => link(v.name, v.id)} aria-label={t('views.link', { name: v.name })}><LinkIcon /></button>
                  <button type="button" className="icon" onClick={() => void edit.run(() => deleteView(getDb(), v.id))} aria-label={t('views.delete', { name: v.name })}>×</button>
                </span>
              </li>
            ))}
          </ol>
          {copied && <p className="hint small" role="status" data-testid="view-link">{copied}</p>}
          <button type="button" className="primary" onClick={() => setPresenting(0)}>{t('views.present')}</button>
        </>
      )}
    </section>
  );
}

/** A chain-link symbol drawn as SVG: the bundled font has no emoji, so "🔗" showed as an empty box. */
function LinkIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
      <path d="M6.5 9.5l3-3" />
      <path d="M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2" />
      <path d="M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7L5.3 7.8" />
    </svg>
  );
}
