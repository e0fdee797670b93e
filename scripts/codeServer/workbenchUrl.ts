/**
 * The URL that opens code-server's web workbench on a folder with extra launch options.
 *
 * code-server's CLI rejects --extensionDevelopmentPath and --extensionTestsPath, but the web
 * workbench reads the same options from a `payload` query parameter: a JSON list of [name, value]
 * pairs whose paths are vscode-remote:// URIs into the server's file system.
 */
import type { RunningCodeServer } from './launch';

export interface WorkbenchTarget {
  /** Absolute path of the folder to open as the workspace. */
  folder?: string;
  /** Absolute path of the extension to load in development mode. */
  extensionDevelopmentPath?: string;
  /** Absolute path of the test suite module (without .js) to run in the extension host. */
  extensionTestsPath?: string;
  /** Absolute paths of files to open in editors. */
  openFiles?: string[];
}

export function workbenchUrl(server: RunningCodeServer, target: WorkbenchTarget): string {
  const remote = (absolutePath: string) => `vscode-remote://${server.authority}${encodeURI(absolutePath)}`;
  const payload: [string, string][] = [];
  if (target.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(target.extensionDevelopmentPath)]);
  if (target.extensionTestsPath) payload.push(['extensionTestsPath', remote(target.extensionTestsPath)]);
  for (const file of target.openFiles ?? []) payload.push(['openFile', remote(file)]);
  const query = new URLSearchParams();
  if (target.folder) query.set('folder', target.folder);
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${query.toString()}`;
}
