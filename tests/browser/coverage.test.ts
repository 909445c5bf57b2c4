import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, ROOT, builtApp, cellClassAt, foreignRequests, mapPixel, openFresh } from '../helpers/browser';
import { openTestProject } from '../helpers/testProject';
import { seriousViolations } from '../helpers/axe';

const app = builtApp();
const censusCells = (JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'thueringen', 'bedarf.json'), 'utf8')) as { x: number[] }).x.length;
const SUHL: [number, number] = [10.6934, 50.6091];

/** The share within 10 km shown for a Kreis in the coverage table. */
async function kreisShare(page: Page, name: string): Promise<string> {
  const row = page.getByTestId('coverage-kreise').locator('tbody tr').filter({ has: page.getByRole('button', { name, exact: true }) });
  return (await row.locator('td').nth(4).textContent()) ?? '';
}


describe('coverage and gaps', () => {
  it('shows the grid, figures per Kreis and underserved places, and a hypothetical centre changes them', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { bypassCSP: true });
    await openTestProject(page, 'versorgung.json');

    await page.getByRole('tab', { name: 'Versorgung' }).click();
    const land = page.getByTestId('coverage-land');
    await expect.poll(() => land.textContent(), { timeout: 30_000 }).toContain('Einwohner');
    // The grid is the census grid: its populated cells, as many as the demand file holds.
    expect(await page.getByTestId('coverage-counted').textContent()).toBe('Gezählt: Einwohner, Zensus 2022, 1-km-Gitter');
    expect(await page.getByTestId('coverage-legend-counted').textContent()).toContain('Bewohnte Zellen des Zensus-Gitters (1 km)');
    const legendCells = [...((await page.getByTestId('coverage-legend').textContent()) ?? '').matchAll(/([\d.]+) Zellen/g)].reduce((n, m) => n + Number(m[1].replace(/\./g, '')), 0);
    expect(legendCells).toBe(censusCells);
    // Two ThEKiZ (Erfurt, Gera): Erfurt and Gera are covered, Suhl (47 km away) is not.
    expect(await land.textContent()).toMatch(/Einrichtungen2/);
    await expect.poll(() => kreisShare(page, 'Suhl')).toBe('0 %');
    expect(await kreisShare(page, 'Erfurt')).not.toBe('0 %');
    await expect.poll(() => cellClassAt(page, SUHL), { timeout: 20_000 }).toBe(5);
    expect(await page.getByTestId('coverage-underserved').textContent()).toMatch(/Suhl Suhl · [\d.]+ Einw\. · 47,\d km · nächste: ThEKiZ <b>Mitte<\/b>/);
    await page.getByRole('button', { name: 'Gemeinden', exact: true }).click();
    expect(await page.getByTestId('coverage-underserved-gemeinden').textContent()).toMatch(/Suhl Suhl · [\d.]+ von [\d.]+ Einw\. weiter entfernt/);
    await page.getByRole('button', { name: 'Orten', exact: true }).click();
    await page.screenshot({ path: path.join(ARTIFACTS, 'coverage.png') });

    // What-if: a hypothetical centre in Suhl.
    await page.getByRole('button', { name: 'Hypothetisches Zentrum auf der Karte setzen' }).click();
    const at = await mapPixel(page, SUHL);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.getByTestId('scenario-delta').textContent(), { timeout: 20_000 }).toMatch(/Szenario: \+[\d.]+ Menschen innerhalb von 10 km/);
    await expect.poll(() => kreisShare(page, 'Suhl')).not.toBe('0 %');
    await expect.poll(() => cellClassAt(page, SUHL)).toBe(0);
    expect(await page.getByTestId('coverage-underserved').textContent()).not.toMatch(/Suhl Suhl/);
    await page.getByRole('button', { name: 'Setzen beenden' }).first().click();
    await page.screenshot({ path: path.join(ARTIFACTS, 'coverage-scenario.png') });
    // Saved under a name, reset, and loaded again.
    const delta = await page.getByTestId('scenario-delta').textContent();
    await page.getByLabel('Name des Szenarios').fill('Zentrum Suhl');
    await page.getByRole('button', { name: 'Szenario speichern' }).click();
    await expect.poll(() => page.getByTestId('saved-scenarios').textContent()).toContain('Zentrum Suhl (1 neu, 0 abgeschaltet)');
    await page.getByRole('button', { name: 'Szenario zurücksetzen' }).click();
    await expect.poll(() => page.getByTestId('scenario-delta').count()).toBe(0);
    await page.getByRole('button', { name: 'Szenario Zentrum Suhl laden' }).click();
    await expect.poll(() => page.getByTestId('scenario-delta').textContent()).toBe(delta);

    // Suggestions: two new sites, each with its gain.
    await page.getByLabel('Anzahl neuer Standorte (1–20)').fill('2');
    await page.getByRole('button', { name: 'Vorschläge berechnen' }).click();
    await expect.poll(() => page.getByTestId('coverage-suggestions').locator('li').count(), { timeout: 20_000 }).toBe(2);
    expect(await page.getByTestId('coverage-suggestions').textContent()).toMatch(/\+[\d.]+ Menschen/);

    // A statistics table per Gemeinde becomes the demand; an unknown key is reported.
    // Uder's key of 2022 (16061097) is translated to the Landgemeinde Uder of 2024 (16061119).
    const table = ['Thüringer Landesamt für Statistik', 'Kinder unter 6 Jahren am 31.12.', '', 'Gemeindeschlüssel;Gemeinde;Kinder unter 6 Jahren', '16051000;Erfurt, Stadt;11.234', '16054000;Suhl, Stadt;1.520', '16061097;Uder;40', '16099999;Unbekannt;12', '', '1) vorläufig'].join('\r\n');
    await page.getByLabel('Statistiktabelle je Gemeinde (CSV) als Bedarf verwenden').setInputFiles({ name: 'kinder.csv', mimeType: 'text/csv', buffer: Buffer.from(table, 'latin1') });
    const report = page.getByTestId('demand-report');
    await expect.poll(() => report.textContent(), { timeout: 20_000 }).toContain('4 Zeilen übernommen');
    expect(await report.textContent()).toContain('1 Schlüssel passen zu keiner Gemeinde, auch nicht über die Gebietsänderungen: 16099999');
    expect(await page.getByTestId('demand-translated').textContent()).toContain('1 alte Gemeindeschlüssel auf den Stand 01.01.2024 übersetzt, z. B. 16061097 → 16061119');
    await expect.poll(() => land.textContent()).toMatch(/Einwohner12\.794/);
    expect(await page.getByTestId('coverage-counted').textContent()).toBe('Gezählt: Tabelle kinder.csv, je Gemeinde verteilt wie Einwohner, Zensus 2022, 1-km-Gitter');
    await page.getByRole('button', { name: 'Wieder die Zensuszahlen verwenden' }).click();
    await expect.poll(() => land.textContent()).toMatch(/Einwohner2\.110\.396/);

    // Whom to count: children under 15 changes the Land figure, and the legend says so.
    await page.getByLabel('Wen zählen?').selectOption({ label: 'Kinder unter 15 Jahren' });
    await expect.poll(() => land.textContent()).toMatch(/Kinder unter 15(\d{3}\.\d{3})/);
    const children = Number(/Kinder unter 15(\d{3}\.\d{3})/.exec((await land.textContent())!)![1].replace('.', ''));
    expect(children).toBeGreaterThan(260_000);
    expect(children).toBeLessThan(280_000);
    expect(await page.getByTestId('coverage-legend-counted').textContent()).toContain('gezählt: Kinder unter 15 Jahren, Zensus 2022, 1-km-Gitter');
    // Only the weights changed: the map keeps its cells (the worker sends no new geometry).
    await expect.poll(() => cellClassAt(page, SUHL), { timeout: 20_000 }).toBe(0);
    await page.getByLabel('Wen zählen?').selectOption({ label: 'Alle Einwohner' });
    await expect.poll(() => land.textContent()).toMatch(/Einwohner2\.110\.396/);

    // The Gemeinde choropleth as the alternative to the grid.
    await page.getByLabel('Gemeinden nach Anteil versorgt').check();
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.getLayoutProperty('coverage-gemeinden', 'visibility'))).toBe('visible');
    expect(await page.evaluate(() => window.__thekizMap!.getLayoutProperty('coverage-cells', 'visibility'))).toBe('none');
    expect(await seriousViolations(page)).toEqual([]);

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
