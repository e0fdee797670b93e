/**
 * The DOM-level check, in the browser as a reader would do it: open the sample article in
 * code-server, open the Actors view and the reading view, move the mouse over the first
 * “cautious optimism” in the editor and read "Peskov" from the hover widget; then save a
 * screenshot of it all under test-results/. Fails if the hover does not name Peskov. In the reading
 * view it opens "Source balance", saves test-results/source-balance.png, and filters by a bar.
 * Then it opens the markup article's reading view and checks, inside the webview's own DOM, that
 * its <script> and <img onerror> arrived as text and did not run.
 *
 * Run by test/integration/runIntegration.ts after the suite, or alone:
 *   node out/test/integration/dom/hoverCheck.js
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openBrowser, runFromCommandPalette, type BrowserSession } from '../../../scripts/codeServer/browser';
import { ensureCodeServer, repoRoot } from '../../../scripts/codeServer/install';
import { startCodeServer, type RunningCodeServer } from '../../../scripts/codeServer/launch';
import { workbenchUrl } from '../../../scripts/codeServer/workbenchUrl';
import { makeRunFolders } from '../workspace';
import { MARKUP_ARTICLE, MARKUP_TEXT, SOURCING_ARTICLE, SOURCING_TEXT } from '../workspaceFiles';

export interface HoverCheckResult {
  status: 'passed' | 'failed' | 'skipped';
  detail: string;
  /** What the hover widget said, when it appeared. */
  hoverText?: string;
  screenshot?: string;
}

export interface HoverCheckOptions {
  binary: string;
  screenshotDir: string;
  sharedFixtures: string;
}

const PHRASE = 'cautious optimism';
const EXPECTED_SPEAKER = 'Peskov';
const STEP_TIMEOUT_MS = 60_000;

/** The product sample when the repo has it, else the reference article from ../shared. */
function findSampleArticle(sharedFixtures: string): string | undefined {
  return [path.join(repoRoot, 'samples', 'ceasefire-talks.article'), path.join(sharedFixtures, 'ceasefire-talks.txt')].find((file) => existsSync(file));
}

