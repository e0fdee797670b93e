/**
 * What the reading view needs from the rest of the extension: only the store's read side and the
 * logger, so its tests can hand it small fakes.
 */
import type * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import type { ReadingViewRenderEvent } from '../api';

export type ReadingViewStore = Pick<AnalysisStore, 'get' | 'isArticle' | 'isPending' | 'onDidChange' | 'lengthLimitNotice'>;

export interface ReadingViewController {
  readonly onDidRender: vscode.Event<ReadingViewRenderEvent>;
  /** Opens (or reveals) the reading view of this document beside its editor, optionally on a claim. */
  open(document: vscode.TextDocument, claimId?: string): void;
}
