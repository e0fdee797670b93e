/**
 * The index's cache on disk: file summaries by content hash, one JSON file in the extension's storage
 * (the workspace's storageUri, else globalStorageUri). A reload reads it and re-analyses only files whose
 * content changed; saving keeps only the hashes the index still uses, so it never grows without bound.
 */
import * as vscode from 'vscode';
import type { FileSummary } from './fileSummary';
import type { SummaryCache } from './indexFiles';

const FORMAT = 1;

interface StoredCache {
  format: number;
  summaries: Record<string, FileSummary>;
}

export class SummaryStorage implements SummaryCache {
  private summaries = new Map<string, FileSummary>();

  constructor(private readonly folder: vscode.Uri | undefined) {}

  private get file(): vscode.Uri | undefined {
    return this.folder && vscode.Uri.joinPath(this.folder, 'workspace-index.json');
  }

  get size(): number {
    return this.summaries.size;
  }

  get(hash: string): FileSummary | undefined {
    return this.summaries.get(hash);
  }

  set(hash: string, summary: FileSummary): void {
    this.summaries.set(hash, summary);
  }

  /** Reads the cache; a missing, unreadable or older-format file is an empty cache, not an error. */
  async load(): Promise<void> {
    if (!this.file) return;
    try {
      const stored = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file))) as StoredCache;
      if (stored.format === FORMAT && stored.summaries && typeof stored.summaries === 'object') {
        this.summaries = new Map(Object.entries(stored.summaries));
      }
    } catch {
      this.summaries.clear();
    }
  }

  /** Writes the summaries of `used` hashes and forgets the rest. */
  async save(used: ReadonlySet<string>): Promise<void> {
    for (const hash of [...this.summaries.keys()]) if (!used.has(hash)) this.summaries.delete(hash);
    if (!this.folder || !this.file) return;
    const stored: StoredCache = { format: FORMAT, summaries: Object.fromEntries(this.summaries) };
    await vscode.workspace.fs.createDirectory(this.folder);
    await vscode.workspace.fs.writeFile(this.file, new TextEncoder().encode(JSON.stringify(stored)));
  }
}
