import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe';
import { heidelbergProject } from '../helpers/heidelbergProject';
import { ARTIFACTS, builtApp, foreignRequests, openFresh } from '../helpers/browser';

const app = builtApp();
const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'routing');

// Three family centres in Heidelberg and two key partners of the Altstadt centre: a counselling
// service a few minutes' walk away, and a midwife 360 m off by straight line but across the
// Neckar (over the Alte Brücke, about 22 minutes on foot).
const CSV = [
  'Name;Kategorie;Ort;Breite;Länge',
  'Familienzentrum Altstadt;ThEKiZ;Heidelberg;49.4120;8.7050',
  'Familienzentrum Bergheim;ThEKiZ;Heidelberg;49.4085;8.6900',
  'Familienzentrum Kirchheim;ThEKiZ;Heidelberg;49.3850;8.6650',
  'Beratung Altstadt;Erziehungs- und Familienberatung;Heidelberg;49.4100;8.7000',
  'Hebamme Neuenheim;Hebammen;Heidelberg;49.4150;8.7030',
].join('\r\n');

describe('network gaps by travel time', () => {
  it('counts a partner within the minutes on foot, not one across the river, and says what it rests on', { timeout: 300_000 }, async () => {
    const { page, log } = await openFresh(app.browser(), app.url(), { bypassCSP: true, viewport: { width: 1280, height: 1100 } });
    await heidelbergProject(page, CSV, 5);

    // Routed on foot over the Heidelberg extract.
    await page.getByRole('tab', { name: 'Versorgung' }).click();
    await expect.poll(() => page.getByTestId('coverage-land').textContent(), { timeout: 90_000 }).toContain('Anteil bis 10 km');
    await page.getByTestId('coverage-measure').selectOption('routed');
    await page.getByTestId('routing-road-input').setInputFiles({ name: 'heidelberg.test.pbf', mimeType: 'application/octet-stream', buffer: fs.readFileSync(path.join(FIXTURES, 'heidelberg.test.pbf')) });
    await expect.poll(() => page.getByTestId('routing-road-file').textContent(), { timeout: 60_000 }).toContain('heidelberg.test.pbf');
    await expect.poll(() => page.getByTestId('coverage-land').textContent(), { timeout: 90_000 }).toContain('Anteil bis 30 min');

    // The gaps count in minutes by the coverage's mode: limit 15 min.
    const gaps = page.getByTestId('network-gaps');
    await expect.poll(() => gaps.getAttribute('data-unit'), { timeout: 90_000 }).toBe('min');
    await gaps.locator('summary').filter({ hasText: 'Schlüssel-Partnerarten und Umkreis' }).click();
    await gaps.getByLabel('Partner innerhalb von (Minuten Fahrzeit)').fill('15');
    await expect.poll(() => gaps.getAttribute('data-radius'), { timeout: 60_000 }).toBe('15');
    expect(await gaps.textContent()).toContain('innerhalb von 15 min zu Fuß');
    const basis = await gaps.getByTestId('gaps-basis').textContent();
    expect(basis).toContain('zu Fuß');
    expect(basis).toContain('heidelberg.test.pbf');

    // Record both as partners of the Altstadt centre, from its missing kinds.
    const altstadt = gaps.getByTestId('gap-ranked').locator(':scope > li').filter({ hasText: 'Familienzentrum Altstadt' });
    await expect.poll(() => altstadt.getAttribute('data-missing'), { timeout: 30_000 }).toBe('5');
    expect(await altstadt.textContent()).toMatch(/nächste außerhalb von 15 min zu Fuß: Hebamme Neuenheim, \d+ min/);
    await altstadt.getByRole('button', { name: 'Partnerschaft erfassen: Familienzentrum Altstadt mit Beratung Altstadt' }).click();
    await expect.poll(() => altstadt.getAttribute('data-missing'), { timeout: 60_000 }).toBe('4');
    await altstadt.getByRole('button', { name: 'Partnerschaft erfassen: Familienzentrum Altstadt mit Hebamme Neuenheim' }).click();
    // Across the river: still missing, named as a partner beyond the limit with its minutes.
    await expect.poll(() => altstadt.textContent(), { timeout: 60_000 }).toMatch(/Partner Hebamme Neuenheim ist (1[6-9]|2\d) min zu Fuß entfernt, außerhalb der Grenze/);
    expect(await altstadt.getAttribute('data-missing')).toBe('4');
    const row = gaps.getByTestId('gap-matrix').locator('tbody tr').filter({ hasText: 'Familienzentrum Altstadt' });
    expect(await row.textContent()).toMatch(/Partner: Beratung Altstadt \(\d+ min\)/);
    expect(await row.textContent()).toMatch(/Partner nur außerhalb: Hebamme Neuenheim \(\d+ min\)/);
    expect(await gaps.getByTestId('gap-kreise').textContent()).toBeTruthy();
    await gaps.locator('summary').filter({ hasText: 'Schlüssel-Partnerarten und Umkreis' }).click();
    // The section from its title (it is taller than the panel): basis, legend, Kreise, ranked list.
    await gaps.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(ARTIFACTS, 'routing-gaps.png') });
    await gaps.getByTestId('gap-ranked').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(ARTIFACTS, 'routing-gaps-ranked.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // By straight line (15 km) both partners count.
    await page.getByTestId('coverage-measure').selectOption('distance');
    await expect.poll(() => gaps.getAttribute('data-unit'), { timeout: 90_000 }).toBe('km');
    await expect.poll(() => altstadt.getAttribute('data-missing'), { timeout: 30_000 }).toBe('3');
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
  });
});
