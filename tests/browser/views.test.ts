import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, builtApp, foreignRequests, openFresh } from '../helpers/browser';
import { seriousViolations } from '../helpers/axe';

const app = builtApp();

describe('views and presentation', () => {
  it('saves views, steps through them in presentation mode and reopens one from its link', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { bypassCSP: true });
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => page.getByText(/^9\d\d Einrichtungen/).count(), { timeout: 20_000 }).toBe(1);

    // View 1: the whole Land as it opens.
    await page.getByRole('button', { name: 'Ansichten' }).click();
    await page.getByLabel('Name der Ansicht').fill('Übersicht Thüringen');
    await page.getByRole('button', { name: 'Aktuelle Ansicht speichern' }).click();
    await expect.poll(() => page.getByTestId('views-list').locator('li').count()).toBe(1);
    // The link button shows a drawn symbol, not an emoji the bundled font lacks (an empty box).
    const linkButton = page.getByRole('button', { name: 'Link zu Übersicht Thüringen kopieren' });
    expect(await linkButton.locator('svg').count()).toBe(1);
    expect((await linkButton.textContent())!.trim()).toBe('');
    await page.getByRole('button', { name: 'Abbrechen' }).click();

    // View 2: Gera, Kitas only, map and graph side by side.
    const search = page.getByRole('combobox', { name: 'Einrichtung oder Ort suchen' });
    await search.fill('Gera');
    await expect.poll(() => page.getByRole('listbox', { name: 'Suchergebnisse' }).getByRole('option').first().textContent()).toContain('Kreis');
    await search.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.getZoom()), { timeout: 10_000 }).toBeGreaterThan(9);
    await page.waitForFunction(() => !window.__thekizMap!.isMoving());
    await page.getByText('Filter', { exact: true }).click();
    await page.getByLabel(/^Kita \(\d+\)$/).check();
    await page.getByRole('button', { name: 'Karte und Graph' }).click();
    await expect.poll(() => page.evaluate(() => window.__thekizGraph?.nodes().length ?? 0), { timeout: 30_000 }).toBeGreaterThan(10);
    const kitas = await page.evaluate(() => window.__thekizGraph!.nodes().length);
    await page.getByRole('button', { name: 'Ansichten' }).click();
    await page.getByLabel('Name der Ansicht').fill('Kitas in Gera');
    await page.getByRole('button', { name: 'Aktuelle Ansicht speichern' }).click();
    await expect.poll(() => page.getByTestId('views-list').locator('li').count()).toBe(2);
    // The address carries the view (and no institution names).
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#ansicht=[A-Za-z0-9_-]+$/);

    // Presentation: editing tools hidden, title and legend, arrow keys step, Escape ends.
    await page.getByRole('button', { name: 'Präsentation starten' }).click();
    const title = page.locator('.presentation-title');
    await expect.poll(() => title.textContent()).toContain('Übersicht Thüringen (1 von 2)');
    expect(await page.locator('header.header').isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => window.__thekizGraph?.nodes().length ?? 0)).toBe(0);
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.getZoom())).toBeLessThan(8.5);
    expect(await page.locator('.presentation-legend').textContent()).toContain('ThEKiZ');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title.textContent()).toContain('Kitas in Gera (2 von 2)');
    await expect.poll(() => page.evaluate(() => window.__thekizGraph?.nodes().length ?? 0), { timeout: 30_000 }).toBe(kitas);
    await expect.poll(() => page.evaluate(() => window.__thekizMap!.getZoom()), { timeout: 10_000 }).toBeGreaterThan(9);
    await page.screenshot({ path: path.join(ARTIFACTS, 'presentation.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('header.header').isVisible()).toBe(true);

    // The link reopens the view in a fresh load of the page.
    const link = await page.evaluate(() => location.href);
    await page.getByRole('button', { name: 'Karte', exact: true }).click();
    await page.goto('about:blank');
    await page.goto(link);
    await expect.poll(() => page.evaluate(() => window.__thekizGraph?.nodes().length ?? 0), { timeout: 30_000 }).toBe(kitas);
    expect(await page.getByTestId('filter-summary').textContent()).toContain('Kategorie: Kita');

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
