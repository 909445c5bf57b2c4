/** The offline cache that keeps the files of planning areas other than Thuringia once used (vite.config.ts, geography.ts). */
export const AREA_CACHE = 'planungsgebiete';