export async function runHoverCheck(options: HoverCheckOptions): Promise<HoverCheckResult> {
  const sample = findSampleArticle(options.sharedFixtures);
  if (!sample) return { status: 'skipped', detail: 'no sample article (samples/ceasefire-talks.article or ../shared/fixtures/ceasefire-talks.txt)' };
  const folders = makeRunFolders('dom');
  const article = path.join(folders.workspace, 'ceasefire-talks.article');
  writeFileSync(article, readFileSync(sample));
  const markupArticle = path.join(folders.workspace, MARKUP_ARTICLE);
  writeFileSync(markupArticle, MARKUP_TEXT);
  const sourcingArticle = path.join(folders.workspace, SOURCING_ARTICLE);
  writeFileSync(sourcingArticle, SOURCING_TEXT);
  mkdirSync(options.screenshotDir, { recursive: true });
  const screenshot = path.join(options.screenshotDir, 'hover-check.png');

  let server: RunningCodeServer | undefined;
  let browser: BrowserSession | undefined;
  try {
    const running = await startCodeServer({ binary: options.binary, userDataDir: folders.userDataDir, extensionsDir: folders.extensionsDir });
    server = running;
    browser = await openBrowser();
    const { page } = browser;
    await step('open the sample article', async () => {
      await page.goto(workbenchUrl(running, { folder: folders.workspace, extensionDevelopmentPath: repoRoot, openFiles: [article] }));
      await page.locator('.monaco-editor .view-line', { hasText: 'cautious' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    });
    await step('open the Actors view', () => openActorsView(page));
    const readingView = await step('open the reading view', () => openReadingView(page, 'cautious', EXPECTED_SPEAKER));
    const hoverText = await step(`hover “${PHRASE}”`, () => hoverPhrase(page));
    await page.screenshot({ path: screenshot });
    if (!hoverText.includes(EXPECTED_SPEAKER)) {
      return { status: 'failed', detail: `hover does not name ${EXPECTED_SPEAKER}: ${JSON.stringify(hoverText.slice(0, 200))}`, hoverText, screenshot };
    }
    const balanceShot = path.join(options.screenshotDir, 'source-balance.png');
    const balanceProblem = await step('open the source balance and filter by a bar', () => balanceProblemInReadingView(readingView, balanceShot));
    if (balanceProblem) return { status: 'failed', detail: balanceProblem, hoverText, screenshot: balanceShot };

    const marksShot = path.join(options.screenshotDir, 'sourcing-marks.png');
    const marksProblem = await step('show unnamed and unsourced claims in the reading view', async () => {
      await page.goto(workbenchUrl(running, { folder: folders.workspace, extensionDevelopmentPath: repoRoot, openFiles: [sourcingArticle] }));
      return sourcingMarksProblem(await openReadingView(page, 'officials', 'No source'), marksShot);
    });
    if (marksProblem) return { status: 'failed', detail: marksProblem, hoverText, screenshot: marksShot };

    const markupProblem = await step('open the markup article in the reading view', async () => {
      await page.goto(workbenchUrl(running, { folder: folders.workspace, extensionDevelopmentPath: repoRoot, openFiles: [markupArticle] }));
      return markupProblemInReadingView(page);
    });
    return {
      status: markupProblem ? 'failed' : 'passed',
      detail: markupProblem ?? `hover names ${EXPECTED_SPEAKER}; the source balance draws and filters; unnamed and unsourced claims are marked; `
        + `markup renders as inert text; screenshots ${[screenshot, balanceShot, marksShot].map((file) => path.relative(repoRoot, file)).join(', ')}`,
      hoverText,
      screenshot,
    };
  } catch (error) {
    // A separate file, so a failure never overwrites the screenshot of a good hover.
    const failureShot = path.join(options.screenshotDir, 'dom-check-failure.png');
    await browser?.page.screenshot({ path: failureShot }).catch(() => undefined);
    return { status: 'failed', detail: error instanceof Error ? error.message.split('\n')[0] : String(error), screenshot: failureShot };
  } finally {
    await browser?.close();
    await server?.stop();
    rmSync(folders.root, { recursive: true, force: true });
  }
}

/** Runs one step of the check; its failure names the step. */
async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Clicks the "Attribution Lens" activity-bar entry and waits for the Actors rows to list Peskov. */
async function openActorsView(page: Page): Promise<void> {
  await page.locator('.activitybar .action-item a[aria-label^="Attribution Lens"]').first().click({ timeout: STEP_TIMEOUT_MS });
  await page.locator('.pane', { hasText: 'Actors' }).locator('.monaco-list-row', { hasText: EXPECTED_SPEAKER }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
}

/**
 * Clicks into the editor line holding `lineText`, runs "Attribution Lens: Open Reading View" from
 * the command palette, and returns the webview frame once it shows `expectedText`.
 */
async function openReadingView(page: Page, lineText: string, expectedText: string): Promise<Frame> {
  await page.locator('.monaco-editor .view-line', { hasText: lineText }).first().click({ timeout: STEP_TIMEOUT_MS });
  await runFromCommandPalette(page, 'Attribution Lens: Open Reading View', STEP_TIMEOUT_MS);
  return waitForFrame(page, (frame) => frame.locator('body', { hasText: expectedText }).count().then((count) => count > 0), `the reading view to show “${expectedText}”`);
}

/**
 * Opens the reading view on the (already open) markup article and looks inside the webview: the
 * markup must be there as text, with no <img onerror> element and no sign that a script ran.
 * Returns what is wrong, or undefined.
 */
async function markupProblemInReadingView(page: Page): Promise<string | undefined> {
  const frame = await openReadingView(page, 'guestbook', '<script>document.body.dataset.pwned');
  const found = (await frame.evaluate(`({
    imgWithHandler: document.querySelectorAll('img[onerror]').length,
    pwned: document.body.dataset.pwned ?? null,
    text: document.body.textContent,
  })`)) as { imgWithHandler: number; pwned: string | null; text: string };
  if (found.pwned !== null) return `article markup ran in the reading view (data-pwned=${found.pwned})`;
  if (found.imgWithHandler > 0) return 'the reading view holds an <img onerror> element from the article';
  if (!found.text.includes('<img src=x onerror=')) return 'the <img> markup is not shown as text in the reading view';
  return undefined;
}

/**
 * In the reading view's own DOM: opens the "Source balance" section, saves a screenshot of it, checks that it
 * draws one bar per speaker in the legend, then presses Enter on the first bar and checks that only that
 * speaker's claims keep their highlight (and Escape brings the others back). Returns what is wrong, or undefined.
 */
async function balanceProblemInReadingView(frame: Frame, screenshotPath: string): Promise<string | undefined> {
  const summary = frame.locator('#balance summary');
  await summary.click({ timeout: STEP_TIMEOUT_MS });
  const chart = frame.locator('#balance .balance-chart');
  await chart.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  // The pointer off the chart, so the picture shows no hover state.
  await frame.page().mouse.move(1, 1);
  await frame.locator('#balance').screenshot({ path: screenshotPath });
  const counts = (await frame.evaluate(`({
    bars: document.querySelectorAll('#balance .balance-bar[data-actor-id]').length,
    speakers: document.querySelectorAll('#legend .legend-item[data-actor-id]').length,
    tableRows: document.querySelectorAll('#balance .balance-table')[0]?.querySelectorAll('tbody tr').length ?? 0,
  })`)) as { bars: number; speakers: number; tableRows: number };
  if (counts.bars === 0 || counts.bars !== counts.speakers) return `the balance chart draws ${counts.bars} bars for ${counts.speakers} speakers`;
  if (counts.tableRows !== counts.bars) return `the balance table has ${counts.tableRows} rows for ${counts.bars} bars`;
  const firstBar = frame.locator('#balance .balance-bar').first();
  await firstBar.focus();
  await firstBar.press('Enter');
  const filtered = (await frame.evaluate(`(() => {
    const bar = document.querySelector('#balance .balance-bar');
    const id = bar.dataset.actorId;
    const claims = [...document.querySelectorAll('#article [data-claim-id]')];
    return {
      pressed: bar.getAttribute('aria-pressed'),
      kept: claims.filter((c) => !c.classList.contains('filtered-out')).every((c) => c.dataset.actorId === id),
      hidden: claims.filter((c) => c.classList.contains('filtered-out')).length,
    };
  })()`)) as { pressed: string; kept: boolean; hidden: number };
  if (filtered.pressed !== 'true' || !filtered.kept || filtered.hidden === 0) return `Enter on a balance bar did not filter the highlights: ${JSON.stringify(filtered)}`;
  await frame.locator('body').press('Escape');
  const left = (await frame.evaluate(`document.querySelectorAll('#article .filtered-out').length`)) as number;
  return left === 0 ? undefined : `Escape left ${left} claims filtered out`;
}

/**
 * The sourcing article's reading view: one claim marked as an unnamed source and one as having no source, each
 * style with its legend entry; saves a screenshot of the legend and the article. Returns what is wrong, or undefined.
 */
async function sourcingMarksProblem(frame: Frame, screenshotPath: string): Promise<string | undefined> {
  await frame.page().mouse.move(1, 1);
  await frame.locator('.reading-header').screenshot({ path: screenshotPath.replace(/\.png$/, '-legend.png') });
  await frame.locator('#article').screenshot({ path: screenshotPath });
  const found = (await frame.evaluate(`({
    unnamed: document.querySelectorAll('#article .claim-head.sourcing-unnamed').length,
    none: document.querySelectorAll('#article .claim-head.sourcing-none').length,
    legend: [...document.querySelectorAll('#legend .legend-sourcing-item')].map((item) => item.textContent),
  })`)) as { unnamed: number; none: number; legend: string[] };
  if (found.unnamed !== 1 || found.none !== 1) return `expected one unnamed and one unsourced claim marked, found ${JSON.stringify(found)}`;
  const wanted = ['Unnamed source1 claim', 'No source1 claim'];
  if (wanted.some((entry) => !found.legend.some((item) => item.replace('abc', '') === entry))) return `sourcing legend reads ${JSON.stringify(found.legend)}`;
  return undefined;
}

/** Webviews are nested iframes: poll every frame until one satisfies the probe. */
async function waitForFrame(page: Page, probe: (frame: Frame) => Promise<boolean>, what: string): Promise<Frame> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      if (await probe(frame).catch(() => false)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Runs in the page: the centre of the topmost occurrence of a word in the editor's rendered lines.
 * Kept as source text because the project compiles without DOM types. Quotes and words may sit in
 * separate token spans, so it looks for one word inside a text node; the word's 2nd-3rd characters
 * are measured so the point is clearly inside it.
 */
const FIND_FIRST_WORD_IN_EDITOR = `(word) => {
  const candidates = [];
  for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent || '').indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 1);
      range.setEnd(node, at + 3);
      const rect = range.getBoundingClientRect();
      candidates.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    }
  }
  candidates.sort((a, b) => a.y - b.y || a.x - b.x);
  return candidates[0] || null;
}`;

/** Moves the mouse onto the first (topmost) occurrence of PHRASE in the editor and reads the hover. */
async function hoverPhrase(page: Page): Promise<string> {
  const point = (await page.evaluate(`(${FIND_FIRST_WORD_IN_EDITOR})(${JSON.stringify(PHRASE.split(' ')[0])})`)) as { x: number; y: number } | null;
  if (!point) throw new Error(`“${PHRASE}” is not visible in the editor`);
  // Two small moves: the editor reacts to mousemove events over its text.
  await page.mouse.move(point.x - 2, point.y);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const hover = page.locator('.monaco-hover .hover-contents').first();
  await hover.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await page.waitForTimeout(300); // let every hover part render before reading it
  return (await page.locator('.monaco-hover .hover-contents').allInnerTexts()).join('\n');
}

if (require.main === module) {
  const sharedFixtures = path.resolve(repoRoot, '..', 'shared', 'fixtures');
  runHoverCheck({ binary: ensureCodeServer(), screenshotDir: path.join(repoRoot, 'test-results'), sharedFixtures }).then(
    (result) => {
      console.log(`${result.status}: ${result.detail}`);
      process.exit(result.status === 'failed' ? 1 : 0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
