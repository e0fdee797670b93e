/**
 * "the fee (which Hale also supports)", "a rival, whom Ruiz attacked, …", "a nominee that donors could not support.":
 * in a relative clause, a verb of stance with no object of its own reports the relative pronoun, which stands for
 * the noun before it; PolNeAR marks the pronoun itself as what was backed or attacked. Verbs of saying and thinking
 * are left out: their relative pronoun is as often the subject of a reported clause ("which he believes will fail").
 */
import type { CueMatch } from '../cues';
import type { Token } from '../tokens';
import { Context, DraftClaim, isComma, make, Subject } from './context';

/** Pronouns that open a relative clause and can be its object. */
const OBJECT_RELATIVES = new Set(['which', 'whom', 'who', 'that']);

/** Tags of a word that shows the cue's object is missing: the clause ends, or a new one is joined on. */
const NO_OBJECT_AFTER = new Set(['PUNCT', 'CCONJ']);

/** Adverbs passed over after the cue ("supports strongly"). */
const MAX_ADVERBS = 3;

/** The claim of a cue whose object is the relative pronoun before its subject, or null. */
export function relativeObjectClaim(ctx: Context, cue: CueMatch, subject: Subject): DraftClaim | null {
  const { tokens, s } = ctx;
  if (cue.cueClass !== 'object' || cue.passive) return null;
  const rel = subject.source.first - 1;
  if (rel <= s.first || tokens[rel].quote >= 0 || !OBJECT_RELATIVES.has(tokens[rel].lower)) return null;
  // "that" relates only right after a noun ("a nominee that donors oppose"); elsewhere it is a pronoun or a conjunction.
  if (tokens[rel].lower === 'that' && tokens[rel - 1].pos !== 'NOUN' && tokens[rel - 1].pos !== 'PROPN') return null;
  return objectMissing(tokens, cue.last + 1, s.last) ? make(ctx, { first: rel, last: rel }, cue, subject, 'subject') : null;
}

/** Whether nothing the cue could report follows from token k, past adverbs: the sentence's end, punctuation, a conjunction. */
function objectMissing(tokens: Token[], k: number, last: number): boolean {
  for (let n = 0; k <= last && n < MAX_ADVERBS && tokens[k].pos === 'ADV' && tokens[k].quote < 0; n++) k++;
  if (k > last) return true;
  const t = tokens[k];
  // (Not a preposition: "whom he described as …", "which he likened to …" have a complement after all.)
  return t.quote < 0 && NO_OBJECT_AFTER.has(t.pos);
}

/**
 * Classes of cues that report a clause: the relative pronoun may be that clause's subject. (Compared rather than
 * looked up: asked of every cue with a subject.)
 */
function reportsClause(cue: CueMatch): boolean {
  return cue.cueClass === 'that' || cue.cueClass === 'speech' || cue.cueClass === 'infinitive';
}

/**
 * "the dock, which she thinks will bring back the ferry", "a levy that Hale said would pay for the pier": in a relative clause, a cue of
 * saying or thinking followed at once by a finite verb reports a clause whose subject is the relative pronoun. The
 * claim runs from the pronoun to the clause's end (a comma or the sentence's end); its words leave out the speaker and
 * the cue between (contentParts.ts), as PolNeAR draws them. Else null.
 */
export function relativeSubjectClaim(ctx: Context, cue: CueMatch, subject: Subject, limit: number): DraftClaim | null {
  const { tokens, s } = ctx;
  if (!reportsClause(cue) || cue.passive || cue.form === 'gerund') return null;
  const rel = subject.source.first - 1;
  if (rel <= s.first || tokens[rel].quote >= 0 || !OBJECT_RELATIVES.has(tokens[rel].lower) || tokens[rel].text !== tokens[rel].lower) return null;
  if (tokens[rel].lower === 'that' && tokens[rel - 1].pos !== 'NOUN' && tokens[rel - 1].pos !== 'PROPN') return null;
  let k = cue.last + 1;
  for (let n = 0; k <= limit && n < MAX_ADVERBS && tokens[k].pos === 'ADV' && tokens[k].quote < 0; n++) k++;
  const verb = tokens[k];
  if (k > limit || verb.quote >= 0 || !(verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing')))) return null;
  let last = limit;
  for (let m = k + 1; m <= limit; m++) {
    if (tokens[m].quote < 0 && (isComma(tokens[m]) || tokens[m].text === ';')) { last = m - 1; break; }
  }
  while (last > k && tokens[last].quote < 0 && /^[.!?:]$/.test(tokens[last].text)) last--;
  return make(ctx, { first: rel, last }, cue, subject, 'subject');
}
