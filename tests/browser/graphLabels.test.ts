import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, builtApp, foreignRequests, openFresh } from '../helpers/browser';
import { seriousViolations } from '../helpers/axe';

const app = builtApp();

interface ShownLabel {
  id: string;
  text: string;
  thekiz: boolean;
  box: { x1: number; y1: number; x2: number; y2: number };
}

/** The names the graph draws now, with their rendered boxes (model units). */
const shownLabels = (page: Page) =>
  page.evaluate(() =>
    window.__thekizGraph!.nodes('.lbl').map((n) => {
      const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      return { id: n.id(), text: String(n.style('label')), thekiz: n.hasClass('thekiz'), box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 } };
    }),
  ) as Promise<ShownLabel[]>;

/** Overlap of two rendered label boxes, allowing a pixel of rounding (model units per pixel given). */
const overlap = (a: ShownLabel['box'], b: ShownLabel['box'], slack: number) => a.x1 + slack < b.x2 && b.x1 + slack < a.x2 && a.y1 + slack < b.y2 && b.y1 + slack < a.y2;

describe('a graph for people', () => {
  it('names ThEKiZ and central institutions without overlap, more when zoomed in', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { bypassCSP: true });
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => page.getByText(/^9\d\d Einrichtungen/).count(), { timeout: 60_000 }).toBe(1);
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.__thekizGraph?.nodes().length ?? 0), { timeout: 60_000 }).toBeGreaterThan(500);
    await expect.poll(async () => (await shownLabels(page)).filter((l) => l.thekiz && l.text.length > 0).length, { timeout: 30_000 }).toBeGreaterThan(5);

    const check = async (name: string) => {
      // Sizes change once the network figures arrive; the labels follow within a throttle step.
      await page.waitForTimeout(1500);
      await page.getByTestId('graph').screenshot({ path: path.join(ARTIFACTS, `graph-labels-${name}.png`) });
      const labels = await shownLabels(page);
      // Five screen pixels of slack: Cytoscape may still draw a label where the node's earlier,
      // smaller size put it (up to a node radius off) until it redraws; the placement itself is
      // proven free of overlap by the property test of placeLabels.
      const slack = 5 / (await page.evaluate(() => window.__thekizGraph!.zoom()));
      for (let a = 0; a < labels.length; a++) for (let b = a + 1; b < labels.length; b++) if (overlap(labels[a].box, labels[b].box, slack)) throw new Error(`${name}: „${labels[a].text}“ überdeckt „${labels[b].text}“`);
      return labels;
    };
    const overview = await check('overview');
    // Zoomed in around the centre: every name in view competes, and there is room for more.
    await page.evaluate(() => {
      const cy = window.__thekizGraph!;
      cy.zoom({ level: 2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    const zoomed = await check('zoomed');
    expect(zoomed.filter((l) => !l.thekiz).length).toBeGreaterThan(overview.filter((l) => !l.thekiz).length / 3);
    expect(zoomed.some((l) => !overview.some((o) => o.id === l.id))).toBe(true);

    expect(await seriousViolations(page)).toEqual([]);
    expect(foreignRequests(log.requests, app.url())).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  }, 180_000);
});
