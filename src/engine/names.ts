/**
 * Proper-name chunks: runs of capitalised tokens ("Russian President Vladimir V. Putin", "Fox News"), split into
 * the title before the name and the name itself, and classified as a person, organisation or place.
 */
import type { Token } from './tokens';
import {
  DEMONYMS, FEMALE_HONORIFICS, GROUP_HEADS, HONORIFICS, MALE_HONORIFICS, NOT_NAMES, ORGANIZATION_HEADS, PLACES, TITLES,
} from './lexicon/names';

export type NameKind = 'person' | 'organization' | 'place' | 'group' | 'unknown';
export type Gender = 'male' | 'female' | undefined;

export interface NameChunk {
  /** Token range of the whole chunk, title included. */
  first: number;
  last: number;
  /** Token range of the name proper. */
  coreFirst: number;
  coreLast: number;
  /** The name as written, without title or honorific ("Vladimir V. Putin", "Peskov"). */
  core: string;
  /** Title text before the name, honorifics excluded ("Russian President"), or null. */
  title: string | null;
  kind: NameKind;
  gender: Gender;
  /** True when an honorific or title marks the chunk as a person. */
  marked: boolean;
  /** True when the title holds a title word ("President"), not only a demonym or place ("Russian"). */
  hasTitle: boolean;
}

const CONNECTORS = new Set(['of', 'de', 'da', 'del', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'du', '&', 'and']);
const UPPER = /^\p{Lu}/u;

function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text);
}

