/**
 * The pipeline: text → tokens (hyphenated given names tagged) and quotes → quote-aware sentences → draft claims → actors and speakers →
 * turns → outlets that only relay a named speaker dropped → the output format of types.ts.
 */
import type { Analysis, AnalyzeOptions } from './types';
import { tokenize, TokenPool } from './tokens';
import { markHyphenatedGivenNames } from './hyphenatedNames';
import { findQuotes } from './quotes';
import { buildSentences, markQuotedTokens } from './units';
import { draftSentenceClaims, DraftClaim } from './claims';
import { ActorBuilder } from './actors';
import { resolveSpeakers, resolvePronounMentions } from './speakers';
import { addContinuations } from './turns';
import { addEchoes } from './echoes';
import { assemble } from './assemble';
import { resolveNames, resolveDescriptions } from './resolution';
import { dropRelays } from './resolution/relays';
import { appendAll } from './arrays';

const DEFAULT_MAX_LENGTH = 20_000_000;

/** Token objects reused from one analysis to the next (no token outlives its analysis): enough for a long article. */
const tokenPool = new TokenPool(20_000);

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof text !== 'string') throw new TypeError('analyze: text must be a string');
  if (text.length === 0 || text.length > (options.maxLength ?? DEFAULT_MAX_LENGTH)) return { actors: [], claims: [] };
  const { tokens, sentences: rawSentences } = tokenize(text, tokenPool);
  markHyphenatedGivenNames(tokens);
  const quotes = findQuotes(text);
  markQuotedTokens(tokens, quotes);
  const sentences = buildSentences(text, tokens, rawSentences, quotes);
  const drafts: DraftClaim[] = [];
  sentences.forEach((s, i) => appendAll(drafts, draftSentenceClaims(tokens, quotes, s, i, sentences[i + 1])));
  const builder = new ActorBuilder(tokens, sentences);
  builder.collectNames(text);
  const names = resolveNames(builder);
  const resolved = resolveSpeakers(drafts, tokens, sentences, builder);
  addContinuations(resolved, tokens, quotes, sentences, builder);
  resolveDescriptions(resolved, builder, tokens, sentences, text, names);
  if (sentences.length > 0) addEchoes(resolved, quotes, text, tokens, sentences);
  resolvePronounMentions(tokens, sentences, builder, resolved);
  return assemble(text, dropRelays(resolved, tokens), builder, quotes);
}
