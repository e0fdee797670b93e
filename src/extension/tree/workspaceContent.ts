/** Labels of the Actors view's Workspace mode, decided without vscode so they are unit-tested. */
import type { WorkspaceActor, ActorFile } from '../workspaceIndex/actorGroups';
import { countLabel } from './treeContent';

/** The last path segment of a uri string, decoded ("coverage/Ana%20Ruiz.article" → "Ana Ruiz.article"). */
export function uriFileName(uri: string): string {
  const last = uri.split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function workspaceActorDescription(actor: WorkspaceActor): string {
  return `${actor.kind} · ${countLabel(actor.claimCount, 'claim')} in ${countLabel(actor.files.length, 'file')}`;
}

export function workspaceActorTooltip(actor: WorkspaceActor): string {
  const aliases = actor.aliases.length > 0 ? `\nAlso named: ${actor.aliases.join('; ')}` : '';
  return `${actor.name} (${actor.kind})${aliases}\n${actor.files.map((file) => `${uriFileName(file.uri)}: ${countLabel(file.claimCount, 'claim')}`).join('\n')}`;
}

export function actorFileDescription(file: ActorFile): string {
  const listed = file.claims.length < file.claimCount ? ` (first ${file.claims.length.toLocaleString('en-US')} listed)` : '';
  return `${file.claimCount === 1 ? '1 claim' : `${file.claimCount.toLocaleString('en-US')} claims`}${listed}`;
}
