/**
 * The workspace index: every file matching `attributionLens.workspace.include`, read through
 * `vscode.workspace.fs` (so virtual workspaces work), analysed in the background by the worker, its
 * summary cached by content hash in the extension's storage. A FileSystemWatcher keeps it current on
 * create, change and delete. It starts when first asked for (the Workspace mode of the Actors view, or
 * "Find Claims by Actor…"), not at activation, and stays off above `attributionLens.workspace.maxFiles`.
 */
import * as vscode from 'vscode';
import type { Logger } from '../log';
import { KeyedDebouncer } from '../store/debouncer';
import { maxDocumentLength } from '../store/lengthLimit';
import { groupActors, type WorkspaceActor } from './actorGroups';
import type { FileSummary } from './fileSummary';
import { indexFile, indexFiles, type IndexEntry, type IndexSource } from './indexFiles';
import { includeGlob, maxFiles, tooManyFilesNotice } from './indexSettings';
import { SummaryStorage } from './summaryStorage';

export type IndexState =
  | { kind: 'idle' }
  | { kind: 'indexing'; done: number; total: number }
  /** `analysed`: files the last full pass analysed; the others' summaries came from the cache. */
  | { kind: 'ready'; files: number; analysed: number }
  | { kind: 'cancelled'; done: number; total: number }
  | { kind: 'off'; message: string };

export interface WorkspaceIndexOptions {
  /** A file's summary from its bytes, for background work (in the worker, as a non-priority job). */
  summarize(bytes: Uint8Array, maxLength: number): Promise<FileSummary>;
  /** Where the cache file goes; undefined keeps the cache in memory only. */
  storage: vscode.Uri | undefined;
  /** Whether analysis runs off the host's thread (decides the length limit). */
  offThread: boolean;
  log: Logger;
}

/** Articles in flight: enough to keep the worker busy while results are summarised. */
const WINDOW = 4;
const WATCH_DEBOUNCE_MS = 200;
const PARTIAL_REFRESH_MS = 1000;

function source(uri: vscode.Uri): IndexSource {
  return { key: uri.toString(), read: () => Promise.resolve(vscode.workspace.fs.readFile(uri)) };
}

export class WorkspaceIndex implements vscode.Disposable {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly storage: SummaryStorage;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly debouncer = new KeyedDebouncer();
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.FileSystemWatcher | undefined;
  private running: Promise<void> | undefined;
  private grouped: WorkspaceActor[] | undefined;
  private current: IndexState = { kind: 'idle' };
  private generation = 0;

  /** Fires when the index's files, actors or state change. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly options: WorkspaceIndexOptions) {
    this.storage = new SummaryStorage(options.storage, (message) => options.log.trace(`workspace index: ${message}`));
    this.disposables.push(this.changeEmitter, vscode.workspace.onDidChangeConfiguration((event) => {
      if (this.current.kind !== 'idle' && (event.affectsConfiguration('attributionLens.workspace') || event.affectsConfiguration('attributionLens.maxDocumentLength'))) {
        void this.rebuild();
      }
    }));
  }

  get state(): IndexState {
    return this.current;
  }

  /** Indexed files (those that could be analysed). */
  get fileCount(): number {
    let count = 0;
    for (const entry of this.entries.values()) if ('hash' in entry) count++;
    return count;
  }

  /** Actors across the workspace, grouped (computed once per change). */
  actors(): WorkspaceActor[] {
    this.grouped ??= groupActors(new Map([...this.entries].flatMap(([uri, entry]) => ('summary' in entry ? [[uri, entry.summary] as const] : []))));
    return this.grouped;
  }

  /** Starts indexing if it has not started; resolves when the first full pass ends (or stops). */
  start(): Promise<void> {
    this.running ??= this.build();
    return this.running;
  }

  /** Forgets the index and builds it again (settings changed, or the user asked). */
  rebuild(): Promise<void> {
    this.generation++;
    this.running = this.build();
    return this.running;
  }

  private setState(state: IndexState): void {
    this.current = state;
    this.changed();
  }

  private changed(): void {
    this.grouped = undefined;
    this.changeEmitter.fire();
  }

