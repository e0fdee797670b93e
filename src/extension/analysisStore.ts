/**
 * The one analysis store every view reads: a thin vscode adapter over AnalysisCache (cache by URI and
 * version) and KeyedDebouncer (re-analysis after edits). Views call `get` for the current version and
 * listen to `onDidChange`, which fires after the debounced re-analysis of an edited article, or when a
 * worker thread's analysis arrives. Only articles some view has asked for are re-analysed after edits,
 * and none longer than `attributionLens.maxDocumentLength` is analysed at all.
 *
 * A news article (up to IN_PROCESS_LENGTH characters, a few milliseconds of work) is analysed at once
 * on the host's thread, so a hover or the tree has its answer in the same call. A longer document goes
 * to the worker: `get` answers undefined until the analysis of exactly that version arrives (never an
 * older version's ranges), and a result for a version the document has left is dropped.
 */
import * as vscode from 'vscode';
import { documentLength } from './documentLength';
import type { Analysis } from '../engine/types';
import type { Logger } from './log';
import { AnalysisCache, emptyAnalysis, type AnalyzeFunction, type DocumentSnapshot } from './store/analysisCache';
import { isArticleLanguage } from './store/articleLanguages';
import { KeyedDebouncer, realTimers, type TimerApi } from './store/debouncer';
import { maxDocumentLength, tooLongNotice } from './store/lengthLimit';
import type { OffThreadAnalyzer } from './worker/offThreadAnalyzer';

export interface AnalysisChange {
  uri: vscode.Uri;
  version: number;
  analysis: Analysis;
}

export interface AnalysisStoreOptions {
  /** The engine on this thread; tests pass a counting or failing one. */
  analyze: AnalyzeFunction;
  /** The engine in a worker thread, for long documents; undefined where the host has no worker threads. */
  offThread?: OffThreadAnalyzer;
  timers?: TimerApi;
}

const DEFAULT_DEBOUNCE_MS = 300;

/**
 * Longest text analysed on the host's thread when a worker exists: about 6 ms of news prose, and under
 * 50 ms even for text the engine finds ten times harder. Longer documents go to the worker.
 */
export const IN_PROCESS_LENGTH = 10_000;

interface PendingAnalysis {
  version: number;
  abort: AbortController;
  done: Promise<void>;
}

function snapshot(document: vscode.TextDocument): DocumentSnapshot {
  return { key: document.uri.toString(), version: document.version, getText: () => document.getText() };
}

export class AnalysisStore implements vscode.Disposable {
  private readonly cache: AnalysisCache;
  private readonly debouncer: KeyedDebouncer;
  private readonly changeEmitter = new vscode.EventEmitter<AnalysisChange>();
  private readonly articleSetEmitter = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /**
   * URIs of the open articles some view has asked `get` about: only these are worth re-analysing
   * after an edit. A Markdown file the user merely edits, with no Attribution Lens view on it, costs
   * nothing; when a view asks for it later, `get` analyses the version it then has.
   */
  private readonly wanted = new Set<string>();
  /** URIs of articles closed since they were last opened (see onDidOpenTextDocument below). */
  private readonly closedArticles = new Set<string>();
  /** The worker request per document: one version at a time; a newer version withdraws the older. */
  private readonly pending = new Map<string, PendingAnalysis>();
  private readonly offThread: OffThreadAnalyzer | undefined;

  /** Fires after a debounced re-analysis: the analysis of `version` of the document at `uri`. */
  readonly onDidChange: vscode.Event<AnalysisChange> = this.changeEmitter.event;
  /**
   * Fires when which documents count as articles may have changed (the languages setting, or a
   * document's language mode): views re-check `isArticle` and refresh.
   */
  readonly onDidChangeArticleSet: vscode.Event<void> = this.articleSetEmitter.event;

