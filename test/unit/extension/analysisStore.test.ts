/**
 * The vscode adapter of the analysis store, against a minimal in-memory `vscode` (documents, events,
 * settings) and a fake clock: what the views rely on — one analysis per version, debounced change
 * events carrying the current version, nothing for non-articles, closed documents forgotten.
 */
import * as assert from 'node:assert/strict';
import Module = require('node:module');
import type * as vscodeTypes from 'vscode';
import type { Analysis } from '../../../src/engine/types';
import type { AnalysisChange, AnalysisStore as AnalysisStoreClass } from '../../../src/extension/analysisStore';
import { FakeClock } from './fakeClock';
import { FakeTextLines } from '../fakeTextLines';

class Emitter<T> {
  private listeners: ((value: T) => void)[] = [];
  readonly event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => { this.listeners = this.listeners.filter((entry) => entry !== listener); } };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class FakeDocument extends FakeTextLines {
  version = 1;
  isClosed = false;
  constructor(readonly uri: { toString(): string }, public languageId: string, text: string) {
    super(text);
  }
}

const settings = new Map<string, unknown>();
const events = {
  change: new Emitter<{ document: FakeDocument; contentChanges: unknown[] }>(),
  close: new Emitter<FakeDocument>(),
  open: new Emitter<FakeDocument>(),
  configuration: new Emitter<{ affectsConfiguration(section: string): boolean }>(),
};
const fakeVscode = {
  EventEmitter: Emitter,
  window: { activeTextEditor: undefined },
  workspace: {
    textDocuments: [] as FakeDocument[],
    onDidChangeTextDocument: events.change.event,
    onDidCloseTextDocument: events.close.event,
    onDidOpenTextDocument: events.open.event,
    onDidChangeConfiguration: events.configuration.event,
    getConfiguration: (section?: string) => ({
      get: (key: string, fallback?: unknown) => settings.get(section ? `${section}.${key}` : key) ?? fallback,
    }),
  },
};

const moduleInternals = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };

