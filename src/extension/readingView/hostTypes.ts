/**
 * What the reading view needs from the rest of the extension, stated structurally: the core's
 * AnalysisStore and Logger satisfy these without the reading view depending on their classes.
 */
import type * as vscode from 'vscode';
import type { ReadingViewRenderEvent } from '../api';
import type { Analysis } from '../../engine/types';

export interface ReadingViewStore {
  /** The analysis of the document's current version, or undefined when it is not an article language. */
  get(document: vscode.TextDocument): Analysis | undefined;
  isArticle(document: vscode.TextDocument): boolean;
  readonly onDidChange: vscode.Event<{ uri: vscode.Uri; version: number; analysis: Analysis }>;
}

export interface ReadingViewLogger {
  trace(message: string): void;
}

/** How commands refer to a claim: the document uri (uri.toString()) and the claim id. */
export interface ClaimRef {
  uri: string;
  claimId: string;
}

export interface ReadingViewController {
  readonly onDidRender: vscode.Event<ReadingViewRenderEvent>;
  /** Opens (or reveals) the reading view of this document beside its editor, optionally on a claim. */
  open(document: vscode.TextDocument, claimId?: string): void;
}

export function isClaimRef(value: unknown): value is ClaimRef {
  return typeof value === 'object' && value !== null &&
    typeof (value as ClaimRef).uri === 'string' && typeof (value as ClaimRef).claimId === 'string';
}
