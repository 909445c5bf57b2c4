import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');

/** Flags that work on these machines (DOMAIN.md): WebGL2 through SwiftShader, no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export function chromiumPath(): string {
  const p = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((x) => x && existsSync(x));
  if (!p) throw new Error('Kein Chromium gefunden: apt-get install -y chromium (oder CHROMIUM_PATH setzen)');
  return p;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

/** Serves a built folder (default: the production build in dist/) on a free local port. */
export async function serveBuild(outDir = 'dist'): Promise<{ server: PreviewServer; url: string }> {
  const dir = path.join(ROOT, outDir);
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`${outDir}/index.html fehlt: erst bauen (vite build)`);
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Vorschau-Server ohne Adresse');
  return { server, url };
}

/** Records every request a page makes and every console error / page error. */
export function watchPage(page: Page): { requests: string[]; errors: string[] } {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { requests, errors };
}

/** Requests that left the local server (anything not on 127.0.0.1/localhost, data: or blob:). */
export function foreignRequests(requests: readonly string[], base: string): string[] {
  const origin = new URL(base).origin;
  return requests.filter((u) => !(u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')));
}

/** Waits until the map has fired its first `idle`. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.__mapReadyAt === 'number', undefined, { timeout: 60_000 });
}

/**
 * Registers a preview server of the production build and one Chromium for a test file
 * (beforeAll/afterAll) and returns accessors for them.
 */
export function builtApp(): { url: () => string; browser: () => Browser } {
  let server: PreviewServer | undefined;
  let url = '';
  let browser: Browser | undefined;
  beforeAll(async () => {
    ({ server, url } = await serveBuild());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { url: () => url, browser: () => browser! };
}

/**
 * A fresh profile (empty storage) at 1280×720 on the app, map ready, with every request and
 * error recorded. Service workers are blocked unless asked for (only the offline test needs
 * one; elsewhere its "offline ready" note would only cover parts of the map).
 */
export async function openFresh(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<{ page: Page; log: ReturnType<typeof watchPage>; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'de-DE', serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const log = watchPage(page);
  await page.goto(url);
  await waitForMap(page);
  return { page, log, context };
}

/** Page pixel of a longitude/latitude on the map canvas, and whether it is inside the canvas. */
export function mapPixel(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number; inside: boolean }> {
  return page.evaluate((ll) => {
    const map = window.__thekizMap!;
    const r = map.getCanvas().getBoundingClientRect();
    const p = map.project(ll);
    return { x: r.left + p.x, y: r.top + p.y, inside: p.x >= 0 && p.y >= 0 && p.x <= r.width && p.y <= r.height };
  }, lngLat);
}

/** Distance class of the coverage cell drawn at a point (0 = up to 2.5 km … 5 = over 20 km), null for none. */
export function cellClassAt(page: Page, lngLat: [number, number]): Promise<number | null> {
  return page.evaluate((ll) => {
    const map = window.__thekizMap!;
    const f = map.queryRenderedFeatures(map.project(ll), { layers: ['coverage-cells'] })[0];
    return f ? Number(f.properties.c) : null;
  }, lngLat);
}

/** The header's planning-area select (the welcome screen has one as well). */
export const areaSelect = (page: Page) => page.locator('.project-bar').getByRole('combobox', { name: 'Planungsgebiet', exact: true });

/** Runs `action` (e.g. choosing an area) and waits until the new map it brings has fired its first idle. */
export async function withNewMap(page: Page, action: () => Promise<unknown>): Promise<void> {
  const since = await page.evaluate(() => window.__mapReadyAt ?? 0);
  await action();
  await page.waitForFunction((t) => (window.__mapReadyAt ?? 0) > t, since, { timeout: 60_000 });
}
