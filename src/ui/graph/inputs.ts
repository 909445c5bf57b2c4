import type { NetworkInput } from '../../analysis/network/figures';
import type { LayoutInput } from '../../analysis/layout/types';
import { kreisOf } from '../../domain/filter';
import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';

/** The worker input for the network figures; groups are Kreis keys ('' when unknown). */
export function toNetworkInput(institutions: readonly Institution[], partnerships: readonly Partnership[], longKm: number): NetworkInput {
  return {
    institutions: institutions.map((i) => ({ id: i.id, lon: i.lon, lat: i.lat, group: kreisOf(i) })),
    partnerships: partnerships.map((p) => ({ id: p.id, a: p.a, b: p.b })),
    longKm,
  };
}

/** The worker input for a layout, node-indexed like `institutions`. */
export function toLayoutInput(institutions: readonly Institution[], partnerships: readonly Partnership[], kreisName: (key: string) => string, score: ArrayLike<number>): LayoutInput {
  const index = new Map(institutions.map((i, k) => [i.id, k]));
  const edges: [number, number][] = [];
  for (const p of partnerships) {
    const a = index.get(p.a);
    const b = index.get(p.b);
    if (a !== undefined && b !== undefined) edges.push([a, b]);
  }
  return {
    ids: institutions.map((i) => i.id),
    lon: institutions.map((i) => i.lon),
    lat: institutions.map((i) => i.lat),
    group: institutions.map((i) => kreisName(kreisOf(i))),
    score: Array.from(score),
    edges,
  };
}
