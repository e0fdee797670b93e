/**
 * Documents are how someone speaks, not who: "a statement", "the report", "a second tweet", "a news release".
 * Each claim a document speaks goes to its issuer: the body or person its source phrase names ("a statement from
 * the Riverton Police Department", "Ruiz's report", "a report filed by Officer Ana Ruiz"), else the named body or
 * person who spoke last before it. A document with no issuer in reach speaks for nobody.
 */
import type { Entity } from '../actors';
import { SPEECH_NOUNS } from '../lexicon/cues';
import { byContentStart, type Resolved } from '../speakers';
import { rootOf } from './clusters';
import { sortedCopy } from '../arrays';

/** "Plans call for …", "Proposals include …": what a body puts forward, a document when it speaks. */
export const PLAN_NOUNS = new Set(['plan', 'plans', 'proposal', 'proposals', 'budget', 'budgets']);

export const DOCUMENT_NOUNS = new Set([...SPEECH_NOUNS, ...PLAN_NOUNS, 'tweet', 'tweets', 'post', 'posts', 'release',
  'clarification', 'update', 'bulletin', 'notice', 'advisory', 'alert', 'message', 'video', 'footage', 'website', 'blog',
  'filing', 'affidavit', 'complaint', 'lawsuit', 'petition', 'motion', 'verdict', 'warning', 'bill', 'legislation', 'measure']);

export function isDocument(e: Entity): boolean {
  return !e.proper && e.head !== null && DOCUMENT_NOUNS.has(e.head);
}

function spokenByDocument(r: Resolved): boolean {
  const speaker = rootOf(r.entity);
  return speaker !== null && isDocument(speaker);
}

/** How far back (in claims) a document's issuer is looked for when its source names none. */
const ISSUER_LOOKBACK = 12;

/**
 * Gives each claim spoken by a document to its issuer. `namedIn(claim)` lists the clusters named inside that
 * claim's source phrase, in text order.
 */
export function assignDocumentIssuers(resolved: Resolved[], namedIn: (r: Resolved) => Entity[], sourceSpan?: (r: Resolved) => [number, number]): void {
  // Most articles have no claim a document speaks: then the claims are not copied and sorted.
  if (!resolved.some(spokenByDocument)) return;
  const ordered = sortedCopy(resolved, byContentStart);
  // "A statement from the lab said … The statement added …": a document met again keeps its issuer.
  const issuerOf = new Map<string, Entity>();
  ordered.forEach((r, index) => {
    const speaker = rootOf(r.entity);
    if (!speaker || !isDocument(speaker)) return;
    // The last name in the phrase is the issuer: "the Riverton Tidal Laboratory" is the laboratory.
    const issuer = namedIn(r).map((e) => rootOf(e)).filter((e) => e !== speaker && e.proper && (e.kind === 'organization' || e.kind === 'person' || e.kind === 'group')).pop();
    // The document's words are the issuer's: its mention ("the letter") becomes one of the issuer's.
    const lend = (to: Entity) => { if (r.draft.source && sourceSpan) to.mentions.push(sourceSpan(r)); };
    if (issuer) {
      issuerOf.set(speaker.head!, issuer);
      lend(issuer);
      r.entity = issuer;
      r.evidence = `issued by ${issuer.name}: ${r.evidence}`;
      return;
    }
    const known = issuerOf.get(speaker.head!);
    if (known) { lend(known); r.entity = known; r.evidence = `the ${speaker.head} of ${known.name}: ${r.evidence}`; return; }
    for (let k = index - 1; k >= 0 && k >= index - ISSUER_LOOKBACK; k--) {
      const before = rootOf(ordered[k].entity);
      if (before && before.proper && !isDocument(before) && (before.kind === 'organization' || before.kind === 'person')) {
        lend(before);
        r.entity = before;
        r.evidence = `the document of ${before.name}, the last named speaker: ${r.evidence}`;
        return;
      }
    }
    r.evidence = `a document with no issuer named: ${r.evidence}`;
    r.entity = null;
  });
}
