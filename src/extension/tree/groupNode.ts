/**
 * A heading over a set of rows: collapsed to keep secondary entries out of the way ("Also mentioned",
 * "Unattributed"), or expanded to set rows apart while keeping them in view ("Unnamed sources").
 */
import * as vscode from 'vscode';
import type { ActorsTreeNode } from './treeNode';

export class GroupNode implements ActorsTreeNode {
  readonly parent = undefined;
  children: ActorsTreeNode[] = [];

  constructor(
    readonly id: string,
    private readonly label: string,
    private readonly description: string,
    private readonly icon: string,
    private readonly tooltip: string,
    private readonly expanded = false,
  ) {}

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label,
      this.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.description = this.description;
    item.tooltip = this.tooltip;
    item.iconPath = new vscode.ThemeIcon(this.icon);
    item.contextValue = 'group';
    item.accessibilityInformation = { label: `${this.label}, ${this.description}`, role: 'treeitem' };
    return item;
  }

  getChildren(): ActorsTreeNode[] {
    return this.children;
  }
}
