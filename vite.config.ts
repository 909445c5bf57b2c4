import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { AREA_CACHE } from './src/data/areaCache';

/**
 * Content-Security-Policy for the production build: the page may talk to its own origin only,
 * plus the OSM tile server, which the user can switch on as the one online feature.
 * (Not in dev, where Vite's HMR needs inline scripts.)
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self' data: blob: https://tile.openstreetmap.org",
  "connect-src 'self' https://tile.openstreetmap.org",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/**
 * The installable offline app: a service worker precaches the code, fonts, icons and the
 * embedded data, so the app starts with no network after the first visit. A new version
 * waits until the user agrees (registerType 'prompt'; see src/state/pwa.ts).
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Netzwerkkarte ThEKiZ',
    short_name: 'Netzwerkkarte',
    description: 'Thüringer Eltern-Kind-Zentren und ihre Partner: Karte, Netzwerk und Versorgung – offline, Daten bleiben im Browser.',
    lang: 'de',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#17324d',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,mjs,css,woff2,svg,png,geojson,json,webmanifest}'],
    // jsPDF's optional HTML rendering (html2canvas, DOMPurify, canvg) is never used by the app.
    // The other planning areas (about 37 MB with their census demand) are not precached;
    // runtimeCaching keeps each one used (16 areas × 9 files).
    globIgnores: ['**/html2canvas-*.js', '**/purify.es-*.js', '**/index.es-*.js', '**/gebiet-*'],
    runtimeCaching: [{ urlPattern: /\/assets\/gebiet-[^/]+\.(?:geojson|json)$/, handler: 'CacheFirst', options: { cacheName: AREA_CACHE, expiration: { maxEntries: 160 } } }],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

/** The files of the other planning areas (data/gebiete/<id>/) get the area in their name: gebiet-09-orte-<hash>. */
function assetName(info: { names?: string[]; originalFileNames?: string[] }): string {
  const area = (info.originalFileNames ?? []).map((f) => /gebiete\/(\w+)\//.exec(f.replaceAll('\\', '/'))?.[1]).find(Boolean);
  return area ? `assets/gebiet-${area}-[name]-[hash][extname]` : 'assets/[name]-[hash][extname]';
}

// Embedded data (data/thueringen/*.geojson, data/gebiete/) is imported with `?url`, so it ships
// as hashed static assets next to the bundle and is never inlined into JavaScript.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), pwa],
  build: {
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    target: 'es2022',
    rollupOptions: { output: { assetFileNames: assetName } },
  },
  // Workers import the same files: the same names, so each file ships once.
  worker: { rollupOptions: { output: { assetFileNames: assetName } } },
  preview: { port: 4173, host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
