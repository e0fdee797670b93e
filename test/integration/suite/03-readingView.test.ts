/**
 * The reading view: it renders every claim of the analysis, follows edits (as does the Actors
 * tree), and shows article markup as text.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReadingViewRenderEvent } from '../../../src/extension/api';
import { renderArticle } from '../../../src/extension/readingView/renderArticle';
import {
  HARBOR_ADDITION,
  HARBOR_ADDITION_SPEAKER,
  HARBOR_EDIT_ARTICLE,
  MARKUP_ARTICLE,
  REFERENCE_ARTICLE,
} from '../workspaceFiles';
import { api, nextEvent, openInEditor, readActorsTree, waitFor, workspaceFileExists } from './helpers';

/** Opens the reading view for the document in the active editor and waits for its first render. */
async function openReadingViewFor(document: vscode.TextDocument): Promise<ReadingViewRenderEvent> {
  const lens = await api();
  const rendered = nextEvent(
    lens.onDidRenderReadingView,
    `the reading view to render ${document.uri.path} version ${document.version}`,
    (event) => event.uri === document.uri.toString() && event.version === document.version,
  );
  await vscode.commands.executeCommand('attributionLens.openReadingView');
  return rendered;
}

describe('the reading view', () => {
  it('opens on the reference article and renders every claim of the analysis', async function () {
    if (!(await workspaceFileExists(REFERENCE_ARTICLE))) {
      console.log('SKIPPED: ../shared/fixtures is absent, so the reference article is not in the workspace.');
      this.skip();
    }
    const { document } = await openInEditor(REFERENCE_ARTICLE);
    const analysis = (await api()).getAnalysis(document);
    assert.ok(analysis && analysis.claims.length > 0, 'the reference article should have claims');
    const rendered = await openReadingViewFor(document);
    assert.equal(rendered.claimCount, analysis.claims.length, 'claims rendered in the webview');
    assert.ok(rendered.actorCount > 0, 'the legend should list the speakers');
  });

  it('follows an edit that adds a quote by a new speaker, as does the Actors tree', async () => {
    const lens = await api();
    const { document } = await openInEditor(HARBOR_EDIT_ARTICLE);
    const before = lens.getAnalysis(document);
    assert.ok(before, 'no analysis for the article to edit');
    await openReadingViewFor(document);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
    const oldVersion = document.version;
    const isLater = (event: { uri: string | vscode.Uri; version: number }) => event.uri.toString() === document.uri.toString() && event.version > oldVersion;
    const analysed = nextEvent(lens.onDidChangeAnalysis, 'a new analysis after the edit', isLater);
    const rendered = nextEvent(lens.onDidRenderReadingView, 'the reading view to render the edited article', isLater);

    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().length), '\n' + HARBOR_ADDITION);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');

    const change = await analysed;
    assert.equal(change.version, document.version);
    assert.equal(change.analysis.claims.length, before.claims.length + 1, 'the edit adds exactly one claim');
    const render = await rendered;
    assert.equal(render.version, document.version, 'the reading view rendered a stale version');
    assert.equal(render.claimCount, change.analysis.claims.length);

    const row = await waitFor(`${HARBOR_ADDITION_SPEAKER} in the Actors tree`, async () =>
      (await readActorsTree(lens.actorsTree)).find((candidate) => candidate.label === HARBOR_ADDITION_SPEAKER),
    );
    assert.equal(row.claims.length, 1);
    const claim = change.analysis.claims.find((candidate) => candidate.id === row.claims[0].ref.claimId);
    assert.match(claim?.content.text ?? '', /council will review/);
  });

  it('renders an article holding <script> and <img onerror> as inert text', async () => {
    const { document } = await openInEditor(MARKUP_ARTICLE);
    const analysis = (await api()).getAnalysis(document);
    assert.ok(analysis && analysis.claims.length > 0, 'the markup article should have its quote as a claim');
    // The webview still reports its own DOM: the page was not broken by the article's markup.
    const rendered = await openReadingViewFor(document);
    assert.equal(rendered.claimCount, analysis.claims.length);
    // And the HTML the extension sends holds the markup only as escaped text.
    const { bodyHtml } = renderArticle(document.getText(), analysis);
    assert.doesNotMatch(bodyHtml, /<script|<img/i);
    assert.match(bodyHtml, /&lt;script&gt;/);
    assert.match(bodyHtml, /&lt;img src=x onerror=/);
  });
});
