/**
 * The Markdown export: a citation list grouped by speaker, for notes and fact-checking. Each speaker
 * is a heading (named actors first, most claims first; then sources the text never names; then claims
 * with no source), and each claim a list item with its line in the article, its cue, its kind and its
 * words: a direct claim's quotes, otherwise the claim as written.
 */
import type { Actor, Analysis, Claim, ClaimKind } from '../engine/types';
import { LineIndex } from './lines';

export interface MarkdownOptions {
  /** What the heading calls the article (its file name), if anything. */
  title?: string;
}

const KIND_WORDS: Record<ClaimKind, string> = { direct: 'quote', mixed: 'partial quote', indirect: 'paraphrase' };

/**
 * Article text as inline Markdown: line breaks fold into spaces (so it cannot open a block), and the
 * characters that would make emphasis, code, links, HTML, tables or headings are backslash-escaped.
 */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|~&#]/g, '\\$&');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

interface SpeakerGroup {
  heading: string;
  about: string[];
  claims: Claim[];
}

/** Speakers with their claims: named before unnamed, then by claim count, then by who speaks first. */
function speakerGroups(analysis: Analysis): SpeakerGroup[] {
  const claimsOf = new Map<string, Claim[]>();
  const unsourced: Claim[] = [];
  for (const claim of analysis.claims) {
    if (claim.actor === null) unsourced.push(claim);
    else {
      const claims = claimsOf.get(claim.actor);
      if (claims) claims.push(claim);
      else claimsOf.set(claim.actor, [claim]);
    }
  }
  const firstClaim = (claims: Claim[]) => claims[0].content.start;
  const speakers = analysis.actors
    .filter((actor) => claimsOf.has(actor.id))
    .map((actor) => ({ actor, claims: claimsOf.get(actor.id) ?? [] }))
    .sort((a, b) => Number(b.actor.named) - Number(a.actor.named) || b.claims.length - a.claims.length || firstClaim(a.claims) - firstClaim(b.claims));
  const groups = speakers.map(({ actor, claims }) => ({ heading: actor.name, about: speakerDetails(actor, claims.length), claims }));
  if (unsourced.length > 0) groups.push({ heading: 'No source given', about: [plural(unsourced.length, 'claim')], claims: unsourced });
  return groups;
}

/** Role, kind, whether the text names the speaker, and how many claims: the line under a speaker's heading. */
function speakerDetails(actor: Actor, claimCount: number): string[] {
  return [...(actor.role ? [actor.role] : []), actor.kind, ...(actor.named ? [] : ['unnamed source']), plural(claimCount, 'claim')];
}

/** The words a claim is cited by: a direct claim's quoted runs, otherwise its content as written. */
function citedWords(claim: Claim): string {
  if (claim.kind === 'direct' && claim.quotes.length > 0) return claim.quotes.map((quote) => inline(quote.text)).join(' … ');
  return inline(claim.content.text);
}

function claimItem(claim: Claim, lines: LineIndex): string {
  const first = lines.lineAt(claim.content.start);
  const last = lines.lineAt(Math.max(claim.content.start, claim.content.end - 1));
  // The line comes first so that the article's words never open the item (where "1." or "#" would be syntax).
  const where = first === last ? `line ${first}` : `lines ${first}–${last}`;
  const how = [...(claim.cue ? [`*${inline(claim.cue.text)}*`] : []), KIND_WORDS[claim.kind]].join(', ');
  return `- **${where}** (${how}): ${citedWords(claim)}`;
}

export function formatMarkdown(text: string, analysis: Analysis, options: MarkdownOptions = {}): string {
  const lines = new LineIndex(text);
  const groups = speakerGroups(analysis);
  const speakerCount = groups.filter((group) => group.claims[0].actor !== null).length;
  const out = [options.title === undefined ? '# Attributions' : `# Attributions in ${inline(options.title)}`, ''];
  if (analysis.claims.length === 0) out.push('No claims found.');
  else out.push(`${plural(analysis.claims.length, 'claim')} from ${plural(speakerCount, 'speaker')}. Line numbers are the article's.`);
  for (const group of groups) {
    // In italics, so a role such as "- acting -" cannot open a list.
    out.push('', `## ${inline(group.heading)}`, '', `*${inline(group.about.join(' · '))}*`, '');
    for (const claim of group.claims) out.push(claimItem(claim, lines));
  }
  return `${out.join('\n')}\n`;
}