describe('extension: AnalysisStore (vscode adapter)', () => {
  let AnalysisStore: typeof AnalysisStoreClass;
  let clock: FakeClock;
  let analysed: string[];
  let traces: string[];
  let store: AnalysisStoreClass;
  let changes: AnalysisChange[];

  before(() => {
    const originalLoad = moduleInternals._load;
    moduleInternals._load = function load(request, parent, isMain) {
      return request === 'vscode' ? fakeVscode : originalLoad.call(this, request, parent, isMain);
    };
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      ({ AnalysisStore } = require('../../../src/extension/analysisStore') as typeof import('../../../src/extension/analysisStore'));
    } finally {
      moduleInternals._load = originalLoad;
    }
  });

  beforeEach(() => {
    settings.clear();
    fakeVscode.workspace.textDocuments = [];
    clock = new FakeClock();
    analysed = [];
    traces = [];
    changes = [];
    const analyze = (text: string): Analysis => {
      analysed.push(text);
      if (text.includes('CRASH')) throw new Error('engine failure');
      return { actors: [], claims: [] };
    };
    store = new AnalysisStore({ trace: (message) => traces.push(message) }, { analyze, timers: clock });
    store.onDidChange((change) => changes.push(change));
  });

  afterEach(() => store.dispose());

  const asDocument = (document: FakeDocument) => document as unknown as vscodeTypes.TextDocument;
  const uri = (value: string) => ({ toString: () => value });

  function edit(document: FakeDocument, text: string): void {
    document.text = text;
    document.version++;
    events.change.fire({ document, contentChanges: [{}] });
  }

  it('analyses each version of an article once, on demand', () => {
    const document = new FakeDocument(uri('file:///a.article'), 'article', 'one');
    const first = store.get(asDocument(document));
    assert.ok(first);
    assert.equal(store.get(asDocument(document)), first);
    assert.equal(store.analysisCount, 1);
    document.version = 2;
    document.text = 'two';
    assert.notEqual(store.get(asDocument(document)), first, 'a new version is not served the old analysis');
    assert.deepEqual(analysed, ['one', 'two']);
  });

  it('answers undefined, and analyses nothing, for a language the setting does not list', () => {
    const code = new FakeDocument(uri('file:///a.ts'), 'typescript', 'const x = 1;');
    assert.equal(store.isArticle(asDocument(code)), false);
    assert.equal(store.get(asDocument(code)), undefined);
    settings.set('attributionLens.languages', ['typescript']);
    assert.equal(store.isArticle(asDocument(code)), true);
    assert.equal(store.isArticle(asDocument(new FakeDocument(uri('file:///b.md'), 'markdown', ''))), false);
    assert.equal(analysed.length, 0);
  });

  it('re-analyses once after a burst of edits, debounced by attributionLens.debounceMs, and reports the current version', () => {
    settings.set('attributionLens.debounceMs', 500);
    const document = new FakeDocument(uri('file:///a.article'), 'article', 'v1');
    store.get(asDocument(document));
    edit(document, 'v2');
    clock.advance(200);
    edit(document, 'v3');
    clock.advance(499);
    assert.equal(changes.length, 0, 'nothing before the delay has passed since the last edit');
    clock.advance(1);
    assert.equal(changes.length, 1);
    assert.equal(changes[0].version, 3);
    assert.equal(changes[0].uri, document.uri);
    assert.deepEqual(analysed, ['v1', 'v3'], 'the intermediate version was never analysed');
  });

  it('does not analyse again when a view already asked for the edited version before the debounce fired', () => {
    const document = new FakeDocument(uri('file:///a.article'), 'article', 'v1');
    store.get(asDocument(document));
    edit(document, 'v2');
    const early = store.get(asDocument(document));
    clock.advance(300);
    assert.equal(changes.length, 1);
    assert.equal(changes[0].analysis, early);
    assert.deepEqual(analysed, ['v1', 'v2']);
  });

  it('does not re-analyse edits to an article no view has asked about, until one does', () => {
    const document = new FakeDocument(uri('file:///notes.md'), 'markdown', 'v1');
    edit(document, 'v2');
    edit(document, 'v3');
    clock.advance(1000);
    assert.deepEqual(changes, []);
    assert.equal(store.analysisCount, 0, 'editing a Markdown file with no view on it costs no analysis');
    assert.ok(store.get(asDocument(document)));
    edit(document, 'v4');
    clock.advance(300);
    assert.deepEqual(analysed, ['v3', 'v4']);
    assert.equal(changes.length, 1);
  });

  it('peek never analyses', () => {
    const document = new FakeDocument(uri('file:///a.article'), 'article', 'v1');
    assert.equal(store.peek(asDocument(document)), undefined);
    const analysis = store.get(asDocument(document));
    assert.equal(store.peek(asDocument(document)), analysis);
    edit(document, 'v2');
    assert.equal(store.peek(asDocument(document)), undefined, 'the old version is not peeked either');
    assert.equal(store.analysisCount, 1);
  });

  it('ignores edits to non-articles and changes without content', () => {
    const code = new FakeDocument(uri('file:///a.ts'), 'typescript', 'x');
    edit(code, 'y');
    const article = new FakeDocument(uri('file:///a.article'), 'article', 'v1');
    events.change.fire({ document: article, contentChanges: [] });
    clock.advance(1000);
    assert.deepEqual(changes, []);
    assert.equal(store.analysisCount, 0);
  });

  it('forgets a closed document: its pending re-analysis is cancelled and its entry dropped', () => {
    const document = new FakeDocument(uri('file:///a.article'), 'article', 'v1');
    store.get(asDocument(document));
    edit(document, 'v2');
    document.isClosed = true;
    events.close.fire(document);
    clock.advance(1000);
    assert.deepEqual(changes, []);
    document.isClosed = false;
    assert.equal(store.peek(asDocument(document)), undefined);
  });

  it('catches an engine failure: an empty analysis, a trace line, and no retry of that version', () => {
    const document = new FakeDocument(uri('file:///bad.article'), 'article', 'CRASH');
    assert.deepEqual(store.get(asDocument(document)), { actors: [], claims: [] });
    assert.deepEqual(store.get(asDocument(document)), { actors: [], claims: [] });
    assert.equal(store.analysisCount, 1);
    assert.ok(traces.some((line) => line.includes('analysis failed') && line.includes('engine failure')), traces.join('\n'));
  });

  it('never hands a document longer than attributionLens.maxDocumentLength to the engine, and says why', () => {
    settings.set('attributionLens.maxDocumentLength', 10);
    const long = new FakeDocument(uri('file:///huge.txt'), 'plaintext', 'x'.repeat(11));
    assert.deepEqual(store.get(asDocument(long)), { actors: [], claims: [] });
    assert.deepEqual(analysed, [], 'the engine never saw the long text');
    assert.match(store.lengthLimitNotice(asDocument(long)) ?? '', /11 characters, more than the 10 /);
    assert.ok(traces.some((line) => line.startsWith('skipped file:///huge.txt')), traces.join('\n'));
    const short = new FakeDocument(uri('file:///short.txt'), 'plaintext', 'x'.repeat(10));
    store.get(asDocument(short));
    assert.deepEqual(analysed, ['x'.repeat(10)]);
    assert.equal(store.lengthLimitNotice(asDocument(short)), undefined);
    assert.equal(store.lengthLimitNotice(asDocument(new FakeDocument(uri('file:///a.ts'), 'typescript', 'x'.repeat(99)))), undefined,
      'a document that is no article has no limit to be over');
  });

  it('re-analyses the articles views asked about when the limit is raised, and tells them', () => {
    settings.set('attributionLens.maxDocumentLength', 3);
    const document = new FakeDocument(uri('file:///long.article'), 'article', 'long text');
    const unseen = new FakeDocument(uri('file:///other.article'), 'article', 'other text');
    fakeVscode.workspace.textDocuments = [document, unseen];
    store.get(asDocument(document));
    settings.set('attributionLens.maxDocumentLength', 100);
    events.configuration.fire({ affectsConfiguration: (section) => section === 'attributionLens.maxDocumentLength' });
    clock.advance(300);
    assert.deepEqual(analysed, ['long text'], 'only the article a view asked about, and only under the new limit');
    assert.equal(changes.length, 1);
    assert.equal(changes[0].uri, document.uri);
    assert.equal(store.lengthLimitNotice(asDocument(document)), undefined);
  });

  it('tells views when the set of articles changes (languages setting, or a document becoming an article)', () => {
    let fired = 0;
    store.onDidChangeArticleSet(() => fired++);
    events.configuration.fire({ affectsConfiguration: (section) => section === 'attributionLens.languages' });
    events.configuration.fire({ affectsConfiguration: () => false });
    assert.equal(fired, 1);
    events.open.fire(new FakeDocument(uri('file:///x.article'), 'article', ''));
    events.open.fire(new FakeDocument(uri('file:///x.ts'), 'typescript', ''));
    assert.equal(fired, 2);
    // A language change closes and reopens the document: an article that became TypeScript is re-checked.
    const article = new FakeDocument(uri('file:///y.txt'), 'plaintext', 'text');
    store.get(asDocument(article));
    events.close.fire(article);
    events.open.fire(new FakeDocument(uri('file:///y.txt'), 'typescript', 'text'));
    assert.equal(fired, 3);
  });

  describe('with a worker thread', () => {
    interface Request { text: string; priority?: boolean; signal?: AbortSignal; resolve(analysis: Analysis): void; reject(error: Error): void }
    let requests: Request[];
    let workerStore: AnalysisStoreClass;
    let workerChanges: AnalysisChange[];
    const LONG = 'x'.repeat(20_000);
    const found = (name: string): Analysis => ({ actors: [{ id: 'a1', name, aliases: [], named: true, kind: 'person', role: null, mentions: [] }], claims: [] });

    beforeEach(() => {
      requests = [];
      workerChanges = [];
      const offThread = {
        analyze: (text: string, options: { priority?: boolean; signal?: AbortSignal } = {}) =>
          new Promise<Analysis>((resolve, reject) => {
            requests.push({ text, ...options, resolve, reject });
            options.signal?.addEventListener('abort', () => reject(Object.assign(new Error('withdrawn'), { name: 'AbortError' })));
          }),
        summarize: () => Promise.reject(new Error('the store never asks for a summary')),
        dispose: () => undefined,
      };
      workerStore = new AnalysisStore({ trace: (message) => traces.push(message) }, { analyze: (text) => { analysed.push(text); return found('in process'); }, offThread, timers: clock });
      workerStore.onDidChange((change) => workerChanges.push(change));
    });
    afterEach(() => workerStore.dispose());

    it('analyses a short article at once on this thread and sends a long one to the worker, as a priority job', async () => {
      const short = new FakeDocument(uri('file:///short.article'), 'article', 'Ana Ruiz said so.');
      assert.equal(workerStore.get(asDocument(short))?.actors[0].name, 'in process');
      const long = new FakeDocument(uri('file:///long.article'), 'article', LONG);
      assert.equal(workerStore.get(asDocument(long)), undefined, 'nothing while the worker has it');
      assert.equal(workerStore.isPending(asDocument(long)), true);
      assert.equal(workerStore.get(asDocument(long)), undefined);
      assert.equal(requests.length, 1, 'one request per version');
      assert.equal(requests[0].priority, true);
      requests[0].resolve(found('Ana Ruiz'));
      await Promise.resolve();
      await Promise.resolve();
      assert.equal(workerChanges.length, 1);
      assert.equal(workerChanges[0].version, 1);
      assert.equal(workerStore.get(asDocument(long))?.actors[0].name, 'Ana Ruiz');
      assert.equal(workerStore.isPending(asDocument(long)), false);
      assert.deepEqual(analysed, ['Ana Ruiz said so.']);
    });

    it('reads a long document\'s text once per version, however often views ask while the worker has it', () => {
      const long = new FakeDocument(uri('file:///long.article'), 'article', LONG);
      let reads = 0;
      const read = long.getText.bind(long);
      long.getText = () => { reads++; return read(); };
      for (let i = 0; i < 5; i++) {
        assert.equal(workerStore.get(asDocument(long)), undefined);
        assert.equal(workerStore.lengthLimitNotice(asDocument(long)), undefined);
      }
      assert.equal(reads, 1);
      assert.equal(requests.length, 1);
    });

    it('drops the result of a version the document has left and withdraws its request', async () => {
      const long = new FakeDocument(uri('file:///long.article'), 'article', LONG);
      fakeVscode.workspace.textDocuments = [long];
      workerStore.get(asDocument(long));
      long.text = `${LONG}y`;
      long.version = 2;
      assert.equal(workerStore.get(asDocument(long)), undefined, 'never the old version\'s ranges');
      assert.equal(requests.length, 2);
      assert.equal(requests[0].signal?.aborted, true);
      requests[0].resolve(found('old'));
      requests[1].resolve(found('new'));
      const analysis = await workerStore.whenAnalysed(asDocument(long));
      assert.equal(analysis?.actors[0].name, 'new');
      assert.deepEqual(workerChanges.map((change) => change.version), [2]);
    });

    it('stores nothing for a document closed while the worker had it', async () => {
      const long = new FakeDocument(uri('file:///long.article'), 'article', LONG);
      workerStore.get(asDocument(long));
      long.isClosed = true;
      events.close.fire(long);
      requests[0].resolve(found('late'));
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(workerChanges.length, 0);
    });

    it('answers a worker failure with an empty analysis for that version, and says so in the trace', async () => {
      const long = new FakeDocument(uri('file:///long.article'), 'article', LONG);
      const waiting = workerStore.whenAnalysed(asDocument(long));
      requests[0].reject(new Error('the analysis worker exited with code 1'));
      assert.deepEqual(await waiting, { actors: [], claims: [] });
      assert.ok(traces.some((line) => line.includes('exited with code 1')), traces.join('\n'));
    });
  });
});
