/**
 * Installs code-server (VS Code 1.100.3 served to a browser) into a cache folder on first use.
 *
 * Why code-server: this machine and CI cannot reach Microsoft's download servers, and Debian ships
 * no VS Code or Electron, so the integration tests run the real workbench from npm instead. The
 * recipe (system packages, the ripgrep cache, the npm_config_* variables) is the verified one in
 * ../shared/docs/real-vscode-tests.md; each step says which install failure it prevents.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
/** The @vscode/ripgrep release code-server 4.100.3 depends on, and the archive its postinstall looks for. */
const RIPGREP_CACHE_DIR = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
const cacheDir = path.join(repoRoot, '.cache', 'code-server');
const stampFile = path.join(cacheDir, 'installed-version');
const binary = path.join(cacheDir, 'node_modules', '.bin', 'code-server');

/** The code-server executable, installing it first when the cache does not hold this version. */
export function ensureCodeServer(log: (line: string) => void = (line) => console.log(line)): string {
  if (isInstalled()) return binary;
  requireSystemTools();
  log(`Installing code-server@${CODE_SERVER_VERSION} into ${path.relative(repoRoot, cacheDir)} (first run only, about a minute)…`);
  mkdirSync(cacheDir, { recursive: true });
  // A package.json of its own keeps the install out of the extension's dependencies and lockfile.
  writeFileSync(path.join(cacheDir, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }) + '\n');
  const tmpDir = path.join(cacheDir, 'tmp');
  seedRipgrepCache(tmpDir);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: cacheDir,
    stdio: 'inherit',
    timeout: 15 * 60 * 1000,
    env: {
      ...process.env,
      TMPDIR: tmpDir, // where @vscode/ripgrep looks for its pre-seeded archive
      npm_config_yes: 'true', // node-pty's postinstall would otherwise stop at an npx prompt
      npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root otherwise
      npm_config_nodedir: '/usr', // native modules build against Debian's Node headers, no header download
    },
  });
  if (result.status !== 0 || !existsSync(binary)) {
    throw new Error(`Installing code-server@${CODE_SERVER_VERSION} failed (exit ${result.status ?? result.signal}); see the npm output above.`);
  }
  writeFileSync(stampFile, CODE_SERVER_VERSION + '\n');
  return binary;
}

function isInstalled(): boolean {
  return existsSync(binary) && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === CODE_SERVER_VERSION;
}

/** Fails early with the fix when a system package the install or the tests need is missing. */
function requireSystemTools(): void {
  const missing: string[] = [];
  if (!existsSync('/usr/bin/rg')) missing.push('ripgrep');
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/gssapi.h')) missing.push('libkrb5-dev');
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (missing.length > 0) {
    throw new Error(`Missing system packages for the integration tests: run  apt-get install -y ${missing.join(' ')}`);
  }
}

/** @vscode/ripgrep downloads rg from GitHub unless its cache already holds the archive: give it Debian's rg. */
function seedRipgrepCache(tmpDir: string): void {
  const dir = path.join(tmpDir, RIPGREP_CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  const archive = path.join(dir, RIPGREP_ARCHIVE);
  if (!existsSync(archive)) execFileSync('tar', ['czf', archive, '-C', '/usr/bin', 'rg']);
}

if (require.main === module) {
  try {
    console.log(ensureCodeServer());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
