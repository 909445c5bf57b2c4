import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { ARTIFACTS, builtApp, foreignRequests, openFresh } from '../helpers/browser';
import { openTestProject } from '../helpers/testProject';
import { pdfPageToPng, readPdf } from '../helpers/pdf';

const app = builtApp();

describe('the report per Kreis', () => {
  it('writes a PDF with the map of the Kreis, its figures and its institutions, and leaves the map where it was', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { acceptDownloads: true });
    await openTestProject(page, 'bericht.json');
    await page.getByRole('tab', { name: 'Versorgung' }).click();
    await expect.poll(() => page.getByTestId('coverage-land').count(), { timeout: 60_000 }).toBe(1);
    const before = await page.evaluate(() => ({ zoom: window.__thekizMap!.getZoom(), center: window.__thekizMap!.getCenter().toArray() }));

    // Counted: children under 15 (the report must say so, and name its sources).
    await page.getByLabel('Wen zählen?').selectOption({ label: 'Kinder unter 15 Jahren' });
    await expect.poll(() => page.getByTestId('coverage-counted').textContent(), { timeout: 30_000 }).toBe('Gezählt: Kinder unter 15 Jahren, Zensus 2022, 1-km-Gitter');
    await page.getByRole('combobox', { name: 'Gebiet', exact: true }).selectOption({ label: 'Gera' });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Bericht erstellen' }).click()]);
    expect(download.suggestedFilename()).toBe('testnetz-erfurt-gera-bericht-gera.pdf');
    const bytes = new Uint8Array(fs.readFileSync((await download.path())!));
    fs.writeFileSync(path.join(ARTIFACTS, 'bericht-gera.pdf'), bytes);
    const { pages, info } = await readPdf(bytes);
    const text = pages.join('\n');
    expect(info.Title).toBe('Kreisbericht Gera');
    expect(text).toContain('Kreisbericht Gera');
    expect(text).toMatch(/Einrichtungen\n3\n/);
    expect(text).toContain('Beratung Gera');
    expect(text).toContain('Grundschule Gera');
    expect(text).not.toContain('Kita Nord');
    expect(text).toMatch(/Partnerschaften über die Gebietsgrenze\n1\n/);
    expect(text).toContain('ThEKiZ je 10.000 Kinder unter 15 Jahren');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Gezählt: Kinder unter 15 Jahren, Zensus 2022, 1-km-Gitter.');
    expect(flat).toMatch(/Anteil der Kinder unter 15 Jahren innerhalb von 10 km/);
    for (const source of ['© GeoBasis-DE / BKG', 'Zensus 2022, © Statistische Ämter des Bundes und der Länder', 'Eurostat', 'Destatis', 'GeoNames (CC BY 4.0)', 'Gebietsstand 01.01.2024']) expect(flat).toContain(source);
    expect(text).toContain('Seite 1 von');

    // The first page, drawn: the map is a picture with colour in it, not an empty box.
    const png = PNG.sync.read(await pdfPageToPng(bytes, 1));
    fs.writeFileSync(path.join(ARTIFACTS, 'bericht-gera-1.png'), PNG.sync.write(png));
    let coloured = 0;
    const top = Math.round(png.height * 0.15);
    const bottom = Math.round(png.height * 0.5);
    for (let y = top; y < bottom; y++) {
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        if (Math.max(png.data[i], png.data[i + 1], png.data[i + 2]) - Math.min(png.data[i], png.data[i + 1], png.data[i + 2]) > 40) coloured++;
      }
    }
    expect(coloured).toBeGreaterThan(2000);

    // The map went back to where it was.
    const after = await page.evaluate(() => ({ zoom: window.__thekizMap!.getZoom(), center: window.__thekizMap!.getCenter().toArray() }));
    expect(after.zoom).toBeCloseTo(before.zoom, 5);
    expect(after.center[0]).toBeCloseTo(before.center[0], 5);
    expect(await page.getByRole('status').filter({ hasText: 'Bericht für Gera gespeichert.' }).count()).toBe(1);

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
