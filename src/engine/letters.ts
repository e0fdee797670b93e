/**
 * Tests of a word's first character, asked of many tokens and names: an ASCII character by its code, any other by a
 * regular expression over the first code point. (Module constants: a literal in a function is a new RegExp object
 * each time it runs, and most words open with an ASCII character, which needs none.)
 */
const LETTER = /^\p{L}/u;
const CAPITAL = /^\p{Lu}/u;
const LOWER_CASE = /^\p{Ll}/u;

/** /^\p{L}/u.test(text) */
export function opensWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text);
}

/** /^\p{Lu}/u.test(text) */
export function opensWithCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(text);
}

/** /^\p{Ll}/u.test(text) */
export function opensInLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_CASE.test(text);
}