  private settings() {
    const config = vscode.workspace.getConfiguration('attributionLens');
    return {
      include: includeGlob(config.get<unknown>('workspace.include')),
      maxFiles: maxFiles(config.get<unknown>('workspace.maxFiles')),
      maxLength: maxDocumentLength(config.get<unknown>('maxDocumentLength'), this.options.offThread),
    };
  }

  private async build(): Promise<void> {
    const generation = this.generation;
    const { include, maxFiles: limit, maxLength } = this.settings();
    this.watch(include);
    const uris = await vscode.workspace.findFiles(include, undefined, limit + 1);
    if (generation !== this.generation) return;
    this.entries.clear();
    if (uris.length > limit) {
      this.options.log.trace(`workspace index: off, more than ${limit} files match ${include}`);
      this.setState({ kind: 'off', message: tooManyFilesNotice(limit, include) });
      return;
    }
    uris.sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
    const total = uris.length;
    const started = Date.now();
    this.setState({ kind: 'indexing', done: 0, total });
    await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification,
      title: 'Attribution Lens: indexing articles',
      cancellable: true,
    }, async (progress, token) => {
      let done = 0;
      let reported = 0;
      let shown = Date.now();
      await indexFiles(uris.map(source), {
        summarize: (bytes) => this.options.summarize(bytes, maxLength),
        cache: this.storage,
        window: WINDOW,
        isCancelled: () => token.isCancellationRequested || generation !== this.generation,
        onFile: (key, entry) => {
          if (generation !== this.generation) return;
          this.entries.set(key, entry);
          done++;
          const percent = Math.floor((done / total) * 100);
          // One report per percent: a notification redrawn for each of 5,000 files is work for nothing.
          if (percent > reported || done === total) {
            progress.report({ message: `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files (${percent}%)`, increment: percent - reported });
            reported = percent;
            this.current = { kind: 'indexing', done, total };
          }
          // The view shows the actors found so far, regrouped once a second rather than per file.
          if (Date.now() - shown >= PARTIAL_REFRESH_MS) {
            shown = Date.now();
            this.changed();
          }
        },
      });
      if (generation !== this.generation) return;
      if (token.isCancellationRequested) {
        this.setState({ kind: 'cancelled', done, total });
      } else {
        let analysed = 0;
        for (const entry of this.entries.values()) if ('cached' in entry && !entry.cached) analysed++;
        this.setState({ kind: 'ready', files: this.fileCount, analysed });
      }
      this.options.log.trace(`workspace index: ${done} of ${total} files in ${Date.now() - started} ms${token.isCancellationRequested ? ' (cancelled)' : ''}`);
    });
    if (generation === this.generation && this.current.kind === 'ready') await this.prune();
  }

  private watch(include: string): void {
    this.watcher?.dispose();
    this.watcher = vscode.workspace.createFileSystemWatcher(include);
    const update = (uri: vscode.Uri) => this.debouncer.schedule(uri.toString(), WATCH_DEBOUNCE_MS, () => void this.updateFile(uri));
    this.watcher.onDidCreate(update);
    this.watcher.onDidChange(update);
    this.watcher.onDidDelete((uri) => {
      this.debouncer.cancel(uri.toString());
      if (this.entries.delete(uri.toString())) this.changed();
    });
  }

  /** Re-indexes one file after the watcher saw it created or changed. */
  private async updateFile(uri: vscode.Uri): Promise<void> {
    if (this.current.kind === 'off' || this.current.kind === 'idle') return;
    const generation = this.generation;
    const entry = await indexFile(source(uri), { summarize: (bytes) => this.options.summarize(bytes, this.settings().maxLength), cache: this.storage });
    if (generation !== this.generation) return;
    this.entries.set(uri.toString(), entry);
    this.options.log.trace(`workspace index: updated ${uri.toString()}${'error' in entry ? `: ${entry.error}` : ''}`);
    if (this.current.kind === 'ready') this.current = { ...this.current, files: this.fileCount };
    this.changed();
  }

  /** After a full pass: the cache keeps only the summaries of the files indexed now. */
  private async prune(): Promise<void> {
    const used = new Set<string>();
    for (const entry of this.entries.values()) if ('hash' in entry) used.add(entry.hash);
    await this.storage.prune(used);
  }

  dispose(): void {
    this.generation++;
    this.debouncer.dispose();
    this.watcher?.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
