/**
 * East Asian given names written with a hyphen ("Kim Ji-woo", "Park Seo-yeon"). The tokenizer cuts the lower-case
 * second syllable off and tags it as a word of its own ("woo" as a verb), which then breaks the name and hides the
 * subject of "Kim Ji-woo said". This pass, run once after tagging, tags such a syllable as part of a proper name,
 * so names.ts joins it and the claim passes see one name.
 */
import { isGluedHyphen, type Token } from './tokens';
import { opensWithCapital } from './letters';

/** Longest first syllable and longest second syllable, in letters. */
const SYLLABLE = 4;

function glued(tokens: Token[], k: number): boolean {
  return tokens[k].start === tokens[k - 1].end;
}

/**
 * Tags the syllable after "Family Given-" as PROPN when a capitalised family name stands before the first syllable,
 * both syllables are short, and no noun follows it: "the Tom Hale-era rules" and "a Hale-led panel" are compounds
 * that modify a noun, not names. Linear: each hyphen is looked at once.
 */
export function markHyphenatedGivenNames(tokens: Token[]): void {
  for (let h = 2; h + 1 < tokens.length; h++) {
    if (!isGluedHyphen(tokens, h)) continue;
    const first = tokens[h - 1];
    const second = tokens[h + 1];
    const family = tokens[h - 2];
    if (first.pos !== 'PROPN' || family.pos !== 'PROPN' || first.paragraph !== family.paragraph) continue;
    if (first.text.length > SYLLABLE || !/^\p{Lu}\p{Ll}*$/u.test(first.text) || !opensWithCapital(family.text)) continue;
    if (!/^\p{Ll}{2,4}$/u.test(second.text)) continue;
    const after = tokens[h + 2];
    if (after && !glued(tokens, h + 2) && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'PROPN')) continue;
    second.pos = 'PROPN';
  }
}
