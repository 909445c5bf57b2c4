import { launchChromium, serveBuild } from './helpers/browser';
const app = await serveBuild('dist');
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(app.url);
const r = await page.evaluate(`(async () => {
  const open = (name, indexes) => new Promise((res, rej) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => { const s = req.result.createObjectStore('t', { keyPath: 'id' }); if (indexes) s.createIndex('projectId', 'projectId'); };
    req.onsuccess = () => res(req.result); req.onerror = () => rej(req.error);
  });
  const rec = (i) => ({ id: crypto.randomUUID(), projectId: 'p1', name: \`Einrichtung \${i} Erfurt\`, category: 'Kita', carrier: 'AWO', street: 'Hauptstraße 5', postcode: '', town: 'Erfurt', ags: '16051000', lat: 50.9, lon: 11.0, locationQuality: 'exact', phone: '03643 1234', email: \`info\${i}@beispiel.de\`, website: '', tags: [], note: 'Testdaten für die Messung', since: '', source: 'Import gross.csv', createdAt: '2026-11-25T10:00:00.000Z', updatedAt: '2026-11-25T10:00:00.000Z' });
  const recs = Array.from({ length: 100000 }, (_, i) => rec(i));
  const out = {};
  const tiny = recs.map((r) => ({ id: r.id, projectId: r.projectId }));
  const batched = Array.from({ length: 100 }, (_, k) => ({ id: 'chunk' + k, projectId: 'p1', rows: recs.slice(k * 1000, (k + 1) * 1000) }));
  for (const [name, idx, dur, data] of [['a', true, 'relaxed', recs], ['t', true, 'relaxed', tiny], ['k', true, 'relaxed', batched]]) {
    const db = await open(name, idx);
    const t = performance.now();
    await new Promise((res, rej) => {
      const tx = db.transaction('t', 'readwrite', { durability: dur });
      const s = tx.objectStore('t');
      for (const r of data) s.add(r);
      tx.oncomplete = () => res(); tx.onerror = () => rej(tx.error);
    });
    out[\`\${name} idx=\${idx} \${dur}\`] = Math.round(performance.now() - t);
  }
  return out;
})()`);
console.log(r);
await browser.close(); await app.server.close();
