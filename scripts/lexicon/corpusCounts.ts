/**
 * Counts, over gold attributions (PolNeAR train), how often each verb and noun lemma heads a gold cue and how
 * often it occurs, split by the complement that follows it (src/engine/complements.ts: a "that" clause, "to" and
 * a verb, a quote, a preposition and its object, …). The text is read with the engine's own tokens, quotes and
 * sentences, and a verb is counted only where the engine's rule for a generated cue word would take it
 * (generatedCueAt: tagged as a verb, active, not a modifier; hasSpeakingSubject: a subject that can speak), so the
 * rate of a (lemma, complement) pair is the precision of "this lemma with this complement is a cue" as the engine
 * applies it. Lemmas come from a second wink-nlp reading (its lemmatizer), joined to the engine's tokens by
 * character offset. Only numbers leave this module, never corpus text.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { GoldDocument } from '../../bench/gold';
import { tokenize, Token } from '../../src/engine/tokens';
import { findQuotes } from '../../src/engine/quotes';
import { buildSentences, markQuotedTokens } from '../../src/engine/units';
import { complementAfter, Complement } from '../../src/engine/complements';
import { generatedCueAt } from '../../src/engine/cues';
import { hasSpeakingSubject } from '../../src/engine/claims/subjects';
import { inflect, VerbForm } from '../../src/engine/lexicon/inflect';
import { nounHasAgent } from '../../src/engine/claims/nounCues';

/** Occurrences and cue heads. */
export interface Count { seen: number; cue: number }

export interface LemmaCounts extends Count {
  byComplement: Partial<Record<Complement, Count>>;
  /** Nouns only, by complement: occurrences with someone behind the noun (nounHasAgent), and without. */
  withAgent: Partial<Record<Complement, Count>>;
  withoutAgent: Partial<Record<Complement, Count>>;
  /** Surface forms met (lower case), to check that the engine's inflection produces them. */
  forms: Set<string>;
}

export interface CorpusCounts {
  verbs: Map<string, LemmaCounts>;
  nouns: Map<string, LemmaCounts>;
  documents: number;
}

/** Character offset of each word's start → its lemma, from wink-nlp's lemmatizer. */
function lemmasByOffset(nlp: ReturnType<typeof winkNLP>, text: string): Map<number, string> {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  // wink-nlp types its.lemma with a signature out() does not accept, though out(its.lemma) is its documented use.
  const lemmas = doc.tokens().out(nlp.its.lemma as never) as string[];
  const byOffset = new Map<number, string>();
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const start = text.indexOf(values[i], cursor);
    if (start < 0 || start > cursor + 64) continue; // never expected: wink-nlp is lossless
    cursor = start + values[i].length;
    byOffset.set(start, lemmas[i].toLowerCase());
  }
  return byOffset;
}

function bump(counts: Partial<Record<Complement, Count>>, complement: Complement, isCue: boolean): void {
  const c = counts[complement] ??= { seen: 0, cue: 0 };
  c.seen++;
  if (isCue) c.cue++;
}

function countsOf(map: Map<string, LemmaCounts>, lemma: string, t: Token, isCue: boolean): LemmaCounts {
  let counts = map.get(lemma);
  if (!counts) map.set(lemma, counts = { seen: 0, cue: 0, byComplement: {}, withAgent: {}, withoutAgent: {}, forms: new Set() });
  counts.seen++;
  if (isCue) counts.cue++;
  counts.forms.add(t.lower);
  return counts;
}

/** Surface form → verb form, for each lemma as the engine inflects it (memoised). */
const formTables = new Map<string, Map<string, VerbForm>>();
function verbFormOf(lemma: string, lower: string): VerbForm | undefined {
  let table = formTables.get(lemma);
  if (!table) formTables.set(lemma, table = new Map(inflect(lemma)));
  return table.get(lower);
}

/**
 * Counts for every lemma in `verbLemmas` (tagged VERB) and `nounLemmas` (tagged NOUN) over the documents. A word
 * heads a cue when any of its characters lies inside a gold cue span.
 */
export function countLemmas(docs: readonly GoldDocument[], verbLemmas: ReadonlySet<string>, nounLemmas: ReadonlySet<string>): CorpusCounts {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const verbs = new Map<string, LemmaCounts>();
  const nouns = new Map<string, LemmaCounts>();
  for (const doc of docs) {
    const text = doc.text;
    const inCue = new Uint8Array(text.length);
    for (const a of doc.attributions) for (const [start, end] of a.cue) inCue.fill(1, start, end);
    const lemmas = lemmasByOffset(nlp, text);
    const { tokens, sentences: winkSentences } = tokenize(text);
    const quotes = findQuotes(text);
    markQuotedTokens(tokens, quotes);
    const sentences = buildSentences(text, tokens, winkSentences, quotes);
    for (let index = 0; index < sentences.length; index++) {
      const s = sentences[index];
      for (let i = s.first; i <= s.last; i++) {
        const t = tokens[i];
        if (t.quote >= 0) continue; // the engine looks for cues outside quotes only
        const lemma = lemmas.get(t.start) ?? t.lower;
        const isVerb = t.pos === 'VERB' && verbLemmas.has(lemma);
        const isNoun = t.pos === 'NOUN' && nounLemmas.has(lemma);
        if (!isVerb && !isNoun) continue;
        const isCue = inCue.subarray(t.start, t.end).includes(1);
        if (isNoun) {
          const counts = countsOf(nouns, lemma, t, isCue);
          const complement = complementAfter(tokens, i, s.last, false);
          bump(counts.byComplement, complement, isCue);
          bump(nounHasAgent(tokens, i, s.first, s.last) ? counts.withAgent : counts.withoutAgent, complement, isCue);
          continue;
        }
        const counts = countsOf(verbs, lemma, t, isCue);
        // A form the engine's inflection does not make is never matched (generate.ts lists such forms).
        const form = verbFormOf(lemma, t.lower);
        const cue = form ? generatedCueAt(tokens, i, s.first, s.last, { form, base: lemma }) : null;
        if (cue && hasSpeakingSubject({ tokens, quotes, s, index }, cue)) bump(counts.byComplement, cue.complement!, isCue);
      }
    }
  }
  return { verbs, nouns, documents: docs.length };
}
