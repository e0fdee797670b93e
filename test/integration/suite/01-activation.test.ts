/** The extension wakes up for an article, contributes its commands, and keeps quiet where nothing is claimed. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HARBOR_ARTICLE, HARBOR_QUIET_SENTENCE, HARBOR_TEXT } from '../workspaceFiles';
import { api, extension, hoverTextAt, openInEditor, waitFor } from './helpers';

const CONTRIBUTED_COMMANDS = [
  'attributionLens.openReadingView',
  'attributionLens.showInActors',
  'attributionLens.showInReadingView',
  'attributionLens.copyCitation',
  'attributionLens.openSample',
  'attributionLens.revealRange',
  'attributionLens.exportAttributions',
];

describe('activation', () => {
  it('activates when an article document is opened, without being asked', async () => {
    const editor = await openInEditor(HARBOR_ARTICLE);
    assert.equal(editor.document.languageId, 'article', '.article files should get the article language');
    await waitFor('the extension to activate on an article document', () => extension().isActive);
  });

  it('registers every contributed command', async () => {
    await api();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = CONTRIBUTED_COMMANDS.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `commands not registered: ${missing.join(', ')}`);
  });

  it('hovers a quote with its speaker', async () => {
    await api();
    const { document } = await openInEditor(HARBOR_ARTICLE);
    const insideQuote = document.positionAt(HARBOR_TEXT.indexOf('first boats'));
    const text = await waitFor('a hover on the harbor quote', async () => (await hoverTextAt(document.uri, insideQuote)) || undefined);
    assert.match(text, /Maria Lindqvist/);
  });

  it('returns no hover on text that claims nothing and names no one', async () => {
    const lens = await api();
    const { document } = await openInEditor(HARBOR_ARTICLE);
    const quiet = document.positionAt(HARBOR_TEXT.indexOf(HARBOR_QUIET_SENTENCE) + 'The weather was '.length);
    // Silence only means something if the same document does hover elsewhere: it holds a claim.
    const claims = lens.getAnalysis(document)?.claims ?? [];
    assert.ok(claims.length > 0, 'the harbor article should have been analysed into at least one claim');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, quiet)) ?? [];
    assert.equal(hovers.length, 0, `expected no hover, got: ${await hoverTextAt(document.uri, quiet)}`);
  });
});
