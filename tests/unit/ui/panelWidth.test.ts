import { describe, expect, it } from 'vitest';
import { clampPanelWidth, MAP_MIN, PANEL_MIN, panelMax, sanitizePanelWidth } from '../../../src/ui/panel/panelWidth';

describe('panel width', () => {
  it('keeps the map at least MAP_MIN wide and the panel at least PANEL_MIN', () => {
    expect(panelMax(1366)).toBe(1366 - MAP_MIN);
    expect(clampPanelWidth(5000, 1366)).toBe(1366 - MAP_MIN);
    expect(clampPanelWidth(10, 1366)).toBe(PANEL_MIN);
    expect(clampPanelWidth(520.6, 1024)).toBe(521);
    // A window too small for both: the panel keeps its least width.
    expect(panelMax(500)).toBe(PANEL_MIN);
    expect(clampPanelWidth(400, 500)).toBe(PANEL_MIN);
  });

  it('reads only plausible stored widths', () => {
    expect(sanitizePanelWidth('640')).toBe(640);
    expect(sanitizePanelWidth('640.4')).toBe(640);
    expect(sanitizePanelWidth(700)).toBe(700);
    for (const bad of [null, undefined, '', ' ', 'abc', 'NaN', 'Infinity', '-400', '12', '1e9', '{}', {}, [], true]) expect(sanitizePanelWidth(bad)).toBeNull();
  });
});
