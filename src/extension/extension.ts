/**
 * Attribution Lens: activation only wires the parts together. One logger and one analysis store feed
 * the hovers, the Actors view, the commands and the reading view; the workspace index feeds the Actors
 * view's Workspace mode and "Find Claims by Actor…". Every registration goes into context.subscriptions.
 */
import * as vscode from 'vscode';
import type { AttributionLensApi } from './api';
import { AnalysisStore } from './analysisStore';
import { registerArticleContextKey } from './articleContext';
import { copyCitation } from './commands/copyCitation';
import { exportAttributions } from './commands/exportAttributions';
import { findClaimsByActor } from './commands/findClaimsByActor';
import { openSample } from './commands/openSample';
import { revealRange } from './commands/revealRange';
import { registerArticleHovers } from './hover/articleHoverProvider';
import { OutputChannelLogger } from './log';
import { registerReadingView } from './readingView';
import { ActorsView } from './tree/actorsView';
import { inProcessEngine } from './worker/inProcessEngine';
import { createOffThreadAnalyzer, workerScript } from './worker/offThreadAnalyzer';
import { decodeArticle } from './workspaceIndex/articleBytes';
import { summarize } from './workspaceIndex/fileSummary';
import { WorkspaceIndex } from './workspaceIndex/workspaceIndex';

/** The article the user is looking at: the active editor's, else the one the Actors view still shows (a webview may have focus). */
function currentArticle(store: AnalysisStore, actorsView: ActorsView): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor?.document;
  return active && store.isArticle(active) ? active : actorsView.provider.document;
}

export function activate(context: vscode.ExtensionContext): AttributionLensApi {
  const log = new OutputChannelLogger();
  const script = workerScript(context.extensionPath);
  const offThread = createOffThreadAnalyzer(script);
  const inProcess = inProcessEngine(script);
  const store = new AnalysisStore(log, { analyze: inProcess, offThread });
  const workspaceIndex = new WorkspaceIndex({
    // Background work: behind any document the reader has open (those are priority jobs).
    summarize: offThread
      ? (bytes, maxLength) => offThread.summarize(bytes, maxLength)
      : async (bytes, maxLength) => {
        const text = decodeArticle(bytes, maxLength);
        return summarize(inProcess(text), text);
      },
    storage: context.storageUri ?? context.globalStorageUri,
    offThread: offThread !== undefined,
    log,
  });
  const actorsView = new ActorsView(store, workspaceIndex, log);
  context.subscriptions.push(
    log,
    { dispose: () => offThread?.dispose() },
    store,
    workspaceIndex,
    actorsView,
    registerArticleContextKey(store),
    registerArticleHovers(store, log),
    vscode.commands.registerCommand('attributionLens.revealRange', (ref: unknown) => revealRange(store, log, ref)),
    vscode.commands.registerCommand('attributionLens.copyCitation', (ref: unknown) => copyCitation(store, log, ref)),
    vscode.commands.registerCommand('attributionLens.showInActors', (ref: unknown) => actorsView.showInActors(ref)),
    vscode.commands.registerCommand('attributionLens.openSample', () => openSample(context.extensionUri)),
    vscode.commands.registerCommand('attributionLens.showWorkspaceActors', () => actorsView.setScope('workspace')),
    vscode.commands.registerCommand('attributionLens.showArticleActors', () => actorsView.setScope('article')),
    vscode.commands.registerCommand('attributionLens.findClaimsByActor', (argument: unknown) => findClaimsByActor(workspaceIndex, log, argument)),
    vscode.commands.registerCommand('attributionLens.rebuildWorkspaceIndex', () => workspaceIndex.rebuild()),
    vscode.commands.registerCommand('attributionLens.exportAttributions', (argument: unknown) =>
      exportAttributions(store, log, () => currentArticle(store, actorsView), argument)),
  );
  const readingView = registerReadingView(context, store, log);
  log.trace('activated');

  return {
    getAnalysis: (document) => store.get(document),
    whenAnalysed: (document) => store.whenAnalysed(document),
    onDidChangeAnalysis: store.onDidChange,
    onDidRenderReadingView: readingView.onDidRender,
    actorsTree: actorsView.provider,
    workspaceIndex,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
