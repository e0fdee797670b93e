/**
 * Shared helpers for the tests that run inside VS Code: reaching the extension's API, opening the
 * workspace's articles, and waiting (with a deadline, never forever) for asynchronous effects.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AttributionLensApi } from '../../../src/extension/api';
// The extension's own contract for what a claim row is (pure, no vscode import), not a copy of it.
import { isClaimRef, type ClaimRef } from '../../../src/extension/claimRef';

export const EXTENSION_ID = 'attribution-lens.attribution-lens';

export function extension(): vscode.Extension<AttributionLensApi> {
  const found = vscode.extensions.getExtension<AttributionLensApi>(EXTENSION_ID);
  assert.ok(found, `extension ${EXTENSION_ID} is not loaded in this VS Code`);
  return found;
}

export async function api(): Promise<AttributionLensApi> {
  const exports = await extension().activate();
  assert.ok(exports && typeof exports.getAnalysis === 'function', 'activate() did not return the AttributionLensApi');
  return exports;
}

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need the prepared workspace folder to be open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function workspaceFileExists(name: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(workspaceUri(name));
    return true;
  } catch {
    return false;
  }
}

/** Opens a workspace file in the active editor column and returns its editor. */
export async function openInEditor(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
}

/** Polls `probe` until it returns something other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The first event that satisfies `accept`. Subscribe BEFORE triggering the action that fires it:
 * call this, then act, then await the promise.
 */
export function nextEvent<T>(event: vscode.Event<T>, what: string, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const subscription = event((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

/**
 * All text our (or any) hover providers return at a position, as one string, with Markdown's
 * backslash escapes removed so that names read as the user sees them ("Dmitri S. Peskov").
 */
export async function hoverTextAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** A tree item's label as plain text, whichever form the provider used. */
export function labelText(item: vscode.TreeItem): string {
  const label = item.label;
  if (label === undefined) return '';
  return typeof label === 'string' ? label : label.label;
}

export interface ActorRow {
  label: string;
  item: vscode.TreeItem;
  /** The heading row it sits under ("Also mentioned"), or undefined for a top-level actor. */
  group: string | undefined;
  claims: { ref: ClaimRef; item: vscode.TreeItem }[];
}

/**
 * The Actors tree as the user sees it: every actor row with its claim rows. Heading rows (context
 * value "group", e.g. "Also mentioned") are opened and their actors listed with `group` set.
 */
export async function readActorsTree(tree: vscode.TreeDataProvider<unknown>): Promise<ActorRow[]> {
  const rows: ActorRow[] = [];
  const visit = async (nodes: readonly unknown[], group: string | undefined) => {
    for (const node of nodes) {
      const item = await tree.getTreeItem(node);
      const children = (await tree.getChildren(node)) ?? [];
      if (item.contextValue === 'group') {
        await visit(children, labelText(item));
        continue;
      }
      const claims: ActorRow['claims'] = [];
      for (const child of children) {
        if (isClaimRef(child)) claims.push({ ref: child, item: await tree.getTreeItem(child) });
      }
      rows.push({ label: labelText(item), item, group, claims });
    }
  };
  await visit((await tree.getChildren(undefined)) ?? [], undefined);
  return rows;
}

/** Reads the workspace file as UTF-8 text. */
export async function readWorkspaceText(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(name)));
}
