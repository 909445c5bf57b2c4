import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A fresh profile (no service worker, downloads on) with the fictional demo project loaded. */
export async function openDemo(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Beispieldaten laden (fiktiv)' }).click();
  await page.getByText(/^9\d\d Einrichtungen/).waitFor({ timeout: 30_000 });
  return { context, page };
}
