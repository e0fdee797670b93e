import * as assert from 'node:assert/strict';
import type * as vscodeTypes from 'vscode';
import type { ReadingViewRenderEvent } from '../../src/extension/api';
import type { Analysis } from '../../src/engine/types';
import {
  FakeDocument, FakeEditor, FakeEventEmitter, FakeUri, fakeVscode, installFakeVscode, type FakeWebviewPanel,
} from './readingViewFakeVscode';

type ReadingViewModule = typeof import('../../src/extension/readingView/index');

const text = 'Talks Resume\nThe envoy said "we are close" on Monday.\nMore talks are planned.';
const quote = text.indexOf('"we are close"');
const analysis: Analysis = {
  actors: [{ id: 'a1', name: 'Lena Ortiz', kind: 'person', role: 'envoy', aliases: [], named: true, mentions: [] }],
  claims: [{
    id: 'c1', actor: 'a1', kind: 'direct', sourcing: 'named', content: { start: quote, end: quote + 14, text: '"we are close"' }, parts: [{ start: quote, end: quote + 14, text: '"we are close"' }],
    quotes: [{ start: quote, end: quote + 14, text: '"we are close"' }], cue: null, source: null, confidence: 0.9, evidence: 'subject of "said"',
  }],
};

/** The store as the reading view sees it: get / isArticle / onDidChange. */
function fakeStore() {
  const changes = new FakeEventEmitter<{ uri: FakeUri; version: number; analysis: Analysis }>();
  const gets: number[] = [];
  return {
    changes,
    gets,
    get(document: FakeDocument) {
      gets.push(document.version);
      return document.languageId === 'article' && !this.pendingVersions.has(document.version) ? analysis : undefined;
    },
    isArticle: (document: FakeDocument) => document.languageId === 'article',
    /** Versions a worker is analysing; tests add them. */
    pendingVersions: new Set<number>(),
    isPending(document: FakeDocument): boolean {
      return this.pendingVersions.has(document.version);
    },
    /** What the store says of an article too long to analyse; tests set it. */
    tooLong: undefined as string | undefined,
    lengthLimitNotice(): string | undefined {
      return this.tooLong;
    },
    onDidChange: changes.event,
  };
}

