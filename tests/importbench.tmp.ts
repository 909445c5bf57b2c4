import { launchChromium, serveBuild } from './helpers/browser';
import { benchImport, bigGermanCsv } from './bench/importBench';
const app = await serveBuild('dist');
const browser = await launchChromium();
const csv = bigGermanCsv();
console.log('csv bytes', csv.length);
console.log(await benchImport(browser, app.url, csv));
await browser.close(); await app.server.close();
