/**
 * Clusters of entities: each resolution pass merges an entity into another, and every reader follows
 * `mergedInto` to the cluster's root. Merging moves mentions and name forms, and keeps the stronger kind,
 * role and gender, so the root alone describes the actor.
 */
import type { Entity } from '../actors';

export function rootOf(e: Entity): Entity;
export function rootOf(e: Entity | null): Entity | null;
export function rootOf(e: Entity | null): Entity | null {
  if (!e) return null;
  let root = e;
  while (root.mergedInto) root = root.mergedInto;
  // Path compression keeps later look-ups constant-time.
  let at = e;
  while (at.mergedInto && at.mergedInto !== root) { const next = at.mergedInto; at.mergedInto = root; at = next; }
  return root;
}

/**
 * "another source", "a second official": a description of someone other than the one met before, however alike the
 * words. actors.ts keys such a description by where it stands ("description:source#120"); no pass merges it by name.
 */
export function isAnotherOne(e: Entity): boolean {
  return e.key.startsWith('description:') && e.key.includes('#');
}

const KIND_STRENGTH: Record<Entity['kind'], number> = { unknown: 0, thing: 1, group: 2, place: 3, organization: 4, person: 5 };

/** Merges the cluster of `from` into the cluster of `into`; returns the surviving root. */
export function merge(into: Entity, from: Entity): Entity {
  const a = rootOf(into);
  const b = rootOf(from);
  if (a === b) return a;
  b.mergedInto = a;
  for (const m of b.mentions) a.mentions.push(m);
  b.mentions.length = 0;
  for (const f of b.forms) if (!a.forms.includes(f)) a.forms.push(f);
  for (const d of b.described) if (!a.described.includes(d)) a.described.push(d);
  // A description merged into a name keeps the name's kind; two names of unknown kind take the known one.
  if (a.kind === 'unknown' || (!a.proper && b.proper && KIND_STRENGTH[b.kind] > KIND_STRENGTH[a.kind])) a.kind = b.kind;
  a.role ??= b.role;
  a.gender ??= b.gender;
  a.proper ||= b.proper;
  a.firstMention = Math.min(a.firstMention, b.firstMention);
  return a;
}
