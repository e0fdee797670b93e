/** A claim under its speaker: opening words as label, cue as description, the whole claim as tooltip. */
import * as vscode from 'vscode';
import type { Actor, Claim, ClaimKind } from '../../engine/types';
import type { ClaimRef } from '../claimRef';
import { claimAccessibilityLabel, claimDescription, claimLabel, claimTooltipMarkdown } from './treeContent';
import type { ActorsTreeNode } from './treeNode';

const KIND_ICONS: Record<ClaimKind, string> = {
  direct: 'quote',
  mixed: 'comment-discussion',
  indirect: 'comment',
};

/** The node is itself a ClaimRef, so context-menu commands receive { uri, claimId } directly. */
export class ClaimNode implements ActorsTreeNode, ClaimRef {
  readonly id: string;
  readonly claimId: string;

  constructor(
    readonly uri: string,
    readonly claim: Claim,
    readonly speaker: Actor | undefined,
    readonly parent: ActorsTreeNode,
  ) {
    this.claimId = claim.id;
    this.id = `${parent.id}/${claim.id}`;
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(claimLabel(this.claim), vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = claimDescription(this.claim);
    item.tooltip = new vscode.MarkdownString(claimTooltipMarkdown(this.claim, this.speaker));
    item.iconPath = new vscode.ThemeIcon(KIND_ICONS[this.claim.kind]);
    item.contextValue = 'claim';
    item.accessibilityInformation = { label: claimAccessibilityLabel(this.claim, this.speaker), role: 'treeitem' };
    const ref: ClaimRef = { uri: this.uri, claimId: this.claimId };
    item.command = { command: 'attributionLens.revealRange', title: 'Reveal in Editor', arguments: [ref] };
    return item;
  }

  getChildren(): ActorsTreeNode[] {
    return [];
  }
}
