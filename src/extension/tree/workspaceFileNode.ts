/** Workspace mode: one file an actor speaks in, with its claim count, expanding to those claims. */
import * as vscode from 'vscode';
import type { ActorFile } from '../workspaceIndex/actorGroups';
import type { ActorsTreeNode } from './treeNode';
import { WorkspaceClaimNode } from './workspaceClaimNode';
import { actorFileDescription, uriFileName } from './workspaceContent';

export class WorkspaceFileNode implements ActorsTreeNode {
  readonly id: string;
  readonly children: WorkspaceClaimNode[];

  constructor(readonly file: ActorFile, readonly parent: ActorsTreeNode) {
    this.id = `${parent.id}/${file.uri}`;
    this.children = file.claims.map((claim) => new WorkspaceClaimNode(file.uri, claim, this));
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(uriFileName(this.file.uri), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.resourceUri = vscode.Uri.parse(this.file.uri, true);
    item.description = actorFileDescription(this.file);
    item.iconPath = vscode.ThemeIcon.File;
    item.contextValue = 'workspaceFile';
    item.accessibilityInformation = { label: `${uriFileName(this.file.uri)}, ${actorFileDescription(this.file)}`, role: 'treeitem' };
    return item;
  }

  getChildren(): ActorsTreeNode[] {
    return this.children;
  }
}
