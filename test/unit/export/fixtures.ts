/**
 * A short invented article with a hand-built analysis for the export tests: fields with commas, quote
 * marks and line breaks, a quote split around its speaker, unnamed sources, a claim with no source, one
 * with no cue, and one a spreadsheet would run as a formula. Hand-built so the formats are tested apart
 * from what the engine finds; the reference article covers the engine's real output.
 */
import type { Actor, Analysis, Claim, Span } from '../../../src/engine/types';
import { spanOf } from '../extension/fixtures';

export const TEXT = [
  'Riverton council backs bridge plan',
  '',
  'RIVERTON — “The bridge will open in May, not June,” Ana Ruiz said, “and the ferry will stop.”',
  'Ruiz added that the toll, if any, would be "small".',
  'A neighbor said the works "never end',
  'at night".',
  'Officials said =HYPERLINK("x.invalid","memo") was all the aide wrote.',
  'The budget will grow, it is believed.',
  '“We will be ready.”',
  '',
].join('\n');

const span = (needle: string, occurrence = 0): Span => spanOf(needle, occurrence, TEXT);

export const RUIZ: Actor = {
  id: 'a1', name: 'Ana Ruiz', kind: 'person', role: 'mayor of Riverton', aliases: ['Ruiz'], named: true,
  mentions: [span('Ana Ruiz'), span('Ruiz', 1)],
};
export const NEIGHBOR: Actor = { id: 'a2', name: 'a neighbor', kind: 'person', role: null, aliases: [], named: false, mentions: [span('A neighbor')] };
export const OFFICIALS: Actor = { id: 'a3', name: 'officials', kind: 'group', role: null, aliases: [], named: false, mentions: [span('Officials')] };

const FIRST_QUOTE = '“The bridge will open in May, not June,”';
const SECOND_QUOTE = '“and the ferry will stop.”';

/** “…,” Ana Ruiz said, “…”: one claim whose content holds its source and cue between two quotes. */
export const SPLIT_QUOTE: Claim = {
  id: 'c1', actor: 'a1', kind: 'direct', sourcing: 'named',
  content: { start: span(FIRST_QUOTE).start, end: span(SECOND_QUOTE).end, text: `${FIRST_QUOTE} Ana Ruiz said, ${SECOND_QUOTE}` }, parts: [span(FIRST_QUOTE), span(SECOND_QUOTE)],
  quotes: [span(FIRST_QUOTE), span(SECOND_QUOTE)], cue: span('said'), source: span('Ana Ruiz'), confidence: 0.9,
  evidence: 'named after the quote: “Ana Ruiz said”',
};
export const WITH_COMMAS: Claim = {
  id: 'c2', actor: 'a1', kind: 'mixed', sourcing: 'named', content: span('the toll, if any, would be "small"'), parts: [span('the toll, if any, would be "small"')], quotes: [span('"small"')],
  cue: span('added'), source: span('Ruiz', 1), confidence: 0.9, evidence: 'subject of “added”',
};
export const OVER_TWO_LINES: Claim = {
  id: 'c3', actor: 'a2', kind: 'mixed', sourcing: 'unnamed', content: span('the works "never end\nat night"'), parts: [span('the works "never end\nat night"')], quotes: [span('"never end\nat night"')],
  cue: span('said', 1), source: span('A neighbor'), confidence: 0.8, evidence: 'subject of “said”',
};
export const FORMULA: Claim = {
  id: 'c4', actor: 'a3', kind: 'indirect', sourcing: 'unnamed', content: span('=HYPERLINK("x.invalid","memo") was all the aide wrote'), parts: [span('=HYPERLINK("x.invalid","memo") was all the aide wrote')], quotes: [],
  cue: span('said', 2), source: span('Officials'), confidence: 0.7, evidence: 'subject of “said”',
};
export const NO_SOURCE: Claim = {
  id: 'c5', actor: null, kind: 'indirect', sourcing: 'none', content: span('The budget will grow'), parts: [span('The budget will grow')], quotes: [],
  cue: span('is believed'), source: null, confidence: 0.5, evidence: 'no speaker: “it is believed”',
};
export const NO_CUE: Claim = {
  id: 'c6', actor: 'a1', kind: 'direct', sourcing: 'named', content: span('“We will be ready.”'), parts: [span('“We will be ready.”')], quotes: [span('“We will be ready.”')],
  cue: null, source: null, confidence: 0.6, evidence: 'continues the speaker before it, Ana Ruiz',
};

export const ANALYSIS: Analysis = {
  actors: [RUIZ, NEIGHBOR, OFFICIALS],
  claims: [SPLIT_QUOTE, WITH_COMMAS, OVER_TWO_LINES, FORMULA, NO_SOURCE, NO_CUE],
};
