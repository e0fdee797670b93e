/**
 * Actors across the workspace: the same person in several articles is one group. Two files' actors join
 * when they are of the same kind and share a name, or one's full name is the other's alias ("Ana Ruiz"
 * and "Mayor Ana Ruiz"); a one-word alias ("Ruiz") joins nothing, since two articles' Ruizes may differ.
 */
import type { ActorKind } from '../../engine/types';
import type { FileSummary, IndexedClaim } from './fileSummary';

export interface ActorFile {
  uri: string;
  /** The claims listed (see MAX_LISTED_CLAIMS), in text order. */
  claims: IndexedClaim[];
  claimCount: number;
}

export interface WorkspaceActor {
  /** Stable while the group keeps its name: kind and lower-cased name. */
  key: string;
  name: string;
  kind: ActorKind;
  /** Every other name and alias the group's files use. */
  aliases: string[];
  /** Files with the group's claims, most claims first. */
  files: ActorFile[];
  claimCount: number;
}

function normalized(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\u2019']/g, "'").replace(/\s+/g, ' ').trim();
}

/** Union-find over actor indices. */
class Groups {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

export function groupActors(files: ReadonlyMap<string, FileSummary>): WorkspaceActor[] {
  const entries: { uri: string; name: string; kind: ActorKind; aliases: string[]; claims: IndexedClaim[]; claimCount: number }[] = [];
  const groups = new Groups();
  const byName = new Map<string, number>();
  const link = (name: string, kind: ActorKind, index: number) => {
    const key = `${kind}|${normalized(name)}`;
    const other = byName.get(key);
    if (other === undefined) byName.set(key, index);
    else groups.join(index, other);
  };
  for (const [uri, summary] of files) {
    for (const actor of summary.actors) {
      const index = groups.add();
      entries.push({ uri, ...actor });
      link(actor.name, actor.kind, index);
      for (const alias of actor.aliases) if (/\s/.test(alias.trim())) link(alias, actor.kind, index);
    }
  }
  const members = new Map<number, number[]>();
  entries.forEach((_, i) => {
    const root = groups.find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });
  const result: WorkspaceActor[] = [];
  for (const indices of members.values()) {
    const group = indices.map((i) => entries[i]);
    const name = representativeName(group.map((entry) => entry.name));
    const byFile = new Map<string, ActorFile>();
    for (const entry of group) {
      const file = byFile.get(entry.uri);
      if (file) {
        file.claims.push(...entry.claims);
        file.claimCount += entry.claimCount;
      } else {
        byFile.set(entry.uri, { uri: entry.uri, claims: [...entry.claims], claimCount: entry.claimCount });
      }
    }
    const files = [...byFile.values()].sort((a, b) => b.claimCount - a.claimCount || (a.uri < b.uri ? -1 : 1));
    for (const file of files) file.claims.sort((a, b) => a.start - b.start);
    const aliases = [...new Set(group.flatMap((entry) => [entry.name, ...entry.aliases]))].filter((alias) => alias !== name).sort();
    result.push({
      key: `${group[0].kind}|${normalized(name)}`,
      name,
      kind: group[0].kind,
      aliases,
      files,
      claimCount: files.reduce((sum, file) => sum + file.claimCount, 0),
    });
  }
  return result.sort((a, b) => b.files.length - a.files.length || b.claimCount - a.claimCount || a.name.localeCompare(b.name));
}

/** The name most files use; ties go to the longest (the fullest form), then alphabetical. */
function representativeName(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || b.length - a.length || a.localeCompare(b))[0][0];
}
