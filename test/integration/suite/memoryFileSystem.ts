/**
 * A small in-memory file system for the export tests: a target that is not a file on disk, as in a
 * virtual or remote workspace, is written through VS Code's file system API. Folders are implied by
 * the files in them. A folder named "locked" refuses writes, "norename" refuses renames, and "notemp"
 * refuses to rename a temporary file, so the tests can see a failure at each step.
 */
import * as vscode from 'vscode';

export class MemoryFileSystem implements vscode.FileSystemProvider {
  readonly files = new Map<string, Uint8Array>();
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    if (file) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: file.length };
    if (uri.path === '/' || [...this.files.keys()].some((name) => name.startsWith(`${uri.path}/`))) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(): void {
    // Folders exist implicitly.
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    if (uri.path.includes('/locked/')) throw vscode.FileSystemError.NoPermissions(uri);
    this.files.set(uri.path, content);
  }

  delete(uri: vscode.Uri): void {
    if (!this.files.delete(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
  }

  rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite: boolean }): void {
    if (to.path.includes('/norename/') || (to.path.includes('/notemp/') && from.path.endsWith('.tmp'))) throw vscode.FileSystemError.NoPermissions(to);
    if (this.files.has(to.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    const file = this.readFile(from);
    this.files.delete(from.path);
    this.files.set(to.path, file);
  }
}
