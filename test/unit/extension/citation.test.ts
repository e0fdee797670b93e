import * as assert from 'node:assert/strict';
import type { Actor, Claim } from '../../../src/engine/types';
import { citedWords, formatCitation } from '../../../src/extension/citation';
import { BERG, DIRECT, INDIRECT, LUND, UNATTRIBUTED } from './fixtures';

/** A claim over arbitrary text (spans need not point into an article for the format). */
function claim(kind: Claim['kind'], content: string, quotes: string[] = []): Claim {
  const span = (text: string) => ({ start: 0, end: text.length, text });
  return { ...INDIRECT, kind, content: span(content), quotes: quotes.map(span) };
}

describe('extension: citation format', () => {
  it('cites a direct quote as “…,” Name, Role with the comma inside the closing quote', () => {
    assert.equal(formatCitation(DIRECT, BERG), '“productive, if slow,” Anna Berg, trade commissioner');
  });

  it('turns a final period into the comma', () => {
    const said = claim('direct', '“We will sign it.”', ['“We will sign it.”']);
    assert.equal(formatCitation(said, BERG), '“We will sign it,” Anna Berg, trade commissioner');
  });

  it('keeps a question or exclamation mark instead of adding a comma', () => {
    assert.equal(formatCitation(claim('direct', '"Why now?"', ['"Why now?"']), BERG), '“Why now?” Anna Berg, trade commissioner');
    assert.equal(formatCitation(claim('direct', '“Never!”', ['“Never!”']), BERG), '“Never!” Anna Berg, trade commissioner');
  });

  it('omits the role when the text gives none', () => {
    assert.equal(formatCitation(claim('direct', '“Fine.”', ['“Fine.”']), LUND), '“Fine,” Mr. Lund');
  });

  it('cites an indirect claim by its content, trimmed', () => {
    assert.equal(formatCitation(INDIRECT, BERG), '“a deal was close,” Anna Berg, trade commissioner');
    assert.equal(formatCitation(claim('indirect', '  talks   would\n resume  '), BERG), '“talks would resume,” Anna Berg, trade commissioner');
  });

  it('joins the quoted runs of a direct claim split by its cue', () => {
    const split = claim('direct', '“We are close,” she said. “But not there.”', ['“We are close,”', '“But not there.”']);
    assert.equal(citedWords(split), 'We are close, … But not there.');
    assert.equal(formatCitation(split, BERG), '“We are close, … But not there,” Anna Berg, trade commissioner');
  });

  it('nests the inner quotes of a mixed claim as single quotes', () => {
    const mixed = claim('mixed', 'there was “cautious optimism” and a "real chance" of a deal', ['“cautious optimism”', '"real chance"']);
    assert.equal(formatCitation(mixed, BERG), '“there was ‘cautious optimism’ and a ‘real chance’ of a deal,” Anna Berg, trade commissioner');
  });

  it('cites an unattributed claim without a speaker', () => {
    assert.equal(formatCitation(UNATTRIBUTED, undefined), '“the tariffs will stay”');
  });

  it('collapses line breaks in names and roles', () => {
    const wrapped: Actor = { ...BERG, name: 'Anna\nBerg', role: 'trade\n  commissioner' };
    assert.equal(formatCitation(DIRECT, wrapped), '“productive, if slow,” Anna Berg, trade commissioner');
  });
});
