/** Types for vt-pbf (the package ships none): only the function used here. */
declare module 'vt-pbf' {
  interface TileLike {
    features: { type: number; geometry: unknown; tags?: Record<string, unknown> | null; id?: number | string }[];
  }
  const vtpbf: {
    fromGeojsonVt(layers: Record<string, TileLike>, options?: { version?: number; extent?: number }): Uint8Array;
  };
  export default vtpbf;
}
