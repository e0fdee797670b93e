/**
 * Quotes that no cue explains: a name and any verb after the quote, or the subject of the clause holding it.
 */
import type { CueMatch } from '../cues';
import { CUE_WORDS } from '../lexicon/cues';
import { SUBJECT_PRONOUNS } from '../lexicon/names';
import { isBetweenSubjectAndVerb, isProperLike, nounPhraseStartingAt, nounPhraseWithModifiers } from '../phrases';
import type { Quote } from '../quotes';
import { DraftClaim, Context, isComma, closesQuote, opensQuote, Subject, contentEndToken, make } from './context';
import { couldSpeak, subjectLeft } from './subjects';
import { afterClause, withContinuation } from './content';

/**
 * A quote inside a sentence that no cue explains ("The minister dismissed the report as “a fairy tale”") belongs to the
 * subject of the clause that holds it: the verb before the quote is the cue.
 */
export function quotedClauseClaims(ctx: Context, drafts: DraftClaim[]): DraftClaim[] {
  const { tokens, s, quotes } = ctx;
  const out: DraftClaim[] = [];
  let covered = drafts.map((d) => [d.contentStart, d.contentEnd] as [number, number]);
  for (let i = s.first; i <= s.last; i++) {
    if (!opensQuote(ctx, i)) continue;
    const q = quotes[tokens[i].quote];
    if (covered.some(([a, b]) => Math.min(b, q.end) - Math.max(a, q.start) >= (q.end - q.start) / 2)) continue;
    // The main clause's verb: the first finite verb of the sentence (or after its last semicolon) that has a
    // subject; the quote's own clause is usually embedded in it.
    let clauseStart = s.first;
    for (let k = i - 1; k > s.first; k--) if (tokens[k].text === ';' && tokens[k].quote < 0) { clauseStart = k + 1; break; }
    let verb = -1;
    let subject: Subject | null = null;
    // The nearest verb whose subject could speak (a person, a group, an organisation, a document); else the
    // first verb of the clause with any subject.
    let fallback: { verb: number; subject: Subject } | null = null;
    for (let k = i - 1; k > clauseStart && !subject; k--) {
      const t = tokens[k];
      // Verbs inside what someone else is reported to have said are not the reporting clause.
      if (t.quote >= 0 || drafts.some((d) => d.contentStart <= t.start && t.end <= d.contentEnd)) continue;
      // Finite verbs, progressive ones included ("has been steadily attacking"), not infinitives or participles.
      let aux = k - 1;
      while (aux > clauseStart && tokens[aux].pos === 'ADV') aux--;
      const progressive = t.lower.endsWith('ing') && tokens[aux].pos === 'AUX';
      // Finite verbs and copulas: "the statement was “true”" is mostly the reporter quoting the subject.
      // "Voss referenced/ADJ": a past form right after a name is its verb, whatever the tagger says.
      const beforeVerb = tokens[aux + 1 === k ? aux : k - 1];
      const pastAfterName = t.pos === 'ADJ' && t.lower.endsWith('ed') && (beforeVerb.pos === 'PROPN' || SUBJECT_PRONOUNS.has(beforeVerb.lower));
      const finite = (t.pos === 'VERB' || pastAfterName || (t.pos === 'AUX' && /^(is|was|are|were)$/.test(t.lower))) && (!t.lower.endsWith('ing') || progressive) && tokens[k - 1].lower !== 'to';
      if (!finite) continue;
      let v = k;
      while (v - 1 > clauseStart && (tokens[v - 1].pos === 'AUX' || isBetweenSubjectAndVerb(tokens[v - 1]))) v--;
      const found = subjectLeft(ctx, v);
      // "it seemed “…”" describes; "it referenced “…”" (an institution) reports.
      if (!found || (tokens[found.head.last].lower === 'it' && /^(seem|seems|seemed|look|looks|looked|become|became)$/.test(t.lower))) continue;
      if (couldSpeak(tokens, found.head)) { subject = found; verb = k; } else fallback = { verb: k, subject: found };
    }
    if (!subject && fallback) ({ verb, subject } = fallback);
    if (!subject || verb < 0) continue;
    const cue: CueMatch = { first: verb, last: verb, cueClass: 'object', base: tokens[verb].lower, form: 'phrase', sourceAfter: false, passive: false };
    const last = contentEndToken(ctx, verb + 1, s.last);
    if (last < verb + 1) continue;
    const draft = make(ctx, { first: verb + 1, last }, cue, subject, 'quoted');
    out.push(draft);
    covered = covered.concat([[draft.contentStart, draft.contentEnd]]);
  }
  return out;
}

