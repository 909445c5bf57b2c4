import { useCallback, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clampPanelWidth, panelMax, PANEL_MIN, readPanelWidth, STEP, STEP_BIG, writePanelWidth } from './panelWidth';

const subscribeResize = (notify: () => void) => {
  window.addEventListener('resize', notify);
  return () => window.removeEventListener('resize', notify);
};
const viewportWidth = () => window.innerWidth;

export interface PanelWidth {
  /** The width to draw the panel with: the user's choice (or the default) within the window's limits. */
  width: number;
  min: number;
  max: number;
  /** A new width (null: back to the default); `keep` also stores it for the next visit. */
  change: (width: number | null, keep: boolean) => void;
}

/** The side panel's width: the one chosen earlier (localStorage) or `defaultWidth`, clamped to the window. */
export function usePanelWidth(defaultWidth: number): PanelWidth {
  const [chosen, setChosen] = useState(readPanelWidth);
  const viewport = useSyncExternalStore(subscribeResize, viewportWidth);
  const change = useCallback((width: number | null, keep: boolean) => {
    const next = width === null ? null : clampPanelWidth(width, window.innerWidth);
    setChosen(next);
    if (keep) writePanelWidth(next);
  }, []);
  return { width: clampPanelWidth(chosen ?? defaultWidth, viewport), min: PANEL_MIN, max: panelMax(viewport), change };
}

/**
 * The handle between the side panel and the map: drag it, or focus it and use the arrow keys
 * (Shift: larger steps), Home and End; a double click restores the default width.
 * MapLibre follows the new size of its container by itself (its own ResizeObserver).
 */
export function PanelResizer({ width, min, max, change }: PanelWidth) {
  const { t } = useTranslation();
  const drag = useRef<{ x: number; width: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    // No text selection while dragging; the captured pointer keeps reporting over the map too.
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) change(drag.current.width + e.clientX - drag.current.x, false);
  };
  const onPointerEnd = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    change(drag.current.width + e.clientX - drag.current.x, true);
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? STEP_BIG : STEP;
    const next = { ArrowLeft: width - step, ArrowRight: width + step, Home: min, End: max }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    change(next, true);
  };
  return (
    <div
      className="panel-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-controls="panel"
      aria-label={t('panel.resize')}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      title={t('panel.resizeHint')}
      tabIndex={0}
      data-testid="panel-resizer"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onDoubleClick={() => change(null, true)}
      onKeyDown={onKeyDown}
    />
  );
}
