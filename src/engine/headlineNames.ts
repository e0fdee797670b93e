/**
 * Names in a title-case headline. "Ana Ruiz Calls Tom Hale A Liar" capitalises every word, so its run of
 * capitals reads as one long name, and the Actors view would list "Ana Ruiz Calls Tom Hale" as a person. The
 * article's body writes the same people in running text, where the verbs are lower case: a headline's long run is
 * cut into the names the body gives, and the words between them (the headline's verbs and nouns) are no name.
 */
import type { Token } from './tokens';
import { joinTokens, type NameChunk } from './names';
import { opensWithLetter } from './letters';
import { isFirstName } from './lexicon/firstNames';

/** Short words that title case leaves in lower case. */
export const TITLE_CASE_MINOR: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of',
  'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'vs.', 'with', 'from', 'into', 'over', 'than', 'amid']);

/** A headline written in title case holds at least this many words. */
const MIN_WORDS = 4;
/** Known names matched inside a run are two to this many words long. */
const LONGEST_NAME = 5;

/** Whether a word's first character is no capital: ASCII by its code, without the two strings of charAt and toLowerCase. */
function opensWithoutCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c < 65 || c > 90;
  const first = text.charAt(0);
  return first === first.toLowerCase();
}

/**
 * Whether a sentence is written in title case: every word either opens with a capital or is one of the short
 * words title case leaves alone. A sentence of running text has lower-case verbs ("said"), so it never passes.
 */
export function isTitleCase(tokens: Token[], first: number, last: number): boolean {
  let words = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (!opensWithLetter(t.text)) continue;
    words++;
    if (opensWithoutCapital(t.text) && !TITLE_CASE_MINOR.has(t.lower)) return false;
  }
  return words >= MIN_WORDS;
}

function key(tokens: Token[], first: number, last: number): string {
  let k = tokens[first].lower;
  for (let i = first + 1; i <= last; i++) k += ` ${tokens[i].lower}`;
  return k;
}

/**
 * Cuts each run of three or more capitalised words in a title-case sentence into the names of two or more words
 * that the rest of the article gives (longest first, left to right), when such a name opens the run. Any other
 * run is left as it is, and so is every chunk outside title-case sentences. Linear: each run position tries at most LONGEST_NAME lengths.
 */
export function splitHeadlineNames(tokens: Token[], chunksBySentence: NameChunk[][], sentences: Array<{ first: number; last: number }>): void {
  const titleCase = sentences.map((s) => isTitleCase(tokens, s.first, s.last));
  if (!titleCase.includes(true)) return;
  const known = new Map<string, NameChunk>();
  // The surnames of the people the body names, for "Ana Ruiz Wins" when the body says "Ruiz" alone.
  const surnames = new Map<string, NameChunk>();
  chunksBySentence.forEach((chunks, s) => {
    if (titleCase[s]) return;
    for (const c of chunks) {
      const words = c.coreLast - c.coreFirst + 1;
      // People and bodies only: "Gold Coast" in "Gold Coast residents" is no one a headline's run should yield.
      if (words >= 2 && words <= LONGEST_NAME && (c.kind === 'person' || c.kind === 'organization')) known.set(key(tokens, c.coreFirst, c.coreLast), c);
      if (c.kind === 'person' || (c.kind === 'unknown' && words === 1)) surnames.set(tokens[c.coreLast].lower, c);
    }
  });
  if (known.size === 0 && surnames.size === 0) return;
  chunksBySentence.forEach((chunks, s) => {
    if (!titleCase[s]) return;
    const out: NameChunk[] = [];
    for (const c of chunks) {
      const found = c.coreLast - c.coreFirst >= 2 ? namesInside(tokens, c, known, surnames) : [];
      // The run must open with a known name, its subject: "Riverton Teachers Slam Ana Ruiz" found only "Ana Ruiz",
      // who is the object, and giving the run to her would name the wrong speaker.
      if (found.length === 0 || found[0].first !== c.coreFirst || (found.length === 1 && found[0].last === c.coreLast)) out.push(c);
      else out.push(...found);
    }
    chunksBySentence[s] = out;
  });
}

function namesInside(tokens: Token[], c: NameChunk, known: Map<string, NameChunk>, surnames: Map<string, NameChunk>): NameChunk[] {
  const found: NameChunk[] = [];
  let p = c.coreFirst;
  while (p < c.coreLast) {
    let matched = 0;
    for (let length = Math.min(LONGEST_NAME, c.coreLast - p + 1); length >= 2 && matched === 0; length--) {
      let model = known.get(key(tokens, p, p + length - 1));
      // "Ana Ruiz Wins …" where the body says "Ruiz": a given name and a surname the body gives to a person.
      const bySurname = !model && length === 2 && isFirstName(tokens[p].text) ? surnames.get(tokens[p + 1].lower) : undefined;
      if (bySurname) model = { ...bySurname, kind: 'person' };
      if (model) {
        matched = length;
        const last = p + length - 1;
        found.push({ ...model, first: p, last, coreFirst: p, coreLast: last, core: joinTokens(tokens, p, last), title: null, marked: false, hasTitle: false });
      }
    }
    p += matched || 1;
  }
  return found;
}

/**
 * The subject among the names of a title-case headline's run: "Ana Ruiz Slams Kestrel Bank Chief" holds two names
 * with a word between them that belongs to neither (the verb), so the run is a clause and its first name is the
 * subject. "Kestrel Bank Chief Ana Ruiz Says" has only a role word between them: a name with its title, whose last
 * name is the head. Returns the index of the subject in `names` (ordered), or -1 when the run is no clause.
 */
export function headlineSubjectIndex(tokens: Token[], names: Array<{ first: number; last: number }>, isTitleWord: (lower: string) => boolean): number {
  for (let n = 0; n + 1 < names.length; n++) {
    for (let k = names[n].last + 1; k < names[n + 1].first; k++) {
      const t = tokens[k];
      if (opensWithLetter(t.text) && !isTitleWord(t.lower) && !TITLE_CASE_MINOR.has(t.lower)) return 0;
    }
  }
  return -1;
}