export function covers(drafts: DraftClaim[], q: Quote): boolean {
  return drafts.some((d) => Math.min(d.contentEnd, q.end) - Math.max(d.contentStart, q.start) >= (q.end - q.start) / 2);
}

/**
 * "“…,” Moss shot back." / "“…,” read one sign.": whatever the verb, a name and a verb right after a quote that
 * closes on a comma, "?" or "!" say who spoke it.
 */
export function quoteThenSpeakerClaims(ctx: Context, drafts: DraftClaim[]): DraftClaim[] {
  const { tokens, s, quotes } = ctx;
  const out: DraftClaim[] = [];
  for (let i = s.first; i < s.last; i++) {
    if (!closesQuote(ctx, i)) continue;
    const q = quotes[tokens[i].quote];
    if (covers(drafts, q) || covers(out, q)) continue;
    const before = tokens[i].text.length > 1 ? tokens[i].text : tokens[i - 1]?.text ?? '';
    if (!/[,?!\u2014-]$/.test(before) && !(i - 1 >= s.first && /^[,?!]$/.test(tokens[i - 1].text))) continue;
    let k = i + 1;
    if (k <= s.last && isComma(tokens[k])) k++;
    if (k > s.last) continue;
    let subject: Subject | null = null;
    let verb = -1;
    // "a narrator in the video states": the speaker's noun phrase may carry its qualifiers.
    const npLast = nounPhraseWithModifiers(tokens, k, s.last);
    if (npLast >= 0) {
      let v = npLast + 1;
      while (v <= s.last && isBetweenSubjectAndVerb(tokens[v])) v++;
      if (v <= s.last && (tokens[v].pos === 'VERB' || CUE_WORDS.has(tokens[v].lower)) && tokens[v].quote < 0) {
        verb = v;
        const headLast = Math.min(npLast, nounPhraseStartingAt(tokens, k, s.last));
        subject = { source: { first: k, last: npLast }, head: { first: k, last: headLast }, appositive: null };
      } else if (npLast > k && /^\p{Ll}/u.test(tokens[npLast].text) && isProperLike(tokens[npLast - 1])) {
        // "Moss shot/NOUN back", "Voss notes/NOUN": after a quote, the lowercase word after a name is its verb.
        verb = npLast;
        subject = { source: { first: k, last: npLast - 1 }, head: { first: k, last: npLast - 1 }, appositive: null };
      }
    }
    if (!subject && tokens[k].pos === 'VERB') {
      const inverted = nounPhraseStartingAt(tokens, k + 1, s.last);
      if (inverted >= 0) {
        verb = k;
        subject = { source: { first: k + 1, last: inverted }, head: { first: k + 1, last: inverted }, appositive: null };
      }
    }
    if (!subject || !couldSpeak(tokens, subject.head)) continue;
    let a = i;
    while (a - 1 >= s.first && tokens[a - 1].quote === tokens[i].quote) a--;
    const cue: CueMatch = { first: verb, last: verb, cueClass: 'speech', base: tokens[verb].lower, form: 'phrase', sourceAfter: false, passive: false };
    out.push(withContinuation(ctx, make(ctx, { first: a, last: i }, cue, subject, 'inverted'), afterClause(ctx, Math.max(verb, subject.source.last) + 1)));
  }
  return out;
}
