/** What every Actors tree node provides (GHPR-style: each node knows its item, children and parent). */
import type * as vscode from 'vscode';

export interface ActorsTreeNode {
  /** Stable across refreshes of the same document, so expansion and reveal survive edits. */
  readonly id: string;
  readonly parent: ActorsTreeNode | undefined;
  getTreeItem(): vscode.TreeItem;
  getChildren(): ActorsTreeNode[];
}
