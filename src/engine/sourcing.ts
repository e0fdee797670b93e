/**
 * How traceable a claim's source is, as journalists judge sourcing (issue 7):
 * - "named": a named actor, a pronoun for one, or a definite description of one identifiable body, person or
 *   document ("the appeals court", "the company", "the report", "his lawyer");
 * - "unnamed": people or a body the text does not identify ("sources", "officials", "a senior official", "people
 *   familiar with the talks", "some Republicans", "polls"), even when they speak for a named body ("county officials");
 * - "none": no source at all (agentless attributions: "it is believed", "reportedly").
 * The phrase that speaks decides first, so anonymous officials of a named body stay anonymous; a pronoun defers to
 * its actor. Everything is a check of a few words: linear in the phrase.
 */
import type { Actor, Sourcing, Span } from './types';
import {
  DOCUMENT_HEADS, HEAD_ENDERS, INDEFINITE_OPENERS, PLURAL_PRONOUNS, POSSESSIVE_DETERMINERS, SINGULAR_PRONOUNS, VAGUE_HEADS,
} from './lexicon/sourcing';
import { DEMONYMS, GROUP_HEADS } from './lexicon/names';
import { remembered } from './memo';
import { opensWithCapital } from './letters';

/** Words of a phrase without punctuation around them; "’s" kept on its word so possessives show. */
function wordsOf(phrase: string): string[] {
  return phrase.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’']+$/gu, '')).filter(Boolean);
}

/** The parts of a phrase between commas, parentheses and dashes: a name and its appositive ("Ana Ruiz, an analyst"). */
const segmentsOf = (phrase: string) => phrase.split(/[,;:()\u2014\u2013]+/).map(wordsOf).filter((ws) => ws.length > 0);

/** A group word, plural or singular: "Republicans", "Democrat", "officials", "Canadians". */
const isGroupWord = (lower: string) => GROUP_HEADS.has(lower) || GROUP_HEADS.has(`${lower}s`) || VAGUE_HEADS.has(lower)
  || (lower.endsWith('s') && DEMONYMS.has(lower.slice(0, -1)));
const capitalised = (word: string | undefined) => !!word && opensWithCapital(word);

/**
 * A capitalised head that names someone: no group word ("Mayor Ana Ruiz", "a Herald interview Ruiz"), or a singular
 * one inside a longer name ("the Riverton Observer"). "Senate Republicans" stay a group.
 */
function headIsName(ws: readonly string[]): boolean {
  const head = headPhrase(ws);
  const last = head[head.length - 1];
  if (!capitalised(last) || (head.length === 1 && INDEFINITE_OPENERS.has(last.toLowerCase()))) return false;
  if (!isGroupWord(last.toLowerCase())) return true;
  return head.length > 2 && capitalised(head[head.length - 2]) && !looksPlural(last);
}

