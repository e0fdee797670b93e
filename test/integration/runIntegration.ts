/**
 * `npm run test:integration`: runs the suite in test/integration/suite inside a real VS Code with
 * @vscode/test-electron's runTests, then the DOM-level hover check in the browser, and writes
 * test-results/integration.json, which .ci/run reads to make sure the suite really ran.
 *
 * Which VS Code: by default code-server (VS Code 1.100.3 from npm, driven by Debian's Chromium
 * through scripts/vscode-shim), because this machine and CI cannot download VS Code. Set
 * ATTRIBUTION_LENS_VSCODE=download where Microsoft's servers are reachable to let runTests download
 * the desktop build instead (the DOM check needs the browser route and is skipped then).
 */
import { runTests } from '@vscode/test-electron';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ensureCodeServer, repoRoot } from '../../scripts/codeServer/install';
import { runHoverCheck, type HoverCheckResult } from './dom/hoverCheck';
import type { SuiteResults } from './suite/index';
import { fillWorkspace, makeRunFolders } from './workspace';

const VSCODE_VERSION = '1.100.3';
const resultsDir = path.join(repoRoot, 'test-results');
const sharedFixtures = path.resolve(repoRoot, '..', 'shared', 'fixtures');

export interface IntegrationSummary {
  route: 'code-server' | 'download';
  passed: number;
  failed: number;
  pending: number;
  suite: SuiteResults | null;
  dom: HoverCheckResult | null;
  seconds: number;
}

async function main(): Promise<number> {
  const started = Date.now();
  const route = process.env.ATTRIBUTION_LENS_VSCODE === 'download' ? 'download' : 'code-server';
  requireBuilt();
  mkdirSync(resultsDir, { recursive: true });
  const summaryFile = path.join(resultsDir, 'integration.json');
  rmSync(summaryFile, { force: true }); // a stale summary must never vouch for this run

  const folders = makeRunFolders('it');
  const suiteResultsFile = path.join(folders.root, 'suite-results.json');
  if (!fillWorkspace(folders.workspace, sharedFixtures)) {
    console.log(`Note: ${sharedFixtures} is absent; the reference-article tests will skip (the DOM check uses samples/ when present).`);
  }

  try {
    const binary = route === 'code-server' ? ensureCodeServer() : undefined;
    const suite = await runSuite(route, folders, suiteResultsFile);
    const dom = binary ? await runHoverCheckReported(binary) : null;
    const summary: IntegrationSummary = {
      route,
      passed: (suite?.passed ?? 0) + (dom?.status === 'passed' ? 1 : 0),
      failed: (suite ? suite.failed : 1) + (dom?.status === 'failed' ? 1 : 0),
      pending: (suite?.pending ?? 0) + (dom?.status === 'skipped' ? 1 : 0),
      suite,
      dom,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(summaryFile, JSON.stringify(summary, null, 2) + '\n');
    console.log(`\nintegration (${route}, ${summary.seconds} s): ${summary.passed} passed, ${summary.failed} failed, ${summary.pending} skipped`);
    return summary.failed === 0 && summary.passed > 0 ? 0 : 1;
  } finally {
    if (!process.env.ATTRIBUTION_LENS_KEEP_TEMP) rmSync(folders.root, { recursive: true, force: true });
  }
}

function requireBuilt(): void {
  const needed = ['dist/extension.js', 'out/test/integration/suite/index.js', 'out/scripts/codeServer/shim.js'];
  const missing = needed.filter((file) => !existsSync(path.join(repoRoot, file)));
  if (missing.length > 0) {
    throw new Error(`missing ${missing.join(', ')}: run  npm run build && npm run compile-tests  first (npm test does both)`);
  }
}

/** Runs the mocha suite in VS Code; null when it did not even report results (it did not run). */
async function runSuite(route: IntegrationSummary['route'], folders: ReturnType<typeof makeRunFolders>, resultsFile: string): Promise<SuiteResults | null> {
  try {
    await runTests({
      ...(route === 'code-server' ? { vscodeExecutablePath: path.join(repoRoot, 'scripts', 'vscode-shim') } : { version: VSCODE_VERSION }),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'suite', 'index'),
      launchArgs: [folders.workspace, `--user-data-dir=${folders.userDataDir}`, `--extensions-dir=${folders.extensionsDir}`],
      extensionTestsEnv: { ATTRIBUTION_LENS_RESULTS: resultsFile },
    });
  } catch (error) {
    // A failing suite rejects here too; its results file says how many failed.
    console.error(`The integration suite reported failure: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!existsSync(resultsFile)) {
    console.error('The integration suite did not run: it wrote no results.');
    return null;
  }
  return JSON.parse(readFileSync(resultsFile, 'utf8')) as SuiteResults;
}

async function runHoverCheckReported(binary: string): Promise<HoverCheckResult> {
  console.log('\nDOM check: hover “cautious optimism” in the browser');
  const result = await runHoverCheck({ binary, screenshotDir: resultsDir, sharedFixtures });
  console.log(`  ${result.status}: ${result.detail}`);
  return result;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:integration: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
