/**
 * The index's cache on disk: one small JSON file per content hash under `index-cache/` in the
 * extension's storage (the workspace's storageUri, else globalStorageUri). A reload reads the summary
 * of each unchanged file instead of analysing it again; one file per summary means no save ever
 * serialises the whole index on the host's thread, and a change rewrites only its own file. Pruning
 * after a full pass deletes the summaries no file uses any more, so the cache never grows without bound.
 */
import * as vscode from 'vscode';
import type { FileSummary } from './fileSummary';
import type { SummaryCache } from './indexFiles';

/** Bumped when FileSummary changes shape: files of another format are not read. */
const FORMAT = 1;

interface StoredSummary {
  format: number;
  summary: FileSummary;
}

const HASH = /^[0-9a-f]{64}$/;

export class SummaryStorage implements SummaryCache {
  constructor(private readonly storage: vscode.Uri | undefined, private readonly onError: (message: string) => void) {}

  private get folder(): vscode.Uri | undefined {
    return this.storage && vscode.Uri.joinPath(this.storage, 'index-cache');
  }

  private file(hash: string): vscode.Uri | undefined {
    return HASH.test(hash) && this.folder ? vscode.Uri.joinPath(this.folder, `${hash}.json`) : undefined;
  }

  /** The stored summary; a missing, unreadable or older-format file is a miss, not an error. */
  async get(hash: string): Promise<FileSummary | undefined> {
    const file = this.file(hash);
    if (!file) return undefined;
    try {
      const stored = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as StoredSummary;
      return stored.format === FORMAT && Array.isArray(stored.summary?.actors) ? stored.summary : undefined;
    } catch {
      return undefined;
    }
  }

  set(hash: string, summary: FileSummary): void {
    const file = this.file(hash);
    if (!file || !this.folder) return;
    const stored: StoredSummary = { format: FORMAT, summary };
    void Promise.resolve(vscode.workspace.fs.createDirectory(this.folder))
      .then(() => vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(stored))))
      .then(undefined, (error: unknown) => this.onError(`could not cache a summary: ${String(error)}`));
  }

  /** Deletes the stored summaries of hashes not in `used`. */
  async prune(used: ReadonlySet<string>): Promise<void> {
    if (!this.folder) return;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(this.folder);
    } catch {
      return; // nothing cached yet
    }
    for (const [name] of entries) {
      const hash = name.replace(/\.json$/, '');
      if (HASH.test(hash) && !used.has(hash)) {
        try {
          await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.folder, name));
        } catch (error) {
          this.onError(`could not prune ${name}: ${String(error)}`);
        }
      }
    }
  }
}
