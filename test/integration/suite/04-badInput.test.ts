/**
 * Input a reader may open by accident: an empty file, a huge one and binary noise, all plain text.
 * The extension answers each at once with a valid (possibly empty) result, and a burst of typing
 * costs one analysis after the pause, not one per keystroke.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnalysisChange } from '../../../src/extension/analysisStore';
import { BINARY_TEXT_FILE, EMPTY_TEXT_FILE, HARBOR_EDIT_ARTICLE, HUGE_TEXT_FILE } from '../workspaceFiles';
import { api, hoverTextAt, openInEditor, readActorsTree, waitFor } from './helpers';

/** Runs `work` and returns its result with the milliseconds it blocked the extension host. */
function timed<T>(work: () => T): { value: T; ms: number } {
  const started = Date.now();
  const value = work();
  return { value, ms: Date.now() - started };
}

describe('bad input', () => {
  it('an empty file: an empty analysis, no hover, an empty tree', async () => {
    const lens = await api();
    const { document } = await openInEditor(EMPTY_TEXT_FILE);
    assert.equal(document.languageId, 'plaintext');
    assert.deepEqual(lens.getAnalysis(document), { actors: [], claims: [] });
    assert.equal(await hoverTextAt(document.uri, new vscode.Position(0, 0)), '');
    await waitFor('the Actors tree to show the empty file, with no rows', async () => (await readActorsTree(lens.actorsTree)).length === 0);
  });

  it('a file over attributionLens.maxDocumentLength is left unanalysed, at once', async () => {
    const lens = await api();
    const settings = vscode.workspace.getConfiguration('attributionLens');
    await settings.update('maxDocumentLength', 500_000, vscode.ConfigurationTarget.Global);
    try {
      const { document } = await openInEditor(HUGE_TEXT_FILE);
      assert.ok(document.getText().length > 500_000);
      const { value, ms } = timed(() => lens.getAnalysis(document));
      // Its prose is full of quotes: only the limit can make this empty.
      assert.deepEqual(value, { actors: [], claims: [] });
      assert.ok(ms < 200, `getAnalysis took ${ms} ms on a document it should not analyse`);
      const quote = document.positionAt(document.getText().indexOf('first boats'));
      assert.equal(await hoverTextAt(document.uri, quote), '');
    } finally {
      await settings.update('maxDocumentLength', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('the same file under the default limit (5,000,000) is analysed in the worker, and its hover then answers', async () => {
    const lens = await api();
    const { document } = await openInEditor(HUGE_TEXT_FILE);
    const analysis = await lens.whenAnalysed(document);
    assert.ok(analysis && analysis.claims.length > 1000, `${analysis?.claims.length} claims in ${document.getText().length} characters`);
    const quote = document.positionAt(document.getText().indexOf('first boats'));
    assert.match(await hoverTextAt(document.uri, quote), /\S/);
  });

  it('binary noise opened as text: a valid result whose spans lie inside the text', async () => {
    const lens = await api();
    const { document } = await openInEditor(BINARY_TEXT_FILE);
    // 50,000 characters: over the in-process length, so the worker analyses it.
    const analysis = await lens.whenAnalysed(document);
    assert.ok(analysis, 'a plain-text document is an article by default');
    const text = document.getText();
    const spans = [...analysis.claims.map((claim) => claim.content), ...analysis.actors.flatMap((actor) => actor.mentions)];
    const misplaced = spans.filter((span) => text.slice(span.start, span.end) !== span.text);
    assert.deepEqual(misplaced, []);
  });

  it('a burst of keystrokes in a watched article leads to one re-analysis, of the last version', async () => {
    const lens = await api();
    // The article the reading-view test already edits, so the articles other tests read stay as written.
    const { document } = await openInEditor(HARBOR_EDIT_ARTICLE);
    assert.ok(lens.getAnalysis(document), 'the article is analysed, so the store watches it');
    // A long debounce, so that no pause between these scripted keystrokes counts as the reader stopping.
    const settings = vscode.workspace.getConfiguration('attributionLens');
    await settings.update('debounceMs', 1000, vscode.ConfigurationTarget.Global);
    const changes: AnalysisChange[] = [];
    const listener = lens.onDidChangeAnalysis((change) => {
      if (change.uri.toString() === document.uri.toString()) changes.push(change);
    });
    try {
      const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
      const end = () => document.positionAt(document.getText().length);
      for (const character of ' More talks are planned.') {
        assert.ok(await editor.edit((builder) => builder.insert(end(), character)), 'a keystroke was not applied');
      }
      const lastVersion = document.version;
      // Wait well past the debounce, so that a second, late analysis would show too.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      assert.deepEqual(changes.map((change) => change.version), [lastVersion], 'one analysis, after the last keystroke');
    } finally {
      listener.dispose();
      await settings.update('debounceMs', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
