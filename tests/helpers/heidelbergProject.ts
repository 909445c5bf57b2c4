/** The routing browser tests' start: a new Baden-Württemberg project with Heidelberg institutions from a CSV. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { areaSelect, withNewMap } from './browser';

export async function heidelbergProject(page: Page, csv: string, count: number): Promise<void> {
  await page.locator('.welcome').getByRole('combobox', { name: 'Planungsgebiet', exact: true }).selectOption({ label: 'Baden-Württemberg' });
  await withNewMap(page, () => page.getByRole('button', { name: 'Leeres Projekt anlegen' }).click());
  expect(await areaSelect(page).inputValue()).toBe('08');
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByLabel(/Datei mit Einrichtungen/).setInputFiles({ name: 'heidelberg.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: 'Prüfen' }).click();
  await page.getByRole('button', { name: `${count} Einrichtungen importieren` }).click({ timeout: 30_000 });
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'importiert' }).textContent(), { timeout: 30_000 }).toContain(`${count} Einrichtungen importiert`);
  await page.getByRole('button', { name: 'Schließen' }).click();
}
