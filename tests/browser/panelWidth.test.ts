import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS, builtApp, openFresh, waitForMap } from '../helpers/browser';
import { openTestProject } from '../helpers/testProject';
import { seriousViolations } from '../helpers/axe';

const app = builtApp();

/**
 * Words of a table's cells (split at spaces, and after hyphens where a line may break) that the
 * browser drew on more than one line, i.e. split in the middle: "cell text: word".
 */
function splitWords(table: Locator, cells: string): Promise<string[]> {
  return table.evaluate((el, selector) => {
    const split: string[] = [];
    for (const cell of el.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) split.push(`${cell.textContent?.trim()}: ${m[0]}`);
        }
      }
    }
    return split;
  }, cells);
}

/**
 * Scrolls the table's wrapper so each column header is fully visible right of the fixed first
 * column; returns the headers that could not be brought into view, and whether the first column
 * kept its place.
 */
function scrollThroughHeaders(table: Locator): Promise<{ overflow: boolean; hidden: string[]; firstMoved: number; lastRightGap: number; count: number }> {
  return table.evaluate((el) => {
    const wrapper = el.parentElement!;
    const heads = [...el.querySelectorAll<HTMLElement>('thead th')];
    const first = heads[0];
    const firstLeft = first.getBoundingClientRect().left;
    const firstRowHead = el.querySelector<HTMLElement>('tbody th')!;
    const rowHeadLeft = firstRowHead.getBoundingClientRect().left;
    const hidden: string[] = [];
    let firstMoved = 0;
    for (const th of heads.slice(1)) {
      wrapper.scrollLeft = th.offsetLeft - first.offsetWidth;
      const w = wrapper.getBoundingClientRect();
      const r = th.getBoundingClientRect();
      const f = first.getBoundingClientRect();
      if (r.left < f.right - 1 || r.right > w.right + 1) hidden.push(th.textContent ?? '');
      firstMoved = Math.max(firstMoved, Math.abs(f.left - firstLeft), Math.abs(firstRowHead.getBoundingClientRect().left - rowHeadLeft));
    }
    wrapper.scrollLeft = wrapper.scrollWidth;
    const lastRightGap = wrapper.getBoundingClientRect().right - heads[heads.length - 1].getBoundingClientRect().right;
    return { overflow: wrapper.scrollWidth > wrapper.clientWidth, hidden, firstMoved, lastRightGap, count: heads.length };
  });
}

/** Test ids of tables whose wrapper scrolls but holds nothing the keyboard can reach. */
const unreachableScrollers = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.scroll-x')]
  .filter((e) => e.scrollWidth > e.clientWidth && e.tabIndex < 0 && !e.querySelector('button, a[href], input, select, textarea, [tabindex]'))
  .map((e) => e.querySelector('table')?.getAttribute('data-testid') ?? e.className));

const panelWidth = (page: Page) => page.locator('#panel').evaluate((el) => Math.round(el.getBoundingClientRect().width));
const separatorValue = (page: Page) => page.getByRole('separator', { name: 'Seitenleiste verbreitern' }).getAttribute('aria-valuenow').then(Number);
/** The map canvas as wide as its container (MapLibre followed the new size). */
const mapFollows = (page: Page) => page.evaluate(() => {
  const map = window.__thekizMap!;
  return Math.abs(map.getCanvas().getBoundingClientRect().width - map.getContainer().getBoundingClientRect().width) < 1.5;
});

async function openCoverage(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Versorgung' }).click();
  const table = page.getByTestId('coverage-kreise');
  await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(10);
  return table;
}

