/**
 * The cues of the gold claims the engine misses, as lemmas: "has repeatedly cited" counts as "cite". The quality
 * benchmark prints the most frequent ones, so that the next cue to teach the engine is read off a count, and no
 * corpus text is shown: a lemma is a dictionary word. wink-nlp (the engine's own tagger) gives part of speech and
 * lemma. Pure apart from the model it loads once.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { GoldAttribution } from './gold';
import type { Match } from './score';

const nlp = winkNLP(model);
const its = nlp.its;

/** Parts of speech a cue's head may have, most telling first: "voiced concern" is "voice", "according to" is "accord". */
const HEAD_TAGS = ['VERB', 'NOUN', 'ADJ'];

/** The lemma of a cue phrase's head word, lower-cased; "" when it holds no word. */
export function cueLemma(cueText: string): string {
  const doc = nlp.readDoc(cueText.replace(/\s+/g, ' ').trim());
  const tags = doc.tokens().out(its.pos) as string[];
  // (wink-nlp types its.lemma as needing the model's add-ons, which the lite model supplies itself.)
  const lemmas = (doc.tokens().out(its.lemma as unknown as typeof its.pos) as string[]).map((l) => l.toLowerCase());
  for (const tag of HEAD_TAGS) {
    const k = tags.indexOf(tag);
    if (k >= 0) return lemmas[k];
  }
  const words = lemmas.filter((l) => /\p{L}/u.test(l));
  return words[words.length - 1] ?? '';
}

/** Adds the cue lemma of every gold claim no predicted claim matches (claims without a cue are counted as "(no cue)"). */
export function tallyMissedCues(counts: Map<string, number>, gold: readonly GoldAttribution[], matches: readonly Match[]): void {
  const matched = new Set(matches.map((m) => m.gold));
  gold.forEach((g, i) => {
    if (matched.has(i)) return;
    const lemma = g.cueText ? cueLemma(g.cueText) || '(no word)' : '(no cue)';
    counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  });
}

/** The `n` most frequent lemmas, most frequent first (ties in alphabetical order). */
export function topMissedCues(counts: ReadonlyMap<string, number>, n: number): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}
