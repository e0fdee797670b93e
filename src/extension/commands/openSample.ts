/** `attributionLens.openSample`: opens the bundled reference article, as an `article` document. */
import * as vscode from 'vscode';

export const SAMPLE_PATH = ['samples', 'ceasefire-talks.article'] as const;

export async function openSample(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
  let document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(extensionUri, ...SAMPLE_PATH));
  // The .article extension maps to the language already, unless a user's files.associations says otherwise.
  if (document.languageId !== 'article') document = await vscode.languages.setTextDocumentLanguage(document, 'article');
  return vscode.window.showTextDocument(document, { preview: false });
}
