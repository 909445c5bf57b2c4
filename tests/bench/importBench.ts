/**
 * import_100k_ms: a 100,000-row German CSV (Windows-1252, ;, decimal commas) from the file
 * chooser to IndexedDB through the real wizard in headless Chromium; and the longest main-
 * thread task meanwhile (import_longest_task_ms), which says whether the page stayed usable.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { seededRandom, pick } from '../../src/domain/random';
import { DEFAULT_CATEGORIES } from '../../src/domain/categories';
import { realPlaceNames } from './placeNames';

/** A deterministic 100k-row list: 70 % with coordinates, the rest by place name. */
export function bigGermanCsv(rows = 100_000): Buffer {
  const random = seededRandom(100_000);
  const places = realPlaceNames();
  const cats = DEFAULT_CATEGORIES.map((c) => c.name);
  const lines = ['Einrichtung;Straße;PLZ;Ort;Breite;Länge;Träger;Kategorie;Telefon;E-Mail;Notiz'];
  const dec = (v: number) => v.toFixed(5).replace('.', ',');
  for (let i = 1; i <= rows; i++) {
    const p = pick(places, random);
    const withCoords = random() < 0.7;
    lines.push([
      `Einrichtung ${i} ${p.name}`, `Hauptstraße ${1 + (i % 90)}`, '', p.name,
      withCoords ? dec(p.lat + (random() - 0.5) * 0.02) : '', withCoords ? dec(p.lon + (random() - 0.5) * 0.02) : '',
      pick(['AWO', 'Caritas', 'Diakonie', 'DRK'], random), pick(cats, random), '03643 1234', `info${i}@beispiel.de`, 'Testdaten für die Messung',
    ].join(';'));
  }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'latin1');
}

/** Runs the import once in a fresh profile; returns total time and the longest task. */
export async function benchImport(browser: Browser, url: string, csv: Buffer): Promise<{ ms: number; longestTaskMs: number; written: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof window.__mapReadyAt === 'number', undefined, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Leeres Projekt anlegen' }).click();
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByLabel(/Datei mit Einrichtungen/).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const phases: Record<string, [number, number]> = {};
  const longest = () => page.evaluate(() => { const w = window as unknown as { __longest: number }; const v = w.__longest; w.__longest = 0; return Math.round(v); });
  const t0 = Date.now();
  let t = t0;
  const phase = async (name: string) => {
    phases[name] = [Date.now() - t, await longest()];
    t = Date.now();
    await page.evaluate((n) => performance.mark(`bench:${n}`), name); // for traces of the bench
  };
  // From a real file on disk, as a user would pick it (a buffer would go through the driver).
  const file = path.join(os.tmpdir(), `thekiz-bench-${process.pid}.csv`);
  fs.writeFileSync(file, csv);
  await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles(file);
  await page.getByRole('button', { name: 'Prüfen' }).click({ timeout: 120_000 });
  await phase('read');
  const commit = page.getByRole('button', { name: /Einrichtungen importieren$/ });
  await commit.waitFor({ timeout: 180_000 });
  await phase('check');
  await commit.click();
  const status = await page.getByRole('status').filter({ hasText: 'importiert' }).textContent({ timeout: 180_000 });
  await phase('commit');
  await page.waitForTimeout(3000);
  await phase('after');
  if (process.env.BENCH_VERBOSE) console.error(JSON.stringify(phases));
  const ms = Date.now() - t0 - phases.after[0];
  const longestTaskMs = Math.max(...Object.values(phases).map((p) => p[1]));
  await context.close();
  return { ms, longestTaskMs, written: Number((status ?? '').replace(/\D/g, '')) };
}
