/**
 * `npm start`: opens the sample article in VS Code with this extension loaded (after `npm start`
 * has built it). With a `code` command on the PATH, the desktop VS Code is used through
 * --extensionDevelopmentPath. Without one (a headless machine), code-server serves the workbench on
 * 127.0.0.1 and this prints the URL to open in a browser, staying up until Ctrl-C.
 *
 * ATTRIBUTION_LENS_PORT picks a fixed port for code-server (default: a free one).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureCodeServer, repoRoot } from './codeServer/install';
import { startCodeServer } from './codeServer/launch';
import { workbenchUrl } from './codeServer/workbenchUrl';

const sample = path.join(repoRoot, 'samples', 'ceasefire-talks.article');

/** The first executable called `name` on the PATH, if any. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function openInDesktopCode(code: string): void {
  console.log(`Opening ${path.relative(repoRoot, sample)} in VS Code (${code}) with the extension loaded…`);
  const child = spawn(code, [`--extensionDevelopmentPath=${repoRoot}`, sample], { stdio: 'inherit' });
  child.on('exit', (status) => process.exit(status ?? 0));
}

async function serveWithCodeServer(): Promise<void> {
  const binary = ensureCodeServer();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'attribution-lens-start-'));
  const server = await startCodeServer({
    binary,
    port: Number(process.env.ATTRIBUTION_LENS_PORT ?? 0),
    userDataDir: path.join(profile, 'user-data'),
    extensionsDir: path.join(profile, 'extensions'),
  });
  const url = workbenchUrl(server, { folder: path.dirname(sample), extensionDevelopmentPath: repoRoot, openFiles: [sample] });
  console.log('No `code` command on the PATH, so the extension runs in code-server (VS Code in the browser).');
  console.log('Open this URL in a browser on this machine (or forward the port):\n');
  console.log(`  ${url}\n`);
  console.log('Press Ctrl-C to stop.');
  const shutDown = () => {
    void server.stop().then(() => {
      rmSync(profile, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);
}

async function main(): Promise<void> {
  if (!existsSync(sample)) throw new Error(`the sample article ${path.relative(repoRoot, sample)} is missing`);
  const code = process.env.ATTRIBUTION_LENS_FORCE_CODE_SERVER ? undefined : onPath('code');
  if (code) openInDesktopCode(code);
  else await serveWithCodeServer();
}

main().catch((error: unknown) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
