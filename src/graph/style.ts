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
        // No name unless labels.ts chose it (see the `lbl` rules below).
        'font-family': 'Noto Sans, sans-serif',
        color: '#222222',
        'text-outline-color': '#ffffff',
        'text-wrap': 'none',
      },
    },
    { selector: 'node.thekiz', style: { shape: 'diamond', 'border-width': 1 } },
    {
      selector: 'edge',
      style: { 'curve-style': 'haystack', 'line-color': 'data(color)', width: 'data(width)', opacity: 0.45 },
    },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.partner-edge', style: { opacity: 0.95, 'z-index': 5 } },
    { selector: 'node.partner', style: { 'border-width': 2, 'border-color': '#0b5cad', 'z-index': 5 } },
    {
      selector: 'node:selected',
      style: { 'border-width': 3.5, 'border-color': '#0b5cad', 'font-weight': 'bold', 'z-index': 10 },
    },
    // Names chosen by the label placement: the same size on screen at any zoom, on the side chosen.
    { selector: 'node.lbl', style: { 'z-index': 3, label: 'data(label)', 'font-size': 'data(lfs)', 'text-outline-width': 'data(lout)' } },
    { selector: 'node.lbl-bottom', style: { 'text-valign': 'bottom', 'text-halign': 'center' } },
    { selector: 'node.lbl-top', style: { 'text-valign': 'top', 'text-halign': 'center' } },
    { selector: 'node.lbl-right', style: { 'text-valign': 'center', 'text-halign': 'right' } },
    { selector: 'node.lbl-left', style: { 'text-valign': 'center', 'text-halign': 'left' } },
    // Not there in the year of the time slider: invisible in its place, no clicks; last, so it
    // wins over fading and highlighting. While the slider is on, coming and going fades.
    { selector: '.timed', style: { 'transition-property': 'opacity', 'transition-duration': 400 } },
    { selector: '.absent', style: { opacity: 0, events: 'no' } },
  ];
}
