/**
 * Tests of a word's first character, asked of many tokens and names: an ASCII character by its code, any other by a
 * regular expression over the first code point; and the ASCII tests by code unit that the name scanners ask of
 * letters inside a word; and /\s/ by code unit for the trimming loops. (Module constants: a literal in a function is
 * a new RegExp object each time it runs, and most words open with an ASCII character, which needs none.)
 */
const LETTER = /^\p{L}/u;
const CAPITAL = /^\p{Lu}/u;
const LOWER_CASE = /^\p{Ll}/u;

/** Whether code unit c is an ASCII capital, A to Z. */
export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Whether code unit c is an ASCII lower-case letter, a to z. */
export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Whether code unit c is an ASCII digit, 0 to 9 (what \d matches). */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** /^\p{L}/u.test(text) */
export function opensWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return isAsciiUpper(c) || isAsciiLower(c);
  return LETTER.test(text);
}

/** /^\p{Lu}/u.test(text) */
export function opensWithCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return isAsciiUpper(c);
  return CAPITAL.test(text);
}

/** /^\p{Ll}/u.test(text) */
export function opensInLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return isAsciiLower(c);
  return LOWER_CASE.test(text);
}

/**
 * /\s/.test(text[i]) by its code unit, without running a regular expression: asked at both ends of every claim's
 * content and of its pieces (assemble.ts, contentParts.ts). The ASCII spaces and line breaks, then the rest of
 * JavaScript's \s: the Unicode space separators, the line and paragraph separators and the byte order mark.
 */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff;
}

/** word.endsWith('.') by its last code unit: asked of every capitalised word, where endsWith is a call into the runtime. */
export function endsWithFullStop(word: string): boolean {
  return word.charCodeAt(word.length - 1) === FULL_STOP;
}

const FULL_STOP = 46;
