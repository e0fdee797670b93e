/**
 * Outlets that relay: "Ana Ruiz said she was elated, according to KRVT News" names the outlet that carried her
 * words, and she is their source. When an "according to" claim of a news outlet holds a claim whose speaker is a
 * named actor, the outlet's claim is dropped: the reader sees who said it, not who printed it first. An outlet
 * that reports on its own ("… according to the Riverton Herald.") stays a source, and so does one that opens the
 * sentence ("According to KRVT News, Ruiz said …"), which presents the report as its own.
 */
import type { Entity } from '../actors';
import { byContentStart, type Resolved } from '../speakers';
import type { Token } from '../tokens';
import { rootOf } from './clusters';

/** Last words of a news outlet's name. */
const OUTLET_WORDS = new Set(['news', 'times', 'post', 'press', 'herald', 'journal', 'tribune', 'gazette', 'telegraph',
  'guardian', 'chronicle', 'observer', 'radio', 'tv', 'television', 'broadcasting', 'magazine', 'daily', 'wire',
  'reuters', 'bloomberg', 'cnn', 'bbc', 'abc', 'cbs', 'nbc', 'afp', 'ap', 'upi', 'dispatch', 'courier', 'record']);

export function isOutlet(e: Entity): boolean {
  if (e.kind !== 'organization' || !e.proper) return false;
  const last = e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase();
  return OUTLET_WORDS.has(last);
}

/** Drops the outlet's "according to" claims that hold a named speaker's claim; returns the claims kept. */
export function dropRelays(resolved: Resolved[], tokens: Token[]): Resolved[] {
  // Only a credit after the words ("…, according to KRVT News."): an opening "According to KRVT News, …" frames
  // what follows as the outlet's own report.
  const relays = resolved.filter((r) => r.draft.pattern === 'according' && r.draft.cue !== null && tokens[r.draft.cue.first].start > r.draft.contentStart &&
    r.entity && isOutlet(rootOf(r.entity)!));
  if (relays.length === 0) return resolved;
  const byStart = resolved.filter((r) => r.entity && rootOf(r.entity)!.proper && r.draft.pattern !== 'according')
    .sort(byContentStart);
  const dropped = new Set<Resolved>();
  for (const relay of relays) {
    // A binary search for the first claim starting inside the relay's content, then a look at the few after it.
    let lo = 0, hi = byStart.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (byStart[mid].draft.contentStart < relay.draft.contentStart) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < byStart.length && k < lo + 4 && byStart[k].draft.contentStart < relay.draft.contentEnd; k++) {
      const inner = byStart[k];
      if (rootOf(inner.entity) !== rootOf(relay.entity)) { dropped.add(relay); break; }
    }
  }
  return dropped.size === 0 ? resolved : resolved.filter((r) => !dropped.has(r));
}
