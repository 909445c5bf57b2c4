import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, foreignRequests, builtApp, openFresh, mapPixel } from '../helpers/browser';

const app = builtApp();

const toPixel = mapPixel;
const count = (page: Page) => page.getByText(/^\d+ Einrichtungen, \d+ Partnerschaften$/).textContent();

describe('editing by hand', () => {
  it('adds by map click and by form, drags a point, links two institutions, deletes one and undoes it', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url());
    await page.getByRole('button', { name: 'Leeres Projekt anlegen' }).click();

    // 1. By clicking the map: the form opens with the clicked point.
    await page.getByRole('button', { name: 'Auf der Karte hinzufügen' }).click();
    expect(await page.getByRole('status').filter({ hasText: 'Klicken Sie auf die Karte' }).count()).toBe(1);
    const erfurt = await toPixel(page, [11.03, 50.98]);
    await page.mouse.click(erfurt.x, erfurt.y);
    const form = page.getByTestId('institution-form');
    await expect.poll(() => form.getByLabel('Breite (z. B. 50,9787)').inputValue()).toMatch(/^50,9\d+/);
    await form.getByLabel('Name').fill('Familienzentrum Erfurt-Nord');
    await form.getByLabel('Kategorie').selectOption('Familienzentrum / Mehrgenerationenhaus');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => count(page)).toBe('1 Einrichtungen, 0 Partnerschaften');
    expect(await page.getByTestId('institution-details').textContent()).toContain('von Hand gesetzt');
    // The point got the key of its Gemeinde, so Kreis filters and reports count it.
    expect(await page.getByTestId('institution-details').textContent()).toContain('Gemeindeschlüssel16051000');

    // 2. By form with typed coordinates (decimal comma).
    await page.getByRole('button', { name: 'Einrichtung hinzufügen' }).click();
    await form.getByLabel('Name').fill('Beratungsstelle Jena');
    await form.getByLabel('Breite (z. B. 50,9787)').fill('50,9271');
    await form.getByLabel('Länge (z. B. 11,0328)').fill('11,5892');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => count(page)).toBe('2 Einrichtungen, 0 Partnerschaften');

    // 3. A partnership found by search.
    await page.getByRole('button', { name: 'Familienzentrum Erfurt-Nord auswählen' }).click();
    await page.getByRole('button', { name: 'Partnerschaft hinzufügen' }).click();
    await page.getByLabel('Partner suchen (Name oder Ort)').fill('jena');
    await page.getByTestId('partnership-form').getByRole('button', { name: 'Beratungsstelle Jena' }).click();
    await page.getByTestId('partnership-form').getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => count(page)).toBe('2 Einrichtungen, 1 Partnerschaften');
    expect(await page.getByTestId('institution-details').textContent()).toContain('Partner (1)');

    // 4. Drag the selected point to Gotha.
    await page.evaluate(() => window.__thekizMap!.jumpTo({ center: [10.9, 50.96], zoom: 9 }));
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.queryRenderedFeatures({ layers: ['institutions-points'] }).map((f) => f.properties.name)), { timeout: 20_000 }).toContain('Familienzentrum Erfurt-Nord');
    const from = await toPixel(page, [11.03, 50.98]);
    const to = await toPixel(page, [10.70, 50.95]);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.getByTestId('institution-details').textContent()).toMatch(/Koordinaten50,9\d*, 10,[67]\d*/);
    expect(await page.getByTestId('institution-details').textContent()).toMatch(/Gemeindeschlüssel16067\d{3}/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'edit.png') });

    // 5. Delete the partner after confirming; undo brings it back with its partnership; redo deletes again.
    await page.getByRole('button', { name: 'Beratungsstelle Jena auswählen' }).click();
    await page.getByTestId('institution-details').getByRole('button', { name: 'Löschen' }).click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('„Beratungsstelle Jena“ und ihre 1 Partnerschaften löschen?');
    await page.getByRole('button', { name: 'Ja, löschen' }).click();
    await expect.poll(() => count(page)).toBe('1 Einrichtungen, 0 Partnerschaften');
    await page.getByRole('button', { name: /^Rückgängig: / }).click();
    await expect.poll(() => count(page)).toBe('2 Einrichtungen, 1 Partnerschaften');
    await page.keyboard.press('Control+y');
    await expect.poll(() => count(page)).toBe('1 Einrichtungen, 0 Partnerschaften');
    await page.keyboard.press('Control+z');
    await expect.poll(() => count(page)).toBe('2 Einrichtungen, 1 Partnerschaften');

    // 6. Markup typed as a name stays text.
    await page.getByRole('button', { name: 'Beratungsstelle Jena auswählen' }).click();
    await page.getByTestId('institution-details').getByRole('button', { name: 'Bearbeiten' }).click();
    await form.getByLabel('Name').fill('<b>fett</b><img src=x onerror=alert(1)>');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => page.getByTestId('institution-details').textContent()).toContain('<b>fett</b><img src=x onerror=alert(1)>');
    expect(await page.locator('b', { hasText: 'fett' }).count()).toBe(0);
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