function isNameToken(t: Token, sentenceFirst: boolean): boolean {
  if (!startsUpper(t.text)) return false;
  if ((t.text.includes("'") || t.text.includes('\u2019')) && /['\u2019](m|re|ve|ll|d|s|t)$/i.test(t.text)) return false;
  if (NOT_NAMES.has(t.lower) || (t.lower.endsWith('.') && NOT_NAMES.has(t.lower.slice(0, -1)))) return HONORIFICS.has(t.lower);
  if (t.pos === 'PROPN') return true;
  if (sentenceFirst) return HONORIFICS.has(t.lower) || TITLES.has(t.lower);
  return t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'NUM';
}

function isTitleWord(lower: string): boolean {
  return TITLES.has(lower) || HONORIFICS.has(lower) || DEMONYMS.has(lower) || PLACES.has(lower);
}

function classify(tokens: Token[], chunk: Pick<NameChunk, 'coreFirst' | 'coreLast' | 'core'>, honorific: string | null, hasTitle: boolean): Pick<NameChunk, 'kind' | 'gender' | 'marked'> {
  const gender: Gender = honorific && MALE_HONORIFICS.has(honorific) ? 'male' : honorific && FEMALE_HONORIFICS.has(honorific) ? 'female' : undefined;
  const lower = chunk.core.toLowerCase();
  if (honorific) return { kind: 'person', gender, marked: true };
  if (PLACES.has(lower)) return { kind: 'place', gender, marked: false };
  for (let i = chunk.coreFirst; i <= chunk.coreLast; i++) {
    const w = tokens[i].lower;
    if (ORGANIZATION_HEADS.has(w) || ORGANIZATION_HEADS.has(w.replace(/\.$/, ''))) return { kind: 'organization', gender, marked: false };
  }
  if (chunk.coreFirst === chunk.coreLast && /^[\p{Lu}.&]{2,}$/u.test(tokens[chunk.coreFirst].text)) {
    return { kind: 'organization', gender, marked: false };
  }
  if (hasTitle) return { kind: 'person', gender, marked: true };
  // Two to four capitalised words are a person's name; longer runs are headlines or titles of works.
  const length = chunk.coreLast - chunk.coreFirst + 1;
  if (length >= 2 && length <= 4) return { kind: 'person', gender, marked: false };
  // "Muslims", "Mexicans", "Democrats": a capitalised plural names a group of people, never a "he" or "she".
  if (/(ans|ese|ists|ites)$/.test(lower) || GROUP_HEADS.has(lower)) return { kind: 'group', gender, marked: false };
  return { kind: 'unknown', gender, marked: false };
}

/** Finds name chunks in one sentence's token range, in order. */
export function findNames(tokens: Token[], first: number, last: number): NameChunk[] {
  const chunks: NameChunk[] = [];
  let i = first;
  while (i <= last) {
    // "(D-Ore.)", "(R)": party and state labels are not actors.
    if (tokens[i].text === '(' && i + 1 <= last && /^[DRI](-|$)/.test(tokens[i + 1].text)) {
      let k = i + 1;
      while (k <= last && k < i + 8 && tokens[k].text !== ')') k++;
      i = k + 1;
      continue;
    }
    // The first word of a sentence or of a quote is capitalised whatever it is.
    const opening = i === first || (i > first && tokens[i - 1].quote !== tokens[i].quote) || (i > first && tokens[i].quote >= 0 && tokens[i - 1].quote === tokens[i].quote && /^[\u201C"\u00AB']$/.test(tokens[i - 1].text));
    if (!isNameToken(tokens[i], opening)) { i++; continue; }
    let j = i;
    while (j + 1 <= last) {
      const next = tokens[j + 1];
      if (next.start !== tokens[j].end && next.start - tokens[j].end > 1) break;
      // Inside a name the tagger may call a capitalised word a verb ("the Daily Herald/VERB").
      const capitalisedVerb = next.pos === 'VERB' && UPPER.test(next.text) && !NOT_NAMES.has(next.lower);
      if ((isNameToken(next, false) || capitalisedVerb) && next.quote === tokens[i].quote) { j++; continue; }
      if (CONNECTORS.has(next.lower) && j + 2 <= last && isNameToken(tokens[j + 2], false) && next.lower !== 'and') { j += 2; continue; }
      break;
    }
    chunks.push(...splitChunk(tokens, i, j));
    i = j + 1;
  }
  return chunks;
}

function splitChunk(tokens: Token[], first: number, last: number): NameChunk[] {
  // Leading titles, honorifics and demonyms form the title; what follows is the name.
  let coreFirst = first;
  let honorific: string | null = null;
  // "European Commission", "Russian Foreign Ministry": an organisation keeps its demonym.
  let organisation = false;
  for (let k = first; k <= last && !organisation; k++) organisation = ORGANIZATION_HEADS.has(tokens[k].lower);
  while (coreFirst < last && isTitleWord(tokens[coreFirst].lower) && !(organisation && !HONORIFICS.has(tokens[coreFirst].lower) && !TITLES.has(tokens[coreFirst].lower))) {
    if (HONORIFICS.has(tokens[coreFirst].lower)) honorific = tokens[coreFirst].lower;
    coreFirst++;
  }
  // "House Speaker Ana Ruiz", "Senate Majority Leader Tom Hale": the title may open with the body it
  // belongs to; the name starts after the last title word, when a name is left.
  for (let k = last - 1; k > coreFirst; k--) {
    if (TITLES.has(tokens[k].lower) && !TITLES.has(tokens[k + 1].lower)) {
      if (k + 1 <= last && tokens.slice(coreFirst, k).every((t) => !ORGANIZATION_HEADS.has(t.lower) || k - coreFirst <= 2)) coreFirst = k + 1;
      break;
    }
  }
  let coreLast = last;
  while (coreLast > coreFirst && NOT_NAMES.has(tokens[coreLast].lower)) coreLast--;
  if (coreFirst === last && isTitleWord(tokens[coreFirst].lower) && !PLACES.has(tokens[coreFirst].lower)) {
    if (HONORIFICS.has(tokens[coreFirst].lower) || TITLES.has(tokens[coreFirst].lower) || DEMONYMS.has(tokens[coreFirst].lower)) return [];
  }
  if (NOT_NAMES.has(tokens[coreFirst].lower)) return [];
  let title: string | null = null;
  let hasTitle = false;
  for (let k = first; k < coreFirst; k++) {
    const t = tokens[k];
    if (HONORIFICS.has(t.lower)) continue;
    title = title === null ? t.text : `${title} ${t.text}`;
    hasTitle ||= TITLES.has(t.lower);
  }
  const core = joinTokens(tokens, coreFirst, coreLast);
  const base = { first, last: coreLast, coreFirst, coreLast, core, title };
  const { kind, gender, marked } = classify(tokens, base, honorific, hasTitle);
  return [{ first, last: coreLast, coreFirst, coreLast, core, title, kind, gender, marked, hasTitle }];
}

/** The text of a token range with its original spacing collapsed to single spaces. */
export function joinTokens(tokens: Token[], first: number, last: number): string {
  let out = tokens[first].text;
  for (let k = first + 1; k <= last; k++) out += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return out;
}
