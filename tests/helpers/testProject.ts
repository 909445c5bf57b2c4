import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './browser';
import { networkProjectFile } from '../fixtures/networkProject';

/** Opens the fixed test network (tests/fixtures/networkProject.ts) as a new project through the project-file import. */
export async function openTestProject(page: Page, fileName: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, fileName);
  fs.writeFileSync(file, networkProjectFile());
  await page.getByRole('button', { name: 'Import/Export' }).click();
  await page.getByLabel(/Projektdatei \(\.json\) als neues Projekt öffnen/).setInputFiles(file);
  await expect.poll(() => page.getByRole('status').textContent()).toContain('als neues Projekt geöffnet');
  await page.getByRole('button', { name: 'Schließen' }).click();
  await expect.poll(() => page.getByText('8 Einrichtungen, 4 Partnerschaften').count()).toBe(1);
  fs.rmSync(file, { force: true });
}