describe('tables that fit', () => {
  for (const width of [1366, 1024]) {
    it(`at ${width} px every column of the coverage table can be scrolled into view, the first stays, no word is split`, async () => {
      const { page, log, context } = await openFresh(app.browser(), app.url(), { viewport: { width, height: 768 }, bypassCSP: true });
      await openTestProject(page, `tables-${width}.json`);
      const table = await openCoverage(page);
      await table.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, `tables-coverage-${width}.png`) });

      expect(await splitWords(table, 'thead th')).toEqual([]);
      expect(await splitWords(table, 'tbody th')).toEqual([]);
      const scrolled = await scrollThroughHeaders(table);
      expect(scrolled.count).toBeGreaterThanOrEqual(10);
      expect(scrolled.overflow).toBe(true);
      expect(scrolled.hidden).toEqual([]);
      expect(scrolled.firstMoved).toBeLessThan(1);
      expect(scrolled.lastRightGap).toBeGreaterThanOrEqual(-1);
      // A scrolling wrapper must be reachable by keyboard (axe: scrollable-region-focusable): the sort buttons are.
      expect(await seriousViolations(page)).toEqual([]);
      expect(await unreachableScrollers(page)).toEqual([]);
      // Scrolled to the end: the last columns beside the fixed first one.
      await page.screenshot({ path: path.join(ARTIFACTS, `tables-coverage-${width}-scrolled.png`) });

      // The widest panel this window allows: the table needs less scrolling (or none).
      const separator = page.getByRole('separator', { name: 'Seitenleiste verbreitern' });
      await separator.focus();
      await page.keyboard.press('End');
      expect(await panelWidth(page)).toBe(width - 360);
      await expect.poll(() => mapFollows(page)).toBe(true);
      await table.evaluate((el) => { el.parentElement!.scrollLeft = 0; });
      expect(await splitWords(table, 'thead th')).toEqual([]);
      expect((await scrollThroughHeaders(table)).hidden).toEqual([]);
      await table.evaluate((el) => { el.parentElement!.scrollLeft = 0; });
      await table.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, `tables-coverage-${width}-wide.png`) });
      expect(log.errors).toEqual([]);
      await context.close();
    });
  }

  it('names in the network-gap matrix and the Kreis table are not split mid-word; wide tables scroll', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { viewport: { width: 1366, height: 768 }, bypassCSP: true });
    await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
    await expect.poll(() => page.getByTestId('institution-table').count(), { timeout: 20_000 }).toBe(1);
    expect(await splitWords(page.getByTestId('institution-table'), 'th, td')).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'tables-institutions-1366.png') });
    await page.getByRole('tab', { name: 'Versorgung' }).click();
    await expect.poll(() => page.getByTestId('coverage-land').count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId('coverage-focus').selectOption({ label: 'Kyffhäuserkreis' });
    await page.getByRole('radio', { name: 'Netzwerklücken (fehlende Partnerarten)' }).check();
    const matrix = page.getByTestId('gap-matrix');
    await expect.poll(() => matrix.locator('tbody tr').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await matrix.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'tables-gap-matrix-1366.png') });
    expect(await splitWords(matrix, 'th, td')).toEqual([]);
    const scrolled = await scrollThroughHeaders(matrix);
    expect(scrolled.overflow).toBe(true);
    expect(scrolled.hidden).toEqual([]);
    expect(scrolled.firstMoved).toBeLessThan(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'tables-gap-matrix-1366-scrolled.png') });
    // The probe sees a split word: with the old rules the matrix broke its names anywhere.
    await page.addStyleTag({ content: '.gap-matrix { table-layout: fixed } .gap-matrix th, .gap-matrix td { overflow-wrap: anywhere; width: auto !important }' });
    expect((await splitWords(matrix, 'th, td')).length).toBeGreaterThan(0);
    await page.evaluate(() => document.head.lastElementChild?.remove());
    expect(await splitWords(matrix, 'th, td')).toEqual([]);
    const gapKreise = page.getByTestId('gap-kreise');
    expect(await splitWords(gapKreise, 'th, td')).toEqual([]);
    expect((await scrollThroughHeaders(gapKreise)).hidden).toEqual([]);

    await page.getByRole('tab', { name: 'Netzwerk' }).click();
    await expect.poll(() => page.getByTestId('network-nodes').count(), { timeout: 30_000 }).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'tables-network-1366.png') });
    expect(await seriousViolations(page)).toEqual([]);
    for (const id of ['network-nodes', 'network-groups', 'network-links']) {
      expect(await splitWords(page.getByTestId(id), 'th, td')).toEqual([]);
      expect((await scrollThroughHeaders(page.getByTestId(id))).hidden).toEqual([]);
    }
    await page.getByRole('tab', { name: 'Gebiete' }).click();
    expect(await splitWords(page.getByTestId('kreis-table'), 'th, td')).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it('the panel is widened by keyboard and by dragging, remembers its width and tells the map', async () => {
    const { page, log, context } = await openFresh(app.browser(), app.url(), { viewport: { width: 1366, height: 768 }, bypassCSP: true });
    const separator = page.getByRole('separator', { name: 'Seitenleiste verbreitern' });
    expect(await separator.getAttribute('aria-orientation')).toBe('vertical');
    expect(await separator.getAttribute('aria-valuemin')).toBe('300');
    expect(await separator.getAttribute('aria-valuemax')).toBe(String(1366 - 360));
    expect(await separatorValue(page)).toBe(360);
    expect(await panelWidth(page)).toBe(360);

    // Keyboard: the separator is reached with Tab like any control.
    await separator.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('separator');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await separatorValue(page)).toBe(400);
    expect(await panelWidth(page)).toBe(400);
    await page.keyboard.press('Shift+ArrowRight');
    expect(await panelWidth(page)).toBe(500);
    await page.keyboard.press('ArrowLeft');
    expect(await panelWidth(page)).toBe(480);
    await page.keyboard.press('End');
    expect(await panelWidth(page)).toBe(1006);
    await expect.poll(() => mapFollows(page)).toBe(true);
    await page.keyboard.press('Home');
    expect(await panelWidth(page)).toBe(300);
    await page.keyboard.press('ArrowLeft');
    expect(await separatorValue(page)).toBe(300);
    await expect.poll(() => mapFollows(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // Dragging with the mouse.
    const box = (await separator.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 120, y, { steps: 4 });
    await page.mouse.move(x + 340, y, { steps: 4 });
    await page.mouse.up();
    expect(await panelWidth(page)).toBe(640);
    expect(await separatorValue(page)).toBe(640);
    await expect.poll(() => mapFollows(page)).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'panel-widened-1366.png') });

    // Kept over a reload, for every tab.
    await page.reload();
    await waitForMap(page);
    expect(await panelWidth(page)).toBe(640);
    await page.getByRole('tab', { name: 'Gebiete' }).click();
    expect(await panelWidth(page)).toBe(640);
    expect(await seriousViolations(page)).toEqual([]);

    // A smaller window: clamped to it (the choice stays for a larger one).
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => panelWidth(page)).toBe(640);
    await page.setViewportSize({ width: 900, height: 768 });
    // The app is at least 1000 px wide; the panel leaves the map 360 px of the window.
    await expect.poll(() => panelWidth(page)).toBe(900 - 360);
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => panelWidth(page)).toBe(640);

    // A stored value that is no width is ignored; a double click goes back to the default.
    await page.evaluate(() => localStorage.setItem('netzwerkkarte.panelWidth', 'breit'));
    await page.reload();
    await waitForMap(page);
    expect(await panelWidth(page)).toBe(360);
    await separator.focus();
    await page.keyboard.press('ArrowRight');
    expect(await panelWidth(page)).toBe(380);
    await separator.dblclick();
    expect(await panelWidth(page)).toBe(360);
    await page.reload();
    await waitForMap(page);
    expect(await panelWidth(page)).toBe(360);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
