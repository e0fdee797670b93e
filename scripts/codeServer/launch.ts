/**
 * Starts code-server on a free loopback port and stops it again, whole process group included.
 *
 * code-server is started detached so that it leads its own process group: killing only the parent
 * would leave its file-watcher child running, so stop() signals the group (TERM, then KILL).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface CodeServerOptions {
  /** The code-server executable (see ensureCodeServer). */
  binary: string;
  userDataDir: string;
  extensionsDir: string;
  /** 0 (the default) lets the system pick a free port. */
  port?: number;
  /** Receives code-server's own output lines, for tracing; by default they are dropped. */
  onOutput?: (line: string) => void;
}

export interface RunningCodeServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /** `host:port`, the authority of vscode-remote:// URIs that point into this server's file system. */
  readonly authority: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  // The extension under development is silently not loaded when the extensions folder is missing.
  mkdirSync(options.extensionsDir, { recursive: true });
  mkdirSync(options.userDataDir, { recursive: true });
  // Without its own XDG folders code-server writes its config and state into the home folder.
  const xdg = mkdtempSync(path.join(os.tmpdir(), 'attribution-lens-xdg-'));
  const child = spawn(
    options.binary,
    [
      '--bind-addr', `127.0.0.1:${options.port ?? 0}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir', options.userDataDir,
      '--extensions-dir', options.extensionsDir,
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_DATA_HOME: path.join(xdg, 'data') },
    },
  );
  const stop = once(async () => {
    await stopGroup(child);
    rmSync(xdg, { recursive: true, force: true });
  });
  try {
    const port = await waitForListeningPort(child, options.onOutput);
    return { origin: `http://127.0.0.1:${port}`, authority: `127.0.0.1:${port}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Resolves with the port from code-server's "HTTP server listening on http://127.0.0.1:P/" line. */
function waitForListeningPort(child: ChildProcess, onOutput?: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const timer = setTimeout(
      () => settle(() => reject(new Error(`code-server did not report a listening port within ${STARTUP_TIMEOUT_MS / 1000} s`))),
      STARTUP_TIMEOUT_MS,
    );
    const onLine = (line: string) => {
      onOutput?.(line);
      const match = /HTTP server listening on https?:\/\/[^:]+:(\d+)/.exec(line);
      if (match) settle(() => resolve(Number(match[1])));
    };
    forEachLine(child.stdout, onLine);
    forEachLine(child.stderr, onLine);
    child.once('error', (error) => settle(() => reject(new Error(`code-server could not start: ${error.message}`))));
    child.once('exit', (code, signal) => settle(() => reject(new Error(`code-server exited during startup (${code ?? signal})`))));
  });
}

function forEachLine(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (!stream) return;
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child.pid, 'SIGTERM');
  const stoppedInTime = await Promise.race([exited.then(() => true), delay(5_000).then(() => false)]);
  // Children of the group may outlive the leader (the file watcher does): KILL whatever is left.
  signalGroup(child.pid, 'SIGKILL');
  if (!stoppedInTime) await Promise.race([exited, delay(2_000)]);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function once(action: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= action());
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
