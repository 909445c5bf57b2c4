/** Quiet base-map palette (contrast checked against white panel text elsewhere). */
export const MAP_COLORS = {
  background: '#dfe4e8',
  neighbourFill: '#eef0f1',
  neighbourLine: '#b7bec4',
  land: '#fbfaf5',
  landLine: '#4a5560',
  kreisLine: '#7d8791',
  gemeindeLine: '#c3c8cc',
  selection: '#0b5cad',
  selectionFill: 'rgba(11, 92, 173, 0.12)',
  label: '#2a3138',
  labelMuted: '#5b646c',
  halo: 'rgba(255, 255, 255, 0.9)',
  placeDot: '#5b646c',
} as const;

/** Font stacks for labels. No glyph server: MapLibre draws them from the bundled Noto Sans. */
export const FONT_REGULAR = ['Noto Sans', 'sans-serif'];
export const FONT_BOLD = ['Noto Sans Bold', 'Noto Sans', 'sans-serif'];
