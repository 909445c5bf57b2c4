import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getHistory, useHistorySnapshot } from '../history';

/** Undo/redo buttons with what they would undo, and Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z). */
export function UndoRedo() {
  const { t } = useTranslation();
  const snap = useHistorySnapshot();
  const [error, setError] = useState<string | null>(null);
  const act = (what: 'undo' | 'redo') => {
    setError(null);
    getHistory()[what]().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (!(e.ctrlKey || e.metaKey) || target?.closest('input, textarea, select, [contenteditable=true]')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        act('undo');
      } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
        e.preventDefault();
        act('redo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  return (
    <div className="undo-redo">
      <button type="button" disabled={!snap.canUndo} onClick={() => act('undo')} aria-label={snap.undoLabel ? t('edit.undoWhat', { label: snap.undoLabel }) : t('edit.undo')} title={snap.undoLabel ? t('edit.undoWhat', { label: snap.undoLabel }) : t('edit.nothing')}>
        <span aria-hidden="true">↶</span>
      </button>
      <button type="button" disabled={!snap.canRedo} onClick={() => act('redo')} aria-label={snap.redoLabel ? t('edit.redoWhat', { label: snap.redoLabel }) : t('edit.redo')} title={snap.redoLabel ? t('edit.redoWhat', { label: snap.redoLabel }) : t('edit.redo')}>
        <span aria-hidden="true">↷</span>
      </button>
      {error && (
        <span role="alert" className="error-inline">
          {error}
        </span>
      )}
    </div>
  );
}
