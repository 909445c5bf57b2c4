/** Width of the side panel: limits, defaults and the user's choice kept in localStorage. */

/** Narrower than this, the tabs and forms of the panel no longer fit. */
export const PANEL_MIN = 300;
/** The map keeps at least this much of the window. */
export const MAP_MIN = 360;
/** Default widths (as in styles.css): the plain panel, and the tabs with wide tables. */
export const PANEL_DEFAULT = 360;
export const PANEL_WIDE = 520;
/** Arrow keys change the width by this much (with Shift: by STEP_BIG). */
export const STEP = 20;
export const STEP_BIG = 100;

const KEY = 'netzwerkkarte.panelWidth';

/** The widest panel a window of this width allows (never below PANEL_MIN). */
export const panelMax = (viewport: number): number => Math.max(PANEL_MIN, Math.floor(viewport - MAP_MIN));

/** The width within the limits for this window, a whole number of pixels. */
export const clampPanelWidth = (width: number, viewport: number): number => Math.min(panelMax(viewport), Math.max(PANEL_MIN, Math.round(width)));

/** A stored value as a width, or null when it is missing or not a plausible width. */
export function sanitizePanelWidth(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : typeof value === 'number' ? value : NaN;
  return Number.isFinite(n) && n >= PANEL_MIN && n <= 10_000 ? Math.round(n) : null;
}

/** The width the user chose earlier, or null (then the panel has its default width). */
export function readPanelWidth(): number | null {
  try {
    return typeof localStorage === 'undefined' ? null : sanitizePanelWidth(localStorage.getItem(KEY));
  } catch {
    return null;
  }
}

/** Keeps the chosen width (null forgets it); a full or blocked storage only loses the preference. */
export function writePanelWidth(width: number | null): void {
  try {
    if (width === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, String(Math.round(width)));
  } catch {
    // The width is a convenience: without storage it lasts until the page is reloaded.
  }
}
