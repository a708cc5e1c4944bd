// The graph core: typed-array CSR graphs, PageRank, Louvain/Leiden communities, modularity.
export {
  buildDirectedGraph,
  buildUndirectedGraph,
  type Csr,
  type DirectedGraph,
  type EdgeArrays,
  type UndirectedGraph,
} from './csr.js';
export {
  pagerank,
  DEFAULTS as PAGERANK_DEFAULTS,
  type PagerankOptions,
  type PagerankResult,
} from './pagerank.js';
export {
  louvain,
  DEFAULTS as LOUVAIN_DEFAULTS,
  type LouvainOptions,
  type LouvainResult,
} from './louvain.js';
export { modularity } from './modularity.js';
export {
  connectedComponents,
  isEveryCommunityConnected,
  splitDisconnected,
  type Pieces,
} from './components.js';
export { createRng, shuffle, type Rng } from './rng.js';
export { parseEdgeList, readEdgeList, EdgeListError, type EdgeList } from './edge-list.js';
