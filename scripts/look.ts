/**
 * Look as a reader: `npm run look -- FILE…` opens each article in a real VS Code (code-server, driven by Debian's
 * Chromium, with this extension loaded), opens the Actors view and the Reading View, and saves two screenshots per
 * article under test-results/look/: <name>-actors.png (editor and Actors view) and <name>-reading.png (the Reading
 * View with its legend). The files are copied into a temporary workspace as .article files; nothing else is kept.
 * Use it on dev articles before calling a view done: a junk or duplicate actor shows here even where no metric
 * sees it.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, runFromCommandPalette, type BrowserSession } from './codeServer/browser';
import { ensureCodeServer, repoRoot } from './codeServer/install';
import { startCodeServer, type RunningCodeServer } from './codeServer/launch';
import { workbenchUrl } from './codeServer/workbenchUrl';
import { makeRunFolders } from '../test/integration/workspace';

const STEP_TIMEOUT_MS = 60_000;

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('usage: npm run look -- FILE…   (screenshots go to test-results/look/)');
    return 2;
  }
  const outDir = path.join(repoRoot, 'test-results', 'look');
  mkdirSync(outDir, { recursive: true });
  const folders = makeRunFolders('look');
  const binary = ensureCodeServer();
  let server: RunningCodeServer | undefined;
  let browser: BrowserSession | undefined;
  try {
    server = await startCodeServer({ binary, userDataDir: folders.userDataDir, extensionsDir: folders.extensionsDir });
    browser = await openBrowser({ width: 1800, height: 1100 });
    for (const file of files) {
      const name = path.basename(file).replace(/\.[^.]+$/, '');
      const article = path.join(folders.workspace, `${name}.article`);
      copyFileSync(file, article);
      await lookAt(browser.page, server, folders.workspace, article, path.join(outDir, name));
      console.log(`${name}: test-results/look/${name}-actors.png, ${name}-reading.png`);
    }
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await browser?.close();
    await server?.stop();
    rmSync(folders.root, { recursive: true, force: true });
  }
}

/** Opens one article, then its Actors view and Reading View, saving a screenshot of each. */
async function lookAt(page: Page, server: RunningCodeServer, workspace: string, article: string, shotPrefix: string): Promise<void> {
  await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: repoRoot, openFiles: [article] }));
  await page.locator('.monaco-editor .view-line').first().waitFor({ timeout: STEP_TIMEOUT_MS });
  // The view container may come back open after a reload; a click on its icon would then close it.
  const rows = page.locator('.pane', { hasText: 'Actors' }).locator('.monaco-list-row').first();
  const shown = await rows.waitFor({ timeout: 5_000 }).then(() => true, () => false);
  if (!shown) {
    await page.locator('.activitybar .action-item a[aria-label^="Attribution Lens"]').first().click({ timeout: STEP_TIMEOUT_MS });
    await rows.waitFor({ timeout: STEP_TIMEOUT_MS });
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${shotPrefix}-actors.png` });
  await page.locator('.monaco-editor .view-line').first().click({ timeout: STEP_TIMEOUT_MS });
  await runFromCommandPalette(page, 'Attribution Lens: Open Reading View', STEP_TIMEOUT_MS);
  // The webview's own frame holds the legend once the article is rendered.
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ready = await Promise.all(page.frames().map((frame) => frame.locator('#legend').count().catch(() => 0)));
    if (ready.some((count) => count > 0)) break;
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${shotPrefix}-reading.png` });
  await page.keyboard.press('Control+K');
  await page.keyboard.press('W');
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error) => { console.error(error); process.exit(1); });
