/**
 * `attributionLens.revealRange`: shows the document and selects a claim's content ({ uri, claimId })
 * or a mention ({ uri, start, end }), in the editor already showing it if there is one. Focus stays
 * where it was, so a reader can walk the Actors tree with the keyboard while the editor follows.
 */
import * as vscode from 'vscode';
import { documentLength } from '../documentLength';
import { findClaim } from '../analysisLookup';
import type { AnalysisStore } from '../analysisStore';
import { isClaimRef, isRangeRef } from '../claimRef';
import type { Logger } from '../log';
import { documentForUri } from './openDocument';

function spanFor(store: AnalysisStore, document: vscode.TextDocument, ref: unknown): { start: number; end: number } | undefined {
  if (isClaimRef(ref)) {
    const analysis = store.get(document);
    return analysis ? findClaim(analysis, ref.claimId)?.content : undefined;
  }
  if (isRangeRef(ref)) {
    const length = documentLength(document);
    return { start: Math.min(ref.start, length), end: Math.min(ref.end, length) };
  }
  return undefined;
}

/** Resolves to the editor showing the selection, or undefined if the reference leads nowhere. */
export async function revealRange(store: AnalysisStore, log: Logger, ref: unknown): Promise<vscode.TextEditor | undefined> {
  if (!isClaimRef(ref) && !isRangeRef(ref)) {
    log.trace(`revealRange: ignored an argument that is neither a claim nor a range: ${JSON.stringify(ref)}`);
    return undefined;
  }
  const document = await documentForUri(ref.uri, log);
  if (!document) return undefined;
  const span = spanFor(store, document, ref);
  if (!span) {
    log.trace(`revealRange: nothing to reveal for ${JSON.stringify(ref)} in version ${document.version}`);
    return undefined;
  }
  const selection = new vscode.Selection(document.positionAt(span.start), document.positionAt(span.end));
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn ?? vscode.window.activeTextEditor?.viewColumn,
    preserveFocus: true,
    preview: visible === undefined,
  });
  editor.selection = selection;
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
