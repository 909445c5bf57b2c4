import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, builtApp, foreignRequests, openFresh } from '../helpers/browser';
import { openTestProject } from '../helpers/testProject';
import { seriousViolations } from '../helpers/axe';

const app = builtApp();
/** Partnerships the graph shows (those of other years stay in place, hidden). */
const edges = (page: Page) => page.evaluate(() => window.__thekizGraph?.edges().filter((e) => !e.hasClass('absent')).length ?? -1);
/** Partnership lines the map's network source holds. */
const lines = (page: Page) =>
  page.evaluate(async () => {
    const source = window.__thekizMap!.getSource('network-overview') as unknown as { getData(): Promise<{ features: { properties: { count?: number } }[] }> } | undefined;
    if (!source) return -1;
    return (await source.getData()).features.reduce((s, f) => s + (f.properties.count ?? 1), 0);
  });

describe('the time slider', () => {
  it('shows the network at the end of a chosen year on map and graph, and plays its growth in presentation mode', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { bypassCSP: true });
    await openTestProject(page, 'zeit.json');
    await page.getByRole('button', { name: 'Karte und Graph' }).click();
    await expect.poll(() => edges(page), { timeout: 30_000 }).toBe(4);
    await page.getByLabel('Alle Partnerschaftslinien auf der Karte').check();

    await page.getByLabel('Netz zu einem Zeitpunkt zeigen').check();
    const status = page.getByTestId('timeline-status');
    const thisYear = new Date().getFullYear();
    await expect.poll(() => status.textContent()).toBe(`Stand Ende ${thisYear}: 2 von 2 ThEKiZ, 8 von 8 Einrichtungen, 3 von 4 Partnerschaften`);
    expect(await page.getByTestId('timeline').textContent()).toContain('1 Partnerschaft ohne Beginn-Datum wird in jedem Jahr gezeigt.');
    // Year labels under the slider: the first year with a date and this year, at the slider's ends.
    const ticks = await page.getByTestId('timeline-ticks').locator('span').allTextContents();
    expect(ticks[0]).toBe('2012');
    expect(ticks[ticks.length - 1]).toBe(String(thisYear));
    const [track, first, last] = await Promise.all([page.getByRole('slider', { name: 'Jahr' }).boundingBox(), page.getByTestId('timeline-ticks').locator('span').first().boundingBox(), page.getByTestId('timeline-ticks').locator('span').last().boundingBox()]);
    expect(first!.x + first!.width / 2).toBeLessThan(track!.x + 20);
    expect(last!.x + last!.width / 2).toBeGreaterThan(track!.x + track!.width - 20);
    // By keyboard: Home goes to the first year with a date (2012: the school link and the undated one).
    const slider = page.getByRole('slider', { name: 'Jahr' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => status.textContent()).toBe('Stand Ende 2012: 2 von 2 ThEKiZ, 8 von 8 Einrichtungen, 2 von 4 Partnerschaften');
    await expect.poll(() => edges(page)).toBe(2);
    await expect.poll(() => lines(page), { timeout: 10_000 }).toBe(2);
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => status.textContent()).toBe('Stand Ende 2018: 2 von 2 ThEKiZ, 8 von 8 Einrichtungen, 4 von 4 Partnerschaften');
    await expect.poll(() => edges(page)).toBe(4);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => status.textContent()).toBe('Stand Ende 2019: 2 von 2 ThEKiZ, 8 von 8 Einrichtungen, 3 von 4 Partnerschaften');
    await expect.poll(() => edges(page)).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);

    // Presentation: the slider is there, and "play" walks the years to today.
    await page.getByRole('button', { name: 'Ansichten' }).click();
    await page.getByLabel('Name der Ansicht').fill('Gesamtnetz');
    await page.getByRole('button', { name: 'Aktuelle Ansicht speichern' }).click();
    await page.getByRole('button', { name: 'Präsentation starten' }).click();
    const shown = page.locator('.presentation-time').getByTestId('timeline-status');
    // The view remembers the year it was saved with.
    await expect.poll(() => shown.textContent()).toBe('Stand Ende 2019: 2 von 2 ThEKiZ, 8 von 8 Einrichtungen, 3 von 4 Partnerschaften');
    await page.locator('.presentation-time').getByRole('button', { name: 'Wachstum abspielen' }).click();
    await expect.poll(() => shown.textContent(), { timeout: 5_000 }).toMatch(/^Stand Ende 201[2-4]:/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'timeline-presentation.png') });
    await expect.poll(() => shown.textContent(), { timeout: 40_000 }).toBe(`Stand Ende ${thisYear}: 2 von 2 ThEKiZ, 8 von 8 Einrichtungen, 3 von 4 Partnerschaften`);
    await expect.poll(() => page.locator('.presentation-time').getByRole('button', { name: 'Wachstum abspielen' }).count()).toBe(1);
    await page.locator('.presentation-time').getByRole('button', { name: 'Alle Jahre' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => edges(page)).toBe(4);

    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
