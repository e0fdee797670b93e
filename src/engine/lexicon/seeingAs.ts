/**
 * Verbs of regard and depiction that state a view only in the frame "see X as Y" ("voters see the levy as a burden",
 * "views him favorably", "cast herself as an outsider", "painted the plan as a tax"): without "as" or an evaluative
 * adverb they are perception or plain acts ("saw him at the rally", "cast a ballot"), no report.
 */
import { inflect, VerbForm } from './inflect';
import type { Token } from '../tokens';

const SEEING = `see view regard cast paint depict`;

const IRREGULAR_PASTS: Record<string, string[]> = { see: ['saw', 'seen'], cast: ['cast'] };

/** Lowercased surface form → its verb and form. */
export const SEEING_VERBS: ReadonlyMap<string, { base: string; form: VerbForm }> = (() => {
  const table = new Map<string, { base: string; form: VerbForm }>();
  for (const base of SEEING.split(/\s+/)) {
    for (const [form, verbForm] of inflect(base)) {
      if (verbForm === 'past' && IRREGULAR_PASTS[base]) continue;
      table.set(form, { base, form: verbForm });
    }
    for (const past of IRREGULAR_PASTS[base] ?? []) table.set(past, { base, form: 'past' });
  }
  return table;
})();

/** Adverbs that make "views him favorably" a view without "as". */
const EVALUATIVE_ADVERBS = new Set(['favorably', 'unfavorably', 'favourably', 'unfavourably', 'positively', 'negatively']);

/** Words an object noun phrase between the verb and "as" may hold ("the campaign of Ms. Ruiz", "her own party"). */
const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM', 'PART']);

/**
 * Whether the verb at token i has an object noun phrase of at most ten words followed by "as" or an evaluative
 * adverb: "see [Ms. Ruiz] as", "viewed [him] favorably". Punctuation, a verb or a quote between ends the search.
 */
export function regardsAs(tokens: Token[], i: number, last: number): boolean {
  for (let k = i + 1; k <= last && k <= i + 11; k++) {
    const t = tokens[k];
    if ((t.lower === 'as' || EVALUATIVE_ADVERBS.has(t.lower)) && k > i + 1) return true;
    if (t.quote >= 0) return false;
    if (!OBJECT_POS.has(t.pos) && !(t.pos === 'ADP' && (t.lower === 'of' || t.lower === 'in'))) return false;
  }
  return false;
}
