/**
 * Stands in for the VS Code executable that @vscode/test-electron's runTests() launches, so that the
 * standard runner works unchanged on a machine that cannot download VS Code: it takes the same
 * arguments, runs the suite in code-server's real extension host through Debian's Chromium, prints
 * the suite's output, and exits with the suite's exit code.
 *
 * Run through the executable wrapper scripts/vscode-shim (runTests spawns a file, not `node x.js`).
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { openBrowser, type BrowserSession } from './browser';
import { ensureCodeServer } from './install';
import { startCodeServer, type RunningCodeServer } from './launch';
import { workbenchUrl } from './workbenchUrl';

export interface ShimArguments {
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  userDataDir: string;
  extensionsDir: string;
  folder?: string;
  files: string[];
}

/** Options of the `code` CLI that take a value; every other `--flag` is accepted and ignored. */
const VALUE_OPTIONS = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir']);

export function parseShimArguments(argv: readonly string[]): ShimArguments {
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const option = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    if (!option) {
      positional.push(path.resolve(arg));
      continue;
    }
    const [, name, inlineValue] = option;
    if (!VALUE_OPTIONS.has(name)) continue;
    const value = inlineValue ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    values.set(name, path.resolve(value));
  }
  const required = (name: string) => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`missing --${name}`);
    return value;
  };
  let folder: string | undefined;
  const files: string[] = [];
  for (const target of positional) {
    if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) folder ??= target;
    else files.push(target);
  }
  return {
    extensionDevelopmentPath: required('extensionDevelopmentPath'),
    extensionTestsPath: required('extensionTestsPath'),
    userDataDir: required('user-data-dir'),
    extensionsDir: required('extensions-dir'),
    folder,
    files,
  };
}

/** How long a whole suite may take before the shim gives up, so a hung workbench never hangs CI. */
const SUITE_TIMEOUT_MS = Number(process.env.ATTRIBUTION_LENS_SUITE_TIMEOUT_MS ?? 15 * 60 * 1000);

export async function runSuiteInCodeServer(args: ShimArguments): Promise<number> {
  let server: RunningCodeServer | undefined;
  let browser: BrowserSession | undefined;
  const cleanUp = async () => {
    await browser?.close();
    await server?.stop();
  };
  const onSignal = () => void cleanUp().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await startCodeServer({ binary: ensureCodeServer(), userDataDir: args.userDataDir, extensionsDir: args.extensionsDir });
    browser = await openBrowser();
    const { page } = browser;
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationLog', (type: string, logArgs: unknown[]) => {
        // The workbench forwards console calls as (format, ...values): mocha's reporter uses %s and %d.
        const line = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
        (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
      });
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(Number(code) || 0));
      page.on('crash', () => {
        console.error('The workbench page crashed.');
        resolve(1);
      });
      setTimeout(() => {
        console.error(`The suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s.`);
        resolve(1);
      }, SUITE_TIMEOUT_MS).unref();
    });
    page.on('pageerror', (error) => console.error(`[workbench] ${error.message}`));
    await page.goto(
      workbenchUrl(server, {
        folder: args.folder,
        extensionDevelopmentPath: args.extensionDevelopmentPath,
        extensionTestsPath: args.extensionTestsPath,
        openFiles: args.files,
      }),
    );
    return await exitCode;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanUp();
  }
}

if (require.main === module) {
  runSuiteInCodeServer(parseShimArguments(process.argv.slice(2))).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`vscode-shim: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
