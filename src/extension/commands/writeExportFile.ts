/**
 * Writes an export file atomically wherever the save dialog pointed: a file on disk through the shared
 * atomicWrite (temporary file, flush, rename); any other file system (a virtual or remote workspace)
 * through VS Code's file system API, with the same temporary-file-then-rename steps.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { ExportWriteError, writeFileAtomic } from '../../export/atomicWrite';

async function writeThroughWorkspace(target: vscode.Uri, data: string): Promise<void> {
  const name = target.path.split('/').pop() ?? 'export';
  const temporary = vscode.Uri.joinPath(target, '..', `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(data));
    await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    const reason = error instanceof vscode.FileSystemError ? error.message : String(error);
    throw new ExportWriteError(target.toString(), reason);
  }
}

export function writeExportFile(target: vscode.Uri, data: string): Promise<void> {
  return target.scheme === 'file' ? writeFileAtomic(target.fsPath, data) : writeThroughWorkspace(target, data);
}
