/**
 * The reading view's entry point for extension.ts: registers the panel serializer and the commands
 * `attributionLens.openReadingView` and `attributionLens.showInReadingView`, and returns the
 * controller the extension API exposes (onDidRender) and other features call (open).
 */
import * as vscode from 'vscode';
import { isClaimRef } from '../claimRef';
import { documentForUri } from '../commands/openDocument';
import type { Logger } from '../log';
import type { ReadingViewController, ReadingViewStore } from './hostTypes';
import { ReadingViewManager } from './readingViewManager';

export type { ReadingViewController, ReadingViewStore } from './hostTypes';

/**
 * The document a command means: a claim's document (tree, hover), an explicit uri (editor title
 * button), else the article being read.
 */
async function targetDocument(store: ReadingViewStore, log: Logger, argument: unknown): Promise<vscode.TextDocument | undefined> {
  if (isClaimRef(argument)) return documentForUri(argument.uri, log);
  if (argument instanceof vscode.Uri) return documentForUri(argument.toString(), log);
  const active = vscode.window.activeTextEditor?.document;
  if (active) return active;
  // The reading view itself may have focus (no active text editor): use a visible article.
  return vscode.window.visibleTextEditors.map((editor) => editor.document).find((document) => store.isArticle(document));
}

export function registerReadingView(context: vscode.ExtensionContext, store: ReadingViewStore, log: Logger): ReadingViewController {
  const manager = new ReadingViewManager(context.extensionUri, store, log);

  const openFor = async (argument: unknown, claimId?: string): Promise<void> => {
    const document = await targetDocument(store, log, argument);
    if (!document) {
      void vscode.window.showInformationMessage('Attribution Lens: open a news article first, then its reading view.');
      return;
    }
    manager.open(document, claimId);
  };

  context.subscriptions.push(
    manager,
    vscode.commands.registerCommand('attributionLens.openReadingView', (argument?: unknown) => openFor(argument)),
    vscode.commands.registerCommand('attributionLens.showInReadingView', (ref?: unknown) =>
      openFor(ref, isClaimRef(ref) ? ref.claimId : undefined)),
  );

  return {
    onDidRender: manager.onDidRender,
    open: (document, claimId) => manager.open(document, claimId),
  };
}
