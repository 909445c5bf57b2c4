/**
 * npm run icons: draws the app icons for the installed app (PWA manifest) from the SVGs in
 * public/ with the project's Chromium: icon-192.png, icon-512.png and icon-maskable-512.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, ROOT } from '../../tests/helpers/browser';

const PUBLIC = path.join(ROOT, 'public');
const browser = await launchChromium();
for (const [svg, png, size] of [['favicon.svg', 'icon-192.png', 192], ['favicon.svg', 'icon-512.png', 512], ['icon-maskable.svg', 'icon-maskable-512.png', 512]] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const source = fs.readFileSync(path.join(PUBLIC, svg), 'utf8');
  await page.setContent(`<html><body style="margin:0;background:transparent">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: path.join(PUBLIC, png), omitBackground: true });
  await page.close();
  console.log(`${png}: ${size} × ${size}`);
}
await browser.close();
