/**
 * Writes an export file atomically wherever the save dialog pointed: a file on disk through the shared
 * atomicWrite (temporary file, flush, rename over the target); any other file system (a virtual
 * workspace) through VS Code's file system API. There a rename "with overwrite" deletes the target
 * first, so a failed rename would lose the old file: instead the old file is moved aside, the
 * temporary file renamed into place, and the old one removed only then, or moved back on failure.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { ExportWriteError, writeFileAtomic } from '../../export/atomicWrite';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function writeThroughWorkspace(target: vscode.Uri, data: string): Promise<void> {
  const fs = vscode.workspace.fs;
  const sibling = (ending: string) =>
    vscode.Uri.joinPath(target, '..', `.${target.path.split('/').pop() ?? 'export'}.${randomBytes(6).toString('hex')}.${ending}`);
  const temporary = sibling('tmp');
  const previous = (await exists(target)) ? sibling('old') : undefined;
  let movedAside = false;
  try {
    await fs.writeFile(temporary, new TextEncoder().encode(data));
    if (previous) {
      await fs.rename(target, previous, { overwrite: false });
      movedAside = true;
    }
    await fs.rename(temporary, target, { overwrite: false });
  } catch (error) {
    await Promise.resolve(fs.delete(temporary)).catch(() => undefined);
    if (previous && movedAside) await Promise.resolve(fs.rename(previous, target, { overwrite: true })).catch(() => undefined);
    throw new ExportWriteError(target.toString(), error instanceof Error ? error.message : String(error));
  }
  if (previous) await Promise.resolve(fs.delete(previous)).catch(() => undefined);
}

export function writeExportFile(target: vscode.Uri, data: string): Promise<void> {
  return target.scheme === 'file' ? writeFileAtomic(target.fsPath, data) : writeThroughWorkspace(target, data);
}
