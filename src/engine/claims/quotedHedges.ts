/**
 * Quoted words in a clause that names nobody for them (issue 7): the pass that gives a stray quote to the subject of
 * its clause (quoted.ts) must not give it to the subject of a hedge or of an agentless passive, who is what the
 * clause is about, not who speaks:
 * - "The plan seemed to echo the “fair share” slogan": a hedge (claims/seeming.ts) with a quote in it;
 * - "Ana Ruiz was said to be “furious”", "The ferry has been called the “slowest in the state”": a passive of report,
 *   judgement or naming with no agent;
 * - "Tom Hale, known online as “Skipper,” …": a name given after a comma (claims/perceived.ts).
 * The claim is the hedge's or the passive's clause, quote and all, with no source.
 */
import { afterBe, newCue } from '../cues';
import { CUE_WORDS } from '../lexicon/cues';
import { isProperLike } from '../phrases';
import type { Context, DraftClaim } from './context';
import { passiveClause, reportsWithoutAgent } from './agentless';
import { SEEMING_RULE } from './seeming';
import { NAMING_PARTICIPLES, namingAfterComma } from './perceived';

/**
 * Participles whose agentless passive gives a name or a repute: "has been called the “…”", "is nicknamed “…”", "is
 * known as “…”". An active "called" reports a speaker's words; a passive one passes on what people call something.
 */
const NAMING_OR_REPUTE = new Set([...NAMING_PARTICIPLES, 'termed', 'seen', 'viewed', 'regarded', 'considered', 'described', 'billed']);

/**
 * "Hale is reported to have called the plan “a joke”", "Ruiz was said to describe it as “…”": the passive's subject
 * is in turn the subject of a reporting verb, and speaks the quote.
 */
function reportsInTurn(ctx: Context, verb: number): boolean {
  const { tokens } = ctx;
  if (tokens[verb + 1]?.lower !== 'to') return false;
  const next = tokens[verb + 2]?.lower === 'have' ? verb + 3 : verb + 2;
  return !!tokens[next] && CUE_WORDS.has(tokens[next].lower);
}

/** How far past the participle an agent may stand: "was called “…” by Ana Ruiz, a professor". */
const AGENT_REACH = 25;

/** "has been called “strategic ambiguity” by Ana Ruiz": a "by" and a name after the quote give the passive its agent. */
function agentAfter(ctx: Context, verb: number): boolean {
  const { tokens, s } = ctx;
  for (let k = verb + 1; k < s.last && k <= verb + AGENT_REACH; k++) {
    if (tokens[k].quote >= 0 || tokens[k].lower !== 'by') continue;
    const next = tokens[k + 1];
    return next.pos === 'PROPN' || isProperLike(next) || (next.pos === 'DET' && !!tokens[k + 2] && (tokens[k + 2].pos === 'PROPN' || isProperLike(tokens[k + 2])));
  }
  return false;
}

/**
 * The unsourced claim of a quote's clause whose verb at `verb` is a hedge or an agentless passive, or null when it is
 * neither and the clause's subject may speak the quote.
 */
export function unsourcedQuoteClause(ctx: Context, verb: number): DraftClaim | null {
  const { tokens, s } = ctx;
  const t = tokens[verb];
  if (SEEMING_RULE.words.has(t.lower)) return SEEMING_RULE.claim(ctx, verb);
  // "Tom Hale, known online as “Skipper,” …": a name given after a comma.
  const named = namingAfterComma(ctx, verb, true);
  if (named) return named;
  // "is describing as “…”" is progressive: the subject speaks.
  if (t.lower.endsWith('ing') || !afterBe(tokens, verb, s.first)) return null;
  if (reportsInTurn(ctx, verb) || agentAfter(ctx, verb)) return null;
  const base = CUE_WORDS.get(t.lower)?.base ?? t.lower;
  if (!NAMING_OR_REPUTE.has(t.lower) && !reportsWithoutAgent(base)) return null;
  const cue = newCue(verb, verb, 'that', base, 'past', false, true);
  return passiveClause(ctx, cue, s.last, true);
}
