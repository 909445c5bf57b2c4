/** Network figures of the partnership graph: pure functions over a CSR graph (see csr.ts). */
export { buildGraph, degreeOf, type CsrGraph, type EdgeEnds } from './csr';
export { betweenness, betweennessPartial, brandesPartial, normalizeBetweenness, sumPartials, type BrandesResult } from './betweenness';
export { closeness, closenessValue } from './closeness';
export { connectedComponents, isolatedNodes, type Components } from './components';
export { articulationAndBridges, type CutStructure } from './articulation';
export { densityOf, groupDensities, type GroupDensity } from './density';
export { partnershipLengths, type EdgeLength, type Located } from './lengths';
export {
  networkFigures,
  type ComponentFigures,
  type NetworkFigures,
  type NetworkInput,
  type NetworkTotals,
  type NodeFigures,
  type PartnershipFigures,
} from './figures';
