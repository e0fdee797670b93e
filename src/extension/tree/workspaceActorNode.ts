/** Workspace mode: an actor across the workspace's articles, expanding to the files it speaks in. */
import * as vscode from 'vscode';
import type { WorkspaceActor } from '../workspaceIndex/actorGroups';
import { KIND_ICONS } from './actorNode';
import type { ActorsTreeNode } from './treeNode';
import { WorkspaceFileNode } from './workspaceFileNode';
import { workspaceActorDescription, workspaceActorTooltip } from './workspaceContent';

export class WorkspaceActorNode implements ActorsTreeNode {
  readonly id: string;
  readonly parent = undefined;
  readonly children: WorkspaceFileNode[];

  constructor(readonly actor: WorkspaceActor) {
    this.id = `workspace#${actor.key}`;
    this.children = actor.files.map((file) => new WorkspaceFileNode(file, this));
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.actor.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.description = workspaceActorDescription(this.actor);
    item.tooltip = workspaceActorTooltip(this.actor);
    item.iconPath = new vscode.ThemeIcon(KIND_ICONS[this.actor.kind] ?? 'person');
    item.contextValue = 'workspaceActor';
    item.accessibilityInformation = { label: `${this.actor.name}, ${workspaceActorDescription(this.actor)}`, role: 'treeitem' };
    return item;
  }

  getChildren(): ActorsTreeNode[] {
    return this.children;
  }
}
