/**
 * Debian's Chromium, driven headless through playwright-core. Playwright's own browser builds are
 * never used: downloading them (`playwright install`) fails without a route to their servers.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox', // running as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-breakpad',
];

export interface BrowserSession {
  readonly browser: Browser;
  readonly page: Page;
  close(): Promise<void>;
}

/** A fresh headless browser (playwright gives each launch a new temporary profile) with one page. */
export async function openBrowser(viewport = { width: 1600, height: 1000 }): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport });
    return { browser, page, close: () => browser.close().catch(() => undefined) };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Runs a command from the workbench's command palette: F1, its title ("Attribution Lens: Open Reading View"), then
 * Enter once the palette lists it. The editor or view that should receive it must have focus already.
 */
export async function runFromCommandPalette(page: Page, title: string, timeoutMs: number): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: timeoutMs });
  await input.fill(`>${title}`);
  const label = title.slice(title.indexOf(': ') + 2);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
}
