/**
 * An actor: name as label, role and claim count as description, the actor card as tooltip. Speakers
 * expand to their claims; an actor who only is mentioned is a leaf that reveals its first mention.
 */
import * as vscode from 'vscode';
import type { Actor, Analysis, Claim } from '../../engine/types';
import { actorCardMarkdown } from '../hover/hoverContent';
import type { RangeRef } from '../claimRef';
import { ClaimNode } from './claimNode';
import { actorAccessibilityLabel, actorDescription } from './treeContent';
import type { ActorsTreeNode } from './treeNode';

export const KIND_ICONS: Record<Actor['kind'], string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  group: 'organization',
};

export class ActorNode implements ActorsTreeNode {
  readonly children: ClaimNode[];

  constructor(
    readonly id: string,
    private readonly uri: string,
    private readonly analysis: Analysis,
    readonly actor: Actor,
    claims: Claim[],
    readonly parent: ActorsTreeNode | undefined,
    /** A named actor listed under "Unnamed sources" for claims its unidentified people make ("county officials"). */
    private readonly throughUnnamed = false,
  ) {
    this.children = claims.map((claim) => new ClaimNode(uri, claim, actor, this));
  }

  getTreeItem(): vscode.TreeItem {
    const count = this.children.length;
    const item = new vscode.TreeItem(this.actor.name,
      count > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.description = actorDescription(this.actor, count, this.throughUnnamed);
    item.tooltip = new vscode.MarkdownString(actorCardMarkdown(this.analysis, this.actor));
    item.iconPath = new vscode.ThemeIcon(KIND_ICONS[this.actor.kind] ?? 'person');
    item.contextValue = 'actor';
    item.accessibilityInformation = { label: actorAccessibilityLabel(this.actor, count), role: 'treeitem' };
    const first = this.actor.mentions[0];
    // A click on a speaker toggles its claims; only a leaf gets a command (select its first mention).
    if (count === 0 && first) {
      const range: RangeRef = { uri: this.uri, start: first.start, end: first.end };
      item.command = { command: 'attributionLens.revealRange', title: 'Reveal First Mention', arguments: [range] };
    }
    return item;
  }

  getChildren(): ActorsTreeNode[] {
    return this.children;
  }
}
