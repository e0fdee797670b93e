/**
 * `attributionLens.findClaimsByActor` ("Find Claims by Actor…"): a quick pick of every actor in the
 * workspace index, then that actor's claims grouped by file, as the references view lists references;
 * choosing one opens its file at the claim. Scripted callers (tests) may name the actor,
 * `{ actor: "Ana Ruiz" }`, and get the claims listed back.
 */
import * as vscode from 'vscode';
import type { RangeRef } from '../claimRef';
import type { Logger } from '../log';
import { countLabel } from '../tree/treeContent';
import { uriFileName } from '../tree/workspaceContent';
import type { WorkspaceActor } from '../workspaceIndex/actorGroups';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';

export interface ListedClaim extends RangeRef {
  line: number;
  label: string;
}

export interface FoundClaims {
  actor: string;
  claims: ListedClaim[];
}

type ClaimItem = vscode.QuickPickItem & { claim?: ListedClaim };

function namedActor(argument: unknown): string | undefined {
  const actor = (argument as { actor?: unknown } | undefined)?.actor;
  return typeof actor === 'string' ? actor : undefined;
}

function findByName(actors: WorkspaceActor[], name: string): WorkspaceActor | undefined {
  const wanted = name.toLowerCase();
  return actors.find((actor) => actor.name.toLowerCase() === wanted) ?? actors.find((actor) => actor.aliases.some((alias) => alias.toLowerCase() === wanted));
}

async function pickActor(actors: WorkspaceActor[]): Promise<WorkspaceActor | undefined> {
  const items = actors.map((actor) => ({
    label: actor.name,
    description: actor.kind,
    detail: `${countLabel(actor.claimCount, 'claim')} in ${countLabel(actor.files.length, 'file')}${actor.aliases.length > 0 ? ` · also ${actor.aliases.join(', ')}` : ''}`,
    actor,
  }));
  const chosen = await vscode.window.showQuickPick(items, { placeHolder: 'Find claims by actor', matchOnDescription: true, matchOnDetail: true });
  return chosen?.actor;
}

export function listedClaims(actor: WorkspaceActor): ListedClaim[] {
  return actor.files.flatMap((file) => file.claims.map((claim) => ({ uri: file.uri, start: claim.start, end: claim.end, line: claim.line, label: claim.preview })));
}

/** The second step: the claims, one separator per file; stays open until the reader picks or leaves. */
function showClaims(actor: WorkspaceActor, claims: ListedClaim[]): void {
  const picker = vscode.window.createQuickPick<ClaimItem>();
  picker.title = `${actor.name}: ${countLabel(claims.length, 'claim')} in ${countLabel(actor.files.length, 'file')}`;
  picker.placeholder = 'Open a claim in its article';
  picker.matchOnDescription = true;
  const items: ClaimItem[] = [];
  let file: string | undefined;
  for (const claim of claims) {
    if (claim.uri !== file) {
      file = claim.uri;
      items.push({ label: uriFileName(claim.uri), kind: vscode.QuickPickItemKind.Separator });
    }
    items.push({ label: claim.label, description: `line ${claim.line}`, claim });
  }
  picker.items = items;
  picker.onDidAccept(() => {
    const claim = picker.selectedItems[0]?.claim;
    picker.hide();
    if (claim) void vscode.commands.executeCommand('attributionLens.revealRange', { uri: claim.uri, start: claim.start, end: claim.end });
  });
  picker.onDidHide(() => picker.dispose());
  picker.show();
}

export async function findClaimsByActor(index: WorkspaceIndex, log: Logger, argument?: unknown): Promise<FoundClaims | undefined> {
  await index.start();
  const state = index.state;
  if (state.kind === 'off') {
    void vscode.window.showWarningMessage(state.message);
    return undefined;
  }
  const actors = index.actors();
  if (actors.length === 0) {
    void vscode.window.showInformationMessage('Attribution Lens: no named speakers found in the workspace\'s articles (the attributionLens.workspace.include setting chooses them).');
    return undefined;
  }
  const name = namedActor(argument);
  const actor = name === undefined ? await pickActor(actors) : findByName(actors, name);
  if (!actor) {
    if (name !== undefined) log.trace(`findClaimsByActor: no actor named ${JSON.stringify(name)} in the workspace index`);
    return undefined;
  }
  const claims = listedClaims(actor);
  showClaims(actor, claims);
  return { actor: actor.name, claims };
}
