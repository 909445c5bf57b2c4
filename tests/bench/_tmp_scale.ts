import { launchChromium, serveBuild } from '../helpers/browser';
import { benchScale } from './scaleBench';
const app = await serveBuild('dist');
const b = await launchChromium();
const r = await benchScale(b, app.url, 6);
console.log(JSON.stringify(r));
await b.close(); await app.server.close();
