/** Commands receive a document as a uri string; this finds the open document or opens it. */
import * as vscode from 'vscode';
import type { Logger } from '../log';

export async function documentForUri(uri: string, log: Logger): Promise<vscode.TextDocument | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
  if (open) return open;
  try {
    return await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
  } catch (error) {
    log.trace(`cannot open ${uri}: ${String(error)}`);
    return undefined;
  }
}
