/**
 * What `activate` returns: the extension's public surface. Integration tests read it through
 * `vscode.extensions.getExtension('attribution-lens.attribution-lens').exports`, so they check the
 * real store, tree and reading view rather than mocks.
 */
import type * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import type { AnalysisChange } from './analysisStore';
import type { WorkspaceIndex } from './workspaceIndex/workspaceIndex';

/** Sent whenever a reading view has rendered an analysis. */
export interface ReadingViewRenderEvent {
  uri: string;
  version: number;
  /** Number of claim elements the webview actually has in its DOM after rendering. */
  claimCount: number;
  /** Number of actors in the legend. */
  actorCount: number;
  /** Number of actor bars in the "Source balance" chart. */
  balanceBars: number;
}

export interface AttributionLensApi {
  /**
   * The cached analysis for this document's current version (analysing a short article now if needed;
   * undefined while a worker analyses a long one).
   */
  getAnalysis(document: vscode.TextDocument): Analysis | undefined;
  /** The analysis of the current version, waiting for the worker thread if it is analysing it. */
  whenAnalysed(document: vscode.TextDocument): Promise<Analysis | undefined>;
  /** Fires after the store holds a fresh analysis for a document version. */
  readonly onDidChangeAnalysis: vscode.Event<AnalysisChange>;
  /** Fires when a reading view has rendered (reported by the webview itself). */
  readonly onDidRenderReadingView: vscode.Event<ReadingViewRenderEvent>;
  /** The Actors tree as the user sees it: root labels and their claim children. */
  readonly actorsTree: vscode.TreeDataProvider<unknown>;
  /** The workspace index: its state, actors across files, and an event when they change. */
  readonly workspaceIndex: Pick<WorkspaceIndex, 'state' | 'fileCount' | 'actors' | 'start' | 'onDidChange'>;
}
