/**
 * A short article written for these tests, with a hand-built analysis of it: unit tests of the
 * extension's pure parts must not depend on what the engine happens to find.
 */
import type { Actor, Analysis, Claim, Span } from '../../../src/engine/types';

export const ARTICLE = [
  'BRUSSELS — The talks were "productive, if slow," said Anna Berg, the bloc\'s trade commissioner.',
  'She added that a deal was close. According to officials, the tariffs will stay.',
  'Mr. Lund, who chairs the panel, attended.',
].join('\n');

/** The span of the `occurrence`-th (0-based) appearance of `needle` in the article. */
export function spanOf(needle: string, occurrence = 0, text = ARTICLE): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture: "${needle}" #${occurrence} not in the text`);
  }
  return { start, end: start + needle.length, text: needle };
}

export const BERG: Actor = {
  id: 'a1',
  name: 'Anna Berg',
  kind: 'person',
  role: 'trade commissioner',
  aliases: ['the bloc\'s trade commissioner'],
  named: true,
  mentions: [spanOf('Anna Berg'), spanOf('the bloc\'s trade commissioner'), spanOf('She')],
};

export const LUND: Actor = { id: 'a2', name: 'Mr. Lund', kind: 'person', role: null, aliases: [], named: true, mentions: [spanOf('Mr. Lund')] };

export const DIRECT: Claim = {
  id: 'c1',
  actor: 'a1',
  kind: 'direct',
  sourcing: 'named',
  content: spanOf('"productive, if slow,"'), parts: [spanOf('"productive, if slow,"')],
  quotes: [spanOf('"productive, if slow,"')],
  cue: spanOf('said'),
  source: spanOf('Anna Berg'),
  confidence: 0.9,
  evidence: 'named after the quote: “said Anna Berg”',
};

export const INDIRECT: Claim = {
  id: 'c2',
  actor: 'a1',
  kind: 'indirect',
  sourcing: 'named',
  content: spanOf('a deal was close'), parts: [spanOf('a deal was close')],
  quotes: [],
  cue: spanOf('added'),
  source: spanOf('She'),
  confidence: 0.754,
  evidence: '“She” continues the previous speaker, Anna Berg',
};

export const UNATTRIBUTED: Claim = {
  id: 'c3',
  actor: null,
  kind: 'indirect',
  sourcing: 'none',
  content: spanOf('the tariffs will stay'), parts: [spanOf('the tariffs will stay')],
  quotes: [],
  cue: spanOf('According to'),
  source: null,
  confidence: 0.3,
  evidence: 'no speaker found',
};

export function fixtureAnalysis(): Analysis {
  return { actors: [BERG, LUND], claims: [DIRECT, INDIRECT, UNATTRIBUTED] };
}

/** The middle offset of a span: safely inside it. */
export function middle(span: Span): number {
  return Math.floor((span.start + span.end) / 2);
}
