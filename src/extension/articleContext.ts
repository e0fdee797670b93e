/** Keeps the `attributionLens.isArticle` context key (editor title button, palette) true exactly while the active editor is an article. */
import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';

export function registerArticleContextKey(store: AnalysisStore): vscode.Disposable {
  let last: boolean | undefined;
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const isArticle = editor !== undefined && store.isArticle(editor.document);
    if (isArticle === last) return;
    last = isArticle;
    void vscode.commands.executeCommand('setContext', 'attributionLens.isArticle', isArticle);
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    store.onDidChangeArticleSet(update),
  );
}