  constructor(private readonly log: Logger, options: AnalysisStoreOptions) {
    const engine = options.analyze;
    this.offThread = options.offThread;
    this.cache = new AnalysisCache(
      (text) => (text.length > this.maxLength() ? emptyAnalysis() : engine(text)),
      (key, version, error) =>
        this.log.trace(`analysis failed for ${key} version ${version}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
    this.debouncer = new KeyedDebouncer(options.timers ?? realTimers);
    this.subscriptions.push(
      this.changeEmitter,
      this.articleSetEmitter,
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.scheduleReanalysis(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri.toString())),
      // Changing a document's language mode closes and reopens it: views must re-check a document
      // that became an article, or one that was an article a moment ago.
      vscode.workspace.onDidOpenTextDocument((document) => {
        const wasArticle = this.closedArticles.delete(document.uri.toString());
        if (wasArticle || this.isArticle(document)) this.articleSetEmitter.fire();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('attributionLens.languages')) this.articleSetEmitter.fire();
        if (event.affectsConfiguration('attributionLens.maxDocumentLength')) this.reanalyseWanted();
      }),
    );
  }

  /** How many times the engine has run since activation; the unit tests check that no version runs twice. */
  get analysisCount(): number {
    return this.cache.analysisCount;
  }

  isArticle(document: vscode.TextDocument): boolean {
    if (document.isClosed) return false;
    const setting = vscode.workspace.getConfiguration('attributionLens', document.uri).get<unknown>('languages');
    return isArticleLanguage(document.languageId, setting);
  }

  /**
   * The analysis of the document's current version, or undefined for non-articles and while a worker
   * analyses it (`onDidChange` then fires with it). A short article is computed now if not cached.
   */
  get(document: vscode.TextDocument): Analysis | undefined {
    if (!this.isArticle(document)) return undefined;
    const key = document.uri.toString();
    this.wanted.add(key);
    const cached = this.cache.peek(key, document.version);
    if (cached) return cached;
    // A worker already has this version: every view asks while it runs, and each read of the text would join a
    // long document's lines again on the host's thread.
    if (this.pending.get(key)?.version === document.version) return undefined;
    // Read once: joining a 5 MB document's lines is itself a few milliseconds of the host's time.
    const text = document.getText();
    if (this.offThread && text.length > IN_PROCESS_LENGTH && text.length <= this.maxLength()) {
      this.analyseOffThread(document, text, this.offThread);
      return undefined;
    }
    const started = Date.now();
    const analysis = this.cache.get(snapshot(document));
    const skipped = this.lengthLimitNotice(document);
    this.log.trace(`${skipped ? 'skipped' : 'analysed'} ${key} version ${document.version}: ` +
      (skipped ?? `${analysis.claims.length} claims, ${analysis.actors.length} actors in ${Date.now() - started} ms`));
    return analysis;
  }

  /** Whether a worker is analysing the document's current version: views say "Analysing…" meanwhile. */
  isPending(document: vscode.TextDocument): boolean {
    return this.pending.get(document.uri.toString())?.version === document.version;
  }

  /** The analysis of the current version, waiting for the worker if need be (commands, the public API). */
  async whenAnalysed(document: vscode.TextDocument): Promise<Analysis | undefined> {
    for (;;) {
      const version = document.version;
      const analysis = this.get(document);
      if (analysis || !this.isPending(document)) return analysis;
      await this.pending.get(document.uri.toString())?.done;
      if (document.version === version) return this.cache.peek(document.uri.toString(), version);
    }
  }

  private analyseOffThread(document: vscode.TextDocument, text: string, offThread: OffThreadAnalyzer): void {
    const key = document.uri.toString();
    const version = document.version;
    const previous = this.pending.get(key);
    if (previous?.version === version) return;
    previous?.abort.abort();
    const abort = new AbortController();
    const started = Date.now();
    const done = offThread.analyze(text, { priority: true, signal: abort.signal }).then((analysis) => {
      this.settle(document, version, analysis, `${analysis.claims.length} claims, ${analysis.actors.length} actors in ${Date.now() - started} ms (worker)`);
    }, (error: unknown) => {
      if (abort.signal.aborted) return; // a newer version took its place
      this.log.trace(`analysis failed for ${key} version ${version}: ${error instanceof Error ? error.message : String(error)}`);
      this.settle(document, version, { actors: [], claims: [] }, 'failed (worker)');
    });
    this.pending.set(key, { version, abort, done });
  }

  /** A worker's result: kept and announced only if the document is still open at that version. */
  private settle(document: vscode.TextDocument, version: number, analysis: Analysis, summary: string): void {
    const key = document.uri.toString();
    if (this.pending.get(key)?.version === version) this.pending.delete(key);
    if (document.isClosed || document.version !== version) {
      this.log.trace(`dropped the analysis of ${key} version ${version}: the document is ${document.isClosed ? 'closed' : `at version ${document.version}`}`);
      return;
    }
    this.cache.put(key, version, analysis);
    this.log.trace(`analysed ${key} version ${version}: ${summary}`);
    this.changeEmitter.fire({ uri: document.uri, version, analysis });
  }

  /**
   * The analysis of the current version only if it is already cached: for work that runs on every
   * keystroke (following the cursor), which must not defeat the debounce by analysing each version.
   */
  peek(document: vscode.TextDocument): Analysis | undefined {
    if (!this.isArticle(document)) return undefined;
    return this.cache.peek(document.uri.toString(), document.version);
  }

  /**
   * Why an article shows no attributions although it may hold some: it is longer than the limit.
   * Views show this instead of "nothing found"; undefined for a document that is analysed.
   */
  lengthLimitNotice(document: vscode.TextDocument): string | undefined {
    if (!this.isArticle(document)) return undefined;
    return tooLongNotice(documentLength(document), this.maxLength(), this.offThread !== undefined);
  }

  private maxLength(): number {
    return maxDocumentLength(vscode.workspace.getConfiguration('attributionLens').get<unknown>('maxDocumentLength'), this.offThread !== undefined);
  }

  /** After the limit changed, analyses made under the old one are dropped and the views told afresh. */
  private reanalyseWanted(): void {
    this.cache.clear();
    for (const document of vscode.workspace.textDocuments) {
      if (this.wanted.has(document.uri.toString())) this.scheduleReanalysis(document);
    }
  }

  private scheduleReanalysis(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.wanted.has(key) || !this.isArticle(document)) return;
    const delay = vscode.workspace.getConfiguration('attributionLens', document.uri).get<number>('debounceMs', DEFAULT_DEBOUNCE_MS);
    this.debouncer.schedule(key, delay, () => {
      // The document object is live: by now it holds the latest edit, or it has been closed.
      const analysis = this.get(document);
      if (!analysis) return;
      this.changeEmitter.fire({ uri: document.uri, version: document.version, analysis });
    });
  }

  private forget(key: string): void {
    this.debouncer.cancel(key);
    this.pending.get(key)?.abort.abort();
    this.pending.delete(key);
    this.cache.delete(key);
    if (this.wanted.delete(key)) this.closedArticles.add(key);
  }

  dispose(): void {
    this.debouncer.dispose();
    for (const request of this.pending.values()) request.abort.abort();
    this.pending.clear();
    this.cache.clear();
    this.wanted.clear();
    this.closedArticles.clear();
    for (const disposable of this.subscriptions.splice(0)) disposable.dispose();
  }
}
