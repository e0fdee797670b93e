/** Workspace mode: a claim in a file; a click opens the file with the claim selected. */
import * as vscode from 'vscode';
import type { RangeRef } from '../claimRef';
import type { IndexedClaim } from '../workspaceIndex/fileSummary';
import type { ActorsTreeNode } from './treeNode';

export class WorkspaceClaimNode implements ActorsTreeNode {
  readonly id: string;

  constructor(readonly uri: string, readonly claim: IndexedClaim, readonly parent: ActorsTreeNode) {
    this.id = `${parent.id}@${claim.start}`;
  }

  getTreeItem(): vscode.TreeItem {
    const label = this.claim.preview;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = this.claim.cue ?? undefined;
    item.tooltip = label;
    item.iconPath = new vscode.ThemeIcon(this.claim.kind === 'direct' ? 'quote' : 'comment');
    item.contextValue = 'workspaceClaim';
    const range: RangeRef = { uri: this.uri, start: this.claim.start, end: this.claim.end };
    item.command = { command: 'attributionLens.revealRange', title: 'Open at the Claim', arguments: [range] };
    return item;
  }

  getChildren(): ActorsTreeNode[] {
    return [];
  }
}
