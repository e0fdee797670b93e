/**
 * The Actors tree's data. "This article" scope: the nodes for one article document, built from the
 * store's analysis of its current version and rebuilt when the store reports a newer one. "Workspace"
 * scope: actors across the workspace index's files, rebuilt when the index changes. Nodes are kept per
 * build so `getParent` and `reveal` see the same objects the view was given.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../engine/types';
import { claimAt } from '../analysisLookup';
import type { AnalysisStore } from '../analysisStore';
import { ActorNode } from './actorNode';
import { ClaimNode } from './claimNode';
import { GroupNode } from './groupNode';
import { buildActorsTreeModel, countLabel } from './treeContent';
import type { ActorsTreeNode } from './treeNode';
import { WorkspaceActorNode } from './workspaceActorNode';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';

export type ActorsScope = 'article' | 'workspace';

interface Built {
  uri: string;
  version: number;
  analysis: Analysis;
  roots: ActorsTreeNode[];
  claims: Map<string, ClaimNode>;
}

/** Ids from names (not the per-analysis "a3"), so an actor keeps its expansion state across edits. */
function actorNodeId(uri: string, name: string, used: Set<string>): string {
  const base = `${uri}#actor:${name}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}~${n}`;
  used.add(id);
  return id;
}

function buildNodes(uri: string, analysis: Analysis): ActorsTreeNode[] {
  const model = buildActorsTreeModel(analysis);
  const used = new Set<string>();
  const roots: ActorsTreeNode[] = model.speakers.map(({ actor, claims }) =>
    new ActorNode(actorNodeId(uri, actor.name, used), uri, analysis, actor, claims, undefined));
  if (model.unattributed.length > 0) {
    const group = new GroupNode(`${uri}#unattributed`, 'Unattributed', countLabel(model.unattributed.length, 'claim'),
      'question', 'Claims the analysis found no speaker for');
    group.children = model.unattributed.map((claim) => new ClaimNode(uri, claim, undefined, group));
    roots.push(group);
  }
  if (model.unsourced.length > 0) {
    // Expanded, like the unnamed sources: claims nobody is named for are part of what the article asserts.
    const group = new GroupNode(`${uri}#unsourced`, 'No source', countLabel(model.unsourced.length, 'claim'),
      'circle-slash', 'Claims the article gives no source for ("reportedly", "is said to", "it is believed")', true);
    group.children = model.unsourced.map((claim) => new ClaimNode(uri, claim, undefined, group));
    roots.push(group);
  }
  if (model.mentionedOnly.length > 0) {
    const group = new GroupNode(`${uri}#mentioned`, 'Also mentioned', countLabel(model.mentionedOnly.length, 'actor'),
      'eye', 'People, organizations and places the article names without quoting them');
    group.children = model.mentionedOnly.map((actor) => new ActorNode(actorNodeId(uri, actor.name, used), uri, analysis, actor, [], group));
    roots.push(group);
  }
  if (model.unnamed.length > 0) {
    // Last, after every named actor, and expanded: these speakers' claims still count, but a reader
    // should see at a glance which sources are on the record and which are not.
    const group = new GroupNode(`${uri}#unnamed`, 'Unnamed sources', countLabel(model.unnamed.length, 'actor'),
      'eye-closed', 'Speakers the article does not identify ("a senior official", "neighbors", "county officials") and their claims', true);
    group.children = model.unnamed.map(({ actor, claims }) =>
      new ActorNode(actorNodeId(uri, actor.name, used), uri, analysis, actor, claims, group, actor.named));
    roots.push(group);
  }
  return roots;
}

function indexClaims(roots: ActorsTreeNode[]): Map<string, ClaimNode> {
  const claims = new Map<string, ClaimNode>();
  const visit = (node: ActorsTreeNode) => {
    if (node instanceof ClaimNode) claims.set(node.claimId, node);
    node.getChildren().forEach(visit);
  };
  roots.forEach(visit);
  return claims;
}

export class ActorsTreeProvider implements vscode.TreeDataProvider<ActorsTreeNode>, vscode.Disposable {
  private shown: vscode.TextDocument | undefined;
  private built: Built | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<ActorsTreeNode | undefined>();
  private readonly listeners: vscode.Disposable[];
  private shownScope: ActorsScope = 'article';
  private workspaceRoots: WorkspaceActorNode[] | undefined;

  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly store: AnalysisStore, private readonly index: WorkspaceIndex) {
    this.listeners = [
      store.onDidChange((change) => {
        if (this.shownScope === 'article' && this.shown && change.uri.toString() === this.shown.uri.toString()) this.refresh();
      }),
      index.onDidChange(() => {
        this.workspaceRoots = undefined;
        if (this.shownScope === 'workspace') this.changeEmitter.fire(undefined);
      }),
    ];
  }

  get scope(): ActorsScope {
    return this.shownScope;
  }

  setScope(scope: ActorsScope): void {
    if (scope === this.shownScope) return;
    this.shownScope = scope;
    this.workspaceRoots = undefined;
    this.refresh();
  }

  /** The article the tree shows, or undefined (the welcome view). */
  get document(): vscode.TextDocument | undefined {
    return this.shown;
  }

  setDocument(document: vscode.TextDocument | undefined): void {
    if (document === this.shown) return;
    this.shown = document;
    this.refresh();
  }

  refresh(): void {
    this.built = undefined;
    this.changeEmitter.fire(undefined);
  }

  getTreeItem(node: ActorsTreeNode): vscode.TreeItem {
    return node.getTreeItem();
  }

  getChildren(node?: ActorsTreeNode): ActorsTreeNode[] {
    if (node) return node.getChildren();
    if (this.shownScope === 'workspace') return (this.workspaceRoots ??= this.index.actors().map((actor) => new WorkspaceActorNode(actor)));
    return this.current()?.roots ?? [];
  }

  getParent(node: ActorsTreeNode): ActorsTreeNode | undefined {
    return node.parent;
  }

  findClaimNode(claimId: string): ClaimNode | undefined {
    if (this.shownScope !== 'article') return undefined;
    return this.current()?.claims.get(claimId);
  }

  /**
   * The claim node under a text cursor, from the nodes already built for the document's current
   * version only: called on every cursor move, it must never trigger an analysis.
   */
  claimNodeAtCursor(offset: number): ClaimNode | undefined {
    const built = this.built;
    if (this.shownScope !== 'article' || !built || !this.shown || built.version !== this.shown.version || built.uri !== this.shown.uri.toString()) return undefined;
    const claim = claimAt(built.analysis, offset, true);
    return claim ? built.claims.get(claim.id) : undefined;
  }

  /** The nodes for the shown document's current version, built now if missing or stale. */
  private current(): Built | undefined {
    const document = this.shown;
    if (!document || document.isClosed) return undefined;
    const uri = document.uri.toString();
    if (this.built && this.built.uri === uri && this.built.version === document.version) return this.built;
    const analysis = this.store.get(document);
    if (!analysis) return undefined;
    const roots = buildNodes(uri, analysis);
    this.built = { uri, version: document.version, analysis, roots, claims: indexClaims(roots) };
    return this.built;
  }

  dispose(): void {
    for (const listener of this.listeners) listener.dispose();
    this.changeEmitter.dispose();
  }
}