describe('reading view host', () => {
  let uninstall: () => void;
  let readingView: ReadingViewModule;
  let store: ReturnType<typeof fakeStore>;
  let context: { subscriptions: { dispose(): void }[]; extensionUri: FakeUri };
  let controller: ReturnType<ReadingViewModule['registerReadingView']>;
  let renders: ReadingViewRenderEvent[];
  let logged: string[];
  let document: FakeDocument;

  before(() => {
    uninstall = installFakeVscode();
    readingView = require('../../src/extension/readingView/index') as ReadingViewModule;
  });
  after(() => uninstall());

  beforeEach(() => {
    fakeVscode.reset();
    store = fakeStore();
    logged = [];
    renders = [];
    context = { subscriptions: [], extensionUri: FakeUri.file('/ext') };
    controller = readingView.registerReadingView(
      context as unknown as vscodeTypes.ExtensionContext, store as unknown as Parameters<ReadingViewModule['registerReadingView']>[1],
      { trace: (message) => logged.push(message) });
    controller.onDidRender((event) => renders.push(event));
    document = new FakeDocument(FakeUri.file('/news/talks.article'), text, 3);
    fakeVscode.workspace.textDocuments.push(document);
  });
  afterEach(() => {
    for (const subscription of context.subscriptions) subscription.dispose();
  });

  const open = (claimId?: string) => controller.open(document as unknown as vscodeTypes.TextDocument, claimId);
  const onlyPanel = (): FakeWebviewPanel => {
    assert.equal(fakeVscode.window.panels.length, 1);
    return fakeVscode.window.panels[0];
  };
  const uri = () => document.uri.toString();

  it('opens one panel beside the editor with a locked-down webview, and reuses it', () => {
    open();
    const panel = onlyPanel();
    assert.equal(panel.viewType, 'attributionLens.readingView');
    assert.equal(panel.title, 'Reading: talks.article');
    assert.deepEqual(panel.showOptions, { viewColumn: fakeVscode.ViewColumn.Beside, preserveFocus: true });
    const options = panel.webview.options as { enableScripts: boolean; retainContextWhenHidden: boolean; localResourceRoots: FakeUri[] };
    assert.equal(options.enableScripts, true);
    assert.equal(options.retainContextWhenHidden, false);
    assert.deepEqual(options.localResourceRoots.map((root) => root.toString()), ['file:///ext/media']);
    assert.match(panel.webview.html, /script-src &#39;nonce-[A-Za-z0-9]{64}&#39;/);
    assert.ok(panel.webview.html.includes('src="https://fake.csp/ext/media/readingView.js"'));
    open();
    assert.equal(onlyPanel().revealCount, 1, 'the second open reveals the same panel');
    assert.deepEqual(store.gets, [3], 'the document is analysed once, through the store');
  });

  it('posts nothing before the webview is ready, then the render of the current version', () => {
    open();
    const { webview } = onlyPanel();
    assert.equal(webview.posted.length, 0);
    webview.send({ type: 'ready', uri: uri() });
    const [render] = webview.postedOfType('render');
    assert.equal(render.version, 3);
    assert.equal(render.uri, uri());
    assert.match(String(render.bodyHtml), /data-claim-id="c1"/);
    assert.equal((render.cards as unknown[]).length, 1);
  });

  it('reports didRender through onDidRender and drops messages about other documents or malformed ones', () => {
    open();
    const { webview } = onlyPanel();
    webview.send({ type: 'ready', uri: uri() });
    webview.send({ type: 'didRender', uri: 'file:///other.article', version: 3, claimCount: 9, actorCount: 9 });
    webview.send({ type: 'didRender', uri: uri(), version: 3, claimCount: '1' });
    webview.send('nonsense');
    assert.equal(renders.length, 0);
    webview.send({ type: 'didRender', uri: uri(), version: 3, claimCount: 1, actorCount: 1, balanceBars: 1 });
    assert.deepEqual(renders, [{ uri: uri(), version: 3, claimCount: 1, actorCount: 1, balanceBars: 1 }]);
  });

  it('follows edits and drops stale analyses', () => {
    open();
    const { webview } = onlyPanel();
    webview.send({ type: 'ready', uri: uri() });
    document.edit(`${text}\nA new line.`); // version 4
    store.changes.fire({ uri: document.uri, version: 3, analysis }); // late result for the old version
    assert.equal(webview.postedOfType('render').length, 1, 'an analysis of an outdated version is not shown');
    store.changes.fire({ uri: document.uri, version: 4, analysis });
    const renders = webview.postedOfType('render');
    assert.equal(renders.length, 2);
    assert.equal(renders[1].version, 4);
    assert.match(String(renders[1].bodyHtml), /A new line\./);
    store.changes.fire({ uri: FakeUri.file('/news/other.article'), version: 4, analysis });
    assert.equal(webview.postedOfType('render').length, 2, 'other documents are not this panel\'s business');
  });

  it('re-sends the last render when a hidden webview reloads, not while it is hidden', () => {
    open();
    const panel = onlyPanel();
    panel.webview.send({ type: 'ready', uri: uri() });
    panel.setVisible(false);
    document.edit(`${text}\nHidden edit.`);
    store.changes.fire({ uri: document.uri, version: 4, analysis });
    assert.equal(panel.webview.postedOfType('render').length, 1);
    panel.setVisible(true);
    panel.webview.send({ type: 'ready', uri: uri() });
    const renders = panel.webview.postedOfType('render');
    assert.equal(renders.length, 2);
    assert.equal(renders[1].version, 4);
  });

  it('accepts a reopened document whose versions restart', () => {
    open();
    const { webview } = onlyPanel();
    webview.send({ type: 'ready', uri: uri() });
    fakeVscode.workspace.closeEmitter.fire(document);
    webview.send({ type: 'ready', uri: uri() }); // a reload meanwhile still shows what was rendered
    document.version = 1;
    store.changes.fire({ uri: document.uri, version: 1, analysis });
    assert.deepEqual(webview.postedOfType('render').map((message) => message.version), [3, 3, 1]);
  });

  it('reveals a clicked claim in the Actors tree and the editor', async () => {
    open();
    const { webview } = onlyPanel();
    webview.send({ type: 'ready', uri: uri() });
    webview.send({ type: 'didClickClaim', uri: uri(), claimId: 'c1' });
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(fakeVscode.commands.executed, [
      { command: 'attributionLens.showInActors', args: [{ uri: uri(), claimId: 'c1' }] },
      { command: 'attributionLens.revealRange', args: [{ uri: uri(), claimId: 'c1' }] },
    ]);
  });

  it('showInReadingView opens the claim\'s document and focuses the claim once rendered', async () => {
    await fakeVscode.commands.executeCommand('attributionLens.showInReadingView', { uri: uri(), claimId: 'c1' });
    const { webview } = onlyPanel();
    assert.equal(webview.posted.length, 0);
    webview.send({ type: 'ready', uri: uri() });
    assert.deepEqual(webview.posted.map((message) => message.type), ['render', 'focusClaim']);
    assert.equal(webview.posted[1].claimId, 'c1');
    await fakeVscode.commands.executeCommand('attributionLens.showInReadingView', { uri: uri(), claimId: 'c1' });
    assert.deepEqual(webview.posted.map((message) => message.type), ['render', 'focusClaim', 'focusClaim']);
  });

  it('openReadingView uses the active editor, and says what to do without one', async () => {
    await fakeVscode.commands.executeCommand('attributionLens.openReadingView');
    assert.equal(fakeVscode.window.panels.length, 0);
    assert.equal(fakeVscode.window.informationMessages.length, 1);
    fakeVscode.window.activeTextEditor = new FakeEditor(document);
    await fakeVscode.commands.executeCommand('attributionLens.openReadingView');
    assert.equal(onlyPanel().title, 'Reading: talks.article');
  });

  it('shows a notice instead of claims for a document that is not an article', () => {
    document.languageId = 'python';
    open();
    const { webview } = onlyPanel();
    webview.send({ type: 'ready', uri: uri() });
    const [render] = webview.postedOfType('render');
    assert.match(String(render.notice), /does not analyse "python" documents/);
    assert.doesNotMatch(String(render.bodyHtml), /data-claim-id/);
  });

  it('says the article is being analysed while a worker has it, then marks its claims when the analysis arrives', () => {
    store.pendingVersions.add(document.version);
    open();
    const { webview } = onlyPanel();
    webview.send({ type: 'ready', uri: uri() });
    const [pending] = webview.postedOfType('render');
    assert.match(String(pending.notice), /^Analysing this article in the background/);
    assert.doesNotMatch(String(pending.bodyHtml), /data-claim-id/);
    store.pendingVersions.clear();
    store.changes.fire({ uri: document.uri, version: document.version, analysis: store.get(document)! });
    const renders = webview.postedOfType('render');
    assert.equal(renders.length, 2);
    assert.equal(renders[1].notice, null);
    assert.match(String(renders[1].bodyHtml), /data-claim-id/);
  });

  it('passes on the store\'s notice for an article too long to analyse, and none otherwise', () => {
    open();
    const { webview } = onlyPanel();
    webview.send({ type: 'ready', uri: uri() });
    assert.equal(webview.postedOfType('render')[0].notice, null);
    store.tooLong = 'Not analysed: this document is too long.';
    document.edit(`${text}\nMore.`);
    store.changes.fire({ uri: document.uri, version: 4, analysis: { actors: [], claims: [] } });
    const renders = webview.postedOfType('render');
    assert.equal(renders.length, 2);
    assert.equal(renders[1].notice, 'Not analysed: this document is too long.');
  });

  it('keeps scrolling in step both ways without echoing', async () => {
    const editor = new FakeEditor(document, 0);
    fakeVscode.window.visibleTextEditors.push(editor);
    open();
    const { webview } = onlyPanel();
    webview.send({ type: 'ready', uri: uri() });
    fakeVscode.window.visibleRangesEmitter.fire({ textEditor: editor, visibleRanges: [new fakeVscode.Range(2, 0, 30, 0)] });
    assert.deepEqual(webview.postedOfType('scrollToLine').map((message) => message.line), [2]);
    webview.send({ type: 'didScroll', uri: uri(), line: 1.6 });
    assert.deepEqual(editor.reveals, [{ line: 1, type: fakeVscode.TextEditorRevealType.AtTop }]);
    // The editor's scroll caused by that reveal is not sent back to the webview.
    fakeVscode.window.visibleRangesEmitter.fire({ textEditor: editor, visibleRanges: [new fakeVscode.Range(1, 0, 30, 0)] });
    await new Promise((resolve) => setTimeout(resolve, 120)); // past the 50 ms throttle window
    assert.equal(webview.postedOfType('scrollToLine').length, 1);
  });

  it('revives a panel from its saved state after a reload', async () => {
    const panel = fakeVscode.window.createWebviewPanel('attributionLens.readingView', 'old title', {}, {});
    await fakeVscode.window.serializers.get('attributionLens.readingView')?.deserializeWebviewPanel(panel, { uri: uri(), line: 7 });
    assert.equal(panel.title, 'Reading: talks.article');
    assert.match(panel.webview.html, /data-line="7"/);
    panel.webview.send({ type: 'ready', uri: uri() });
    assert.equal(panel.webview.postedOfType('render').length, 1);
    open();
    assert.equal(fakeVscode.window.panels.length, 1, 'the revived panel is the document\'s panel');
  });

  it('shows a clear, script-free page when the article is gone after a reload', async () => {
    const serializer = fakeVscode.window.serializers.get('attributionLens.readingView');
    for (const state of [{ uri: 'file:///news/deleted.article', line: 0 }, undefined, { nonsense: true }]) {
      const panel = fakeVscode.window.createWebviewPanel('attributionLens.readingView', 'old', {}, {});
      await serializer?.deserializeWebviewPanel(panel, state);
      assert.doesNotMatch(panel.webview.html, /<script/);
      assert.match(panel.webview.html, state?.uri ? /no longer available/ : /no article to show/);
      assert.equal((panel.webview.options as { enableScripts: boolean }).enableScripts, false);
    }
  });

  it('never posts after the panel is closed', () => {
    open();
    const panel = onlyPanel();
    panel.webview.send({ type: 'ready', uri: uri() });
    panel.dispose();
    const before = panel.webview.posted.length;
    document.edit(`${text}\nAfter close.`);
    store.changes.fire({ uri: document.uri, version: 4, analysis });
    panel.webview.send({ type: 'ready', uri: uri() });
    assert.equal(panel.webview.posted.length, before);
    open();
    assert.equal(fakeVscode.window.panels.length, 2, 'a closed panel is replaced by a new one');
  });
});
