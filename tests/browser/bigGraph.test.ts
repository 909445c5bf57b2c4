import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, builtApp, openFresh } from '../helpers/browser';
import { bigProjectFile } from '../fixtures/networkProject';
import { seriousViolations } from '../helpers/axe';

const app = builtApp();

describe('a network too big for a node-level graph', () => {
  it('shows the Kreise instead, says so, and a click on a Kreis selects it; a Kreis filter brings back the institutions', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { bypassCSP: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'gross.json');
    fs.writeFileSync(file, bigProjectFile(3_200));
    await page.getByRole('button', { name: 'Import/Export' }).click();
    await page.getByLabel(/Projektdatei \(\.json\) als neues Projekt öffnen/).setInputFiles(file);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'als neues Projekt geöffnet' }).count(), { timeout: 30_000 }).toBe(1);
    await page.getByRole('button', { name: 'Schließen' }).click();
    fs.rmSync(file, { force: true });

    await page.getByRole('button', { name: 'Karte und Graph' }).click();
    await expect.poll(() => page.getByTestId('graph-aggregated').textContent(), { timeout: 30_000 }).toContain('Das Netz hat 3.200 Einrichtungen');
    // Four Kreise and the institutions without a key.
    await expect.poll(() => page.evaluate(() => window.__thekizGraph?.nodes().map((n) => String(n.data('label'))).sort() ?? []), { timeout: 30_000 }).toEqual([
      'Erfurt (800)', 'Gera (768)', 'Jena (800)', 'Weimar (768)', 'ohne Kreis (64)',
    ]);
    expect(await page.evaluate(() => window.__thekizGraph!.edges().length)).toBe(3);
    await page.screenshot({ path: path.join(ARTIFACTS, 'graph-kreise.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // A click on the Gera node selects the Kreis (the areas tab shows it).
    const at = await page.evaluate(() => {
      const cy = window.__thekizGraph!;
      const p = cy.nodes().filter((n) => String(n.data('label')).startsWith('Gera')).renderedPosition();
      const r = cy.container()!.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.getByTestId('selection').textContent(), { timeout: 10_000 }).toContain('Gera');

    // Filtered to one Kreis (800 institutions) the graph shows single institutions again.
    await page.getByRole('tab', { name: 'Einrichtungen' }).click();
    await page.getByText('Filter', { exact: true }).click();
    await page.getByLabel(/^Jena \(800\)$/).check();
    await expect.poll(() => page.evaluate(() => window.__thekizGraph?.nodes().length ?? 0), { timeout: 30_000 }).toBe(800);
    expect(await page.getByTestId('graph-aggregated').count()).toBe(0);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