/** A plural noun by its ending: "officials", "Republicans"; not "Ross" or "status". */
const looksPlural = (word: string) => /[^su’']s$/i.test(word) || /people$/i.test(word);
/** "released", "leading"; a capitalised word is part of a name instead ("the United States", "Allied forces"). */
const isParticiple = (word: string) => !capitalised(word) && /[a-z](?:ing|ed)$/.test(word);
const isPercent = (ws: readonly string[]) => ws.some((w) => /^(?:percent|per|%)$/i.test(w) || /%$/.test(w));

/**
 * The words up to the first post-modifier: "Two officials familiar with the plan" → ["Two", "officials"]; a
 * participle after the head ends it too ("a poll released Monday"), one right after the determiner does not ("a
 * retired judge").
 */
function headPhrase(ws: readonly string[]): string[] {
  // "Ruiz unleashed a series of posts": after a name (no determiner), a participle is the verb that ends the subject.
  const firstIsName = capitalised(ws[0]) && !INDEFINITE_OPENERS.has(ws[0].toLowerCase()) && !DEFINITE_OPENERS.has(ws[0].toLowerCase());
  let end = 1;
  while (end < ws.length && !HEAD_ENDERS.has(ws[end].toLowerCase()) && !((end >= 2 || firstIsName) && isParticiple(ws[end]))) end++;
  return ws.slice(0, end);
}

/** Determiners a name does not open with: "The Riverton Herald", "This group". */
const DEFINITE_OPENERS = new Set(['the', 'this', 'these', 'that', 'those', 'both', 'each', 'every', 'all']);

/** Adverbs that may open a source phrase without changing who it names: "perhaps the moderators", "even his aides". */
const LEADING_ADVERBS = new Set(['perhaps', 'even', 'also', 'only', 'just', 'especially', 'notably', 'particularly', 'possibly',
  'probably', 'including', 'mostly', 'mainly', 'chiefly', 'reportedly']);

/** A capitalised word before any participle: the document's issuer is named ("a report by the Riverton Herald"). */
function issuerNamed(ws: readonly string[]): boolean {
  for (let i = 1; i < ws.length; i++) {
    if (i >= 2 && isParticiple(ws[i])) return namedAfterBy(ws, i + 1);
    if (capitalised(ws[i])) return true;
  }
  return false;
}

/** "an analysis released by the Riverton Department of Harbors": "by", maybe "the", then a capitalised maker at `k`. */
function namedAfterBy(ws: readonly string[], k: number): boolean {
  if (ws[k]?.toLowerCase() !== 'by') return false;
  return capitalised(ws[k + 1]?.toLowerCase() === 'the' ? ws[k + 2] : ws[k + 1]);
}

/**
 * True when the phrase leaves its speaker unidentified: indefinite or quantified ("a source", "two officials"),
 * a vague head even after "the" ("the sources"), anonymous people of someone ("his advisers"), or a bare plural
 * group ("officials", "Republicans"). A proper name, "the company", "his lawyer" are not vague.
 */
export function isVaguePhrase(phrase: string): boolean {
  // Asked for every claim, and the same phrases come back ("officials", "the company").
  return vaguePhrases(phrase);
}

const vaguePhrases = remembered(readsAsVague, 10_000, 120);

function readsAsVague(phrase: string): boolean {
  const [withAdverb, ...appositives] = segmentsOf(phrase);
  // "Perhaps the moderators": the adverb is no part of who speaks.
  const main = withAdverb && withAdverb.length > 1 && LEADING_ADVERBS.has(withAdverb[0].toLowerCase()) ? withAdverb.slice(1) : withAdverb;
  if (!main) return false;
  // "Ana Ruiz, an analyst" and "one of the lawyers, Ana Ruiz" both name her.
  if (headIsName(main) || appositives.some(headIsName)) return false;
  if (isPercent(main)) return true;
  const ws = headPhrase(main);
  const first = ws[0].toLowerCase();
  const head = ws[ws.length - 1];
  const lowerHead = head.toLowerCase();
  // A document is traced through the body that issued it ("a Riverton Herald poll"); "a new poll" is not.
  if (DOCUMENT_HEADS.has(lowerHead)) return INDEFINITE_OPENERS.has(first) && !issuerNamed(main);
  if (INDEFINITE_OPENERS.has(first)) return true;
  if (VAGUE_HEADS.has(lowerHead)) return true;
  // Definite: "the company", "his lawyer", "Ruiz’s remarks" (anonymous people of someone have a vague head: "his aides").
  const possessive = POSSESSIVE_DETERMINERS.has(first) || ws.slice(0, -1).some((w) => /[’']s?$/.test(w));
  if (first === 'the' || first === 'this' || first === 'these' || first === 'both' || possessive) return false;
  if (!looksPlural(head)) return false;
  // A bare plural: lower-case ("environmental groups") or a known group ("Senate Republicans"), not a name ("Reuters").
  return head === lowerHead || isGroupWord(lowerHead);
}

/** The phrase an actor is best described by: its first mention that is not a pronoun, else its name. */
function describingPhrase(actor: Actor): string {
  const mention = actor.mentions.find((m) => !SINGULAR_PRONOUNS.has(m.text.toLowerCase()) && !PLURAL_PRONOUNS.has(m.text.toLowerCase()));
  return mention?.text ?? actor.name;
}

/** Per actor, computed once: many pronoun claims of one actor must not each search its mentions again. */
const vagueActors = new WeakMap<Actor, boolean>();
function actorIsVague(actor: Actor): boolean {
  let vague = vagueActors.get(actor);
  if (vague === undefined) {
    vague = isVaguePhrase(describingPhrase(actor));
    vagueActors.set(actor, vague);
  }
  return vague;
}

/** The longest pronoun a source phrase can be. */
const LONGEST_PRONOUN = Math.max(...[...SINGULAR_PRONOUNS, ...PLURAL_PRONOUNS].map((p) => p.length));

/**
 * A source phrase, trimmed and lower-cased, when it is short enough to be a pronoun, else ''. (Most sources are names
 * and descriptions: they are not lower-cased and looked up in vain. Lower-casing never shortens a string, so a longer
 * phrase cannot be a pronoun.)
 */
function pronounCandidate(text: string): string {
  const trimmedText = text.trim();
  return trimmedText.length <= LONGEST_PRONOUN ? trimmedText.toLowerCase() : '';
}

/**
 * "Critics, including Ana Ruiz, said": the members that an "including" appositive right after the source phrase names.
 * The source phrase found for a claim stops before the appositive, yet the members it names make the claim traceable.
 * Read over a bounded window, so the cost per claim stays constant.
 */
const MEMBERS_WINDOW = 160;
const INCLUDING_MEMBERS = /^\s*,\s*including\s+([^,;:.()\u2014\u2013\n]+)/i;
function membersNamedAfter(text: string, end: number): string {
  return INCLUDING_MEMBERS.exec(text.slice(end, end + MEMBERS_WINDOW))?.[1] ?? '';
}

/** The claim's sourcing; `text`, the article, lets an "including" appositive after the source phrase count. */
export function sourcingOf(actor: Actor | undefined, source: Span | null, text: string): Sourcing {
  if (!actor && !source) return 'none';
  const said = source ? pronounCandidate(source.text) : '';
  const pronoun = SINGULAR_PRONOUNS.has(said) || PLURAL_PRONOUNS.has(said);
  if (source && !pronoun) {
    const members = membersNamedAfter(text, source.end);
    return isVaguePhrase(members ? `${source.text}, including ${members}` : source.text) ? 'unnamed' : 'named';
  }
  if (actor) return actor.named || !actorIsVague(actor) ? 'named' : 'unnamed';
  return PLURAL_PRONOUNS.has(said) ? 'unnamed' : 'named';
}
