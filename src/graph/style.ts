import type { StylesheetJson } from 'cytoscape';

/** Cytoscape style: colour from the category, size from the chosen figure, edges by type and intensity. */
export function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 0.5,
        'border-color': '#333333',
        label: 'data(label)',
        'font-size': 9,
        'font-family': 'Noto Sans, sans-serif',
        color: '#222222',
        'text-valign': 'bottom',
        'text-margin-y': 2,
        'text-outline-color': '#ffffff',
        'text-outline-width': 1.5,
        // Names only once zoomed in enough to read them.
        'min-zoomed-font-size': 8,
        'text-max-width': '140px',
        'text-wrap': 'ellipsis',
      },
    },
    { selector: 'node.thekiz', style: { shape: 'diamond', 'border-width': 1 } },
    {
      selector: 'edge',
      style: { 'curve-style': 'haystack', 'line-color': 'data(color)', width: 'data(width)', opacity: 0.45 },
    },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.partner-edge', style: { opacity: 0.95, 'z-index': 5 } },
    { selector: 'node.partner', style: { 'border-width': 2, 'border-color': '#0b5cad', 'min-zoomed-font-size': 0, 'z-index': 5 } },
    {
      selector: 'node:selected',
      style: { 'border-width': 3.5, 'border-color': '#0b5cad', 'min-zoomed-font-size': 0, 'font-weight': 'bold', 'font-size': 11, 'z-index': 10 },
    },
    // Not there in the year of the time slider: invisible in its place, no clicks; last, so it
    // wins over fading and highlighting. While the slider is on, coming and going fades.
    { selector: '.timed', style: { 'transition-property': 'opacity', 'transition-duration': 400 } },
    { selector: '.absent', style: { opacity: 0, events: 'no' } },
  ];
}
