/** Layer of the clustered institutions in every point tile (the map's `source-layer`). */
export const POINT_TILE_LAYER = 'punkte';

/** Layer of the ThEKiZ (never clustered, so the centres always stand out). */
export const THEKIZ_TILE_LAYER = 'thekiz';

/** Tile extent of the encoded point tiles (the vector tile default). */
export const POINT_TILE_EXTENT = 4096;
