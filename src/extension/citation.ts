/**
 * The citation a reader pastes elsewhere, in the newspaper style “…,” Dmitri S. Peskov, Kremlin
 * spokesperson: the quoted words (a direct claim's quotes, otherwise the claim as written), then the
 * speaker's canonical name and role. Pure, so the format is unit-tested without VS Code.
 */
import type { Actor, Claim } from '../engine/types';

const OPENING_QUOTES = '“"‘\'«„';
const CLOSING_QUOTES = '”"’\'»“';
/** Punctuation a citation keeps before its closing quote instead of the comma. */
const TERMINAL_MARKS = /[?!…]$/;

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes one pair of enclosing quotation marks, if the text has them. */
function unquote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length >= 2 && OPENING_QUOTES.includes(trimmed[0]) && CLOSING_QUOTES.includes(trimmed[trimmed.length - 1])) {
    return trimmed.slice(1, -1).trim();
  }
  return trimmed;
}

/** Double quotes inside the citation become single ones, since the citation itself wraps it in “…”. */
function nestInnerQuotes(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’').replace(/(^|[\s([{—–-])"/g, '$1‘').replace(/"/g, '’');
}

/** The words being cited, without enclosing quote marks. */
export function citedWords(claim: Claim): string {
  const words = claim.kind === 'direct' && claim.quotes.length > 0
    ? claim.quotes.map((quote) => unquote(quote.text)).join(' … ')
    : unquote(claim.content.text);
  return nestInnerQuotes(collapseWhitespace(words));
}

/** “words,” — the comma goes inside the closing quote, replacing a final period, colon or semicolon. */
function quoteForCitation(words: string): string {
  const bare = words.replace(/[\s,.;:]+$/, '');
  return TERMINAL_MARKS.test(bare) ? `“${bare}”` : `“${bare},”`;
}

export function formatCitation(claim: Claim, speaker: Actor | undefined): string {
  const quoted = quoteForCitation(citedWords(claim));
  if (!speaker) return quoted.replace(/,”$/, '”');
  const role = speaker.role ? `, ${collapseWhitespace(speaker.role)}` : '';
  return `${quoted} ${collapseWhitespace(speaker.name)}${role}`;
}
