/** The quality benchmark's scoring rules (bench/score.ts) on tiny gold and predictions written here. */
import * as assert from 'node:assert/strict';
import type { Actor, Analysis, Claim, ClaimKind, Span } from '../../src/engine/types';
import { GoldAttribution, GoldDocument, parseGold, Range } from '../../bench/gold';
import {
  figures, matchClaims, mergeRanges, normalizeName, quotedSegments, resolveGoldActor, scoreCanonical,
  scoreDocument, scoreQuotes, speakerIsRight, tallyMatches,
} from '../../bench/score';

const TEXT = 'Mayor Ann Lee said the bridge would reopen soon. '
  + 'Critics disagreed. “It is a disaster,” said Tom Hart. She added that the “costs were fair” overall.';

/** The span of the n-th occurrence (0-based) of `fragment` in TEXT. */
function span(fragment: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(fragment, start + 1);
  assert.ok(start >= 0, `fixture lacks “${fragment}”`);
  return { start, end: start + fragment.length, text: fragment };
}
const range = (fragment: string, nth = 0): Range => { const s = span(fragment, nth); return [s.start, s.end]; };

function gold(type: ClaimKind, content: string | Range[], source?: string, cue?: string, speaker?: string): GoldAttribution {
  return {
    type,
    content: typeof content === 'string' ? [range(content)] : content,
    source: source ? [range(source)] : [],
    cue: cue ? [range(cue)] : [],
    ...(speaker ? { speaker } : {}),
  };
}

let nextId = 0;
function claim(kind: ClaimKind, content: string, extra: { actor?: string; source?: string; cue?: string } = {}): Claim {
  return {
    id: `c${++nextId}`, actor: extra.actor ?? null, kind, sourcing: extra.actor ? 'named' : 'none', content: span(content), parts: [span(content)], quotes: [],
    cue: extra.cue ? span(extra.cue) : null, source: extra.source ? span(extra.source) : null, confidence: 0.5, evidence: 'test',
  };
}

function actor(id: string, name: string, ...mentions: Span[]): Actor {
  return { id, name, kind: 'person', role: null, aliases: [], named: true, mentions };
}

describe('score: character arithmetic and matching', () => {
  it('merges overlapping and touching ranges and drops empty ones', () => {
    assert.deepEqual(mergeRanges([[10, 20], [0, 5], [15, 30], [5, 7], [40, 40]]), [[0, 7], [10, 30]]);
  });

  it('matches at 30% but not at 80% when the prediction covers only part of the gold', () => {
    const g = [gold('indirect', 'the bridge would reopen soon')];
    const c = [claim('indirect', 'the bridge would')]; // 16 of 28 characters of the gold: 57%
    assert.equal(matchClaims(g, c, 0.3).length, 1);
    assert.equal(matchClaims(g, c, 0.8).length, 0);
  });

  it('requires the coverage of BOTH the gold and the predicted content', () => {
    const g = [gold('indirect', 'the bridge')];
    const c = [claim('indirect', 'Mayor Ann Lee said the bridge would reopen soon.')];
    assert.equal(matchClaims(g, c, 0.3).length, 0, 'gold fully covered but only 10/49 of the prediction is shared');
  });

  it('sums the spans of a split gold content', () => {
    const g = [gold('direct', [range('“It is a disaster,”'), range('costs were fair')])];
    const c = [claim('direct', '“It is a disaster,”')];
    const [m] = matchClaims(g, c, 0.3);
    assert.ok(m);
    assert.equal(m.goldCoverage, 19 / (19 + 15));
    assert.equal(m.predictedCoverage, 1);
  });

  it('is one-to-one and gives a contested prediction to the gold claim it overlaps best', () => {
    const g = [gold('indirect', 'Mayor Ann Lee said the bridge'), gold('indirect', 'the bridge would reopen soon')];
    const c = [claim('indirect', 'the bridge would reopen')];
    const matches = matchClaims(g, c, 0.3);
    assert.equal(matches.length, 1);
    assert.equal(matches[0].gold, 1);
  });
});

describe('score: per-type tallies', () => {
  const g = [
    gold('direct', '“It is a disaster,”', 'Tom Hart', 'said', 'Tom Hart'),
    gold('indirect', 'the bridge would reopen soon', 'Mayor Ann Lee', 'said'),
    gold('mixed', 'the “costs were fair” overall', undefined, 'added'),
  ];
  const hart = actor('a1', 'Tom Hart', span('Tom Hart'));
  const lee = actor('a2', 'Ann Lee', span('Ann Lee'), span('She'));
  const analysis: Analysis = {
    actors: [hart, lee],
    claims: [
      // Right content, wrong kind (indirect), right speaker through the source span.
      claim('indirect', '“It is a disaster,”', { actor: 'a1', source: 'Tom Hart', cue: 'said' }),
      // Right content, wrong speaker (Hart), cue missing.
      claim('indirect', 'the bridge would reopen soon', { actor: 'a1', source: 'Tom Hart' }),
      // Right content, right kind; its gold has no source, so it counts for nothing in speaker accuracy.
      claim('mixed', 'the “costs were fair” overall', { actor: 'a2', source: 'She', cue: 'added' }),
      // Matches nothing.
      claim('direct', 'Critics disagreed.'),
    ],
  };
  const tally = tallyMatches(g, analysis, matchClaims(g, analysis.claims, 0.3));

  it('counts recall by gold type and precision by predicted kind', () => {
    assert.deepEqual([tally.direct.gold, tally.direct.goldMatched, tally.direct.predicted, tally.direct.predictedMatched], [1, 1, 1, 0]);
    assert.deepEqual([tally.indirect.gold, tally.indirect.goldMatched, tally.indirect.predicted, tally.indirect.predictedMatched], [1, 1, 2, 2]);
    assert.deepEqual([tally.all.gold, tally.all.goldMatched, tally.all.predicted, tally.all.predictedMatched], [3, 3, 4, 3]);
    const all = figures(tally.all);
    assert.equal(all.recall, 1);
    assert.equal(all.precision, 0.75);
    assert.equal(all.f1, (2 * 0.75) / 1.75);
    assert.equal(figures(tally.direct).precision, 0);
  });

  it('judges speakers only where the gold has a source, and cues only where it has a cue', () => {
    assert.deepEqual(tally.all.speaker, { hit: 1, total: 2 });
    assert.deepEqual(tally.all.cue, { hit: 2, total: 3 });
    assert.deepEqual(tally.all.kind, { hit: 2, total: 3 }, 'only the direct gold claim was predicted as another kind');
    assert.deepEqual(tally.mixed.speaker, { hit: 0, total: 0 });
    assert.equal(figures(tally.mixed).speaker, null);
  });

  it('accepts a speaker through any mention of the predicted actor', () => {
    const g1 = gold('mixed', 'the “costs were fair” overall', 'She', 'added');
    const noSource = { ...claim('mixed', 'the “costs were fair” overall', { actor: 'a2' }) };
    assert.equal(speakerIsRight(g1, noSource, lee), true);
    assert.equal(speakerIsRight(g1, noSource, hart), false);
    assert.equal(speakerIsRight(gold('mixed', 'the “costs were fair” overall'), noSource, lee), false, 'no gold source: never right');
  });

  it('gives F1 0 with no predictions and nothing at all with neither gold nor predictions', () => {
    const none = tallyMatches(g, { actors: [], claims: [] }, []);
    assert.equal(figures(none.all).f1, 0);
    assert.equal(figures(none.all).precision, null);
    const empty = tallyMatches([], { actors: [], claims: [] }, []);
    assert.deepEqual(figures(empty.all), { recall: null, precision: null, f1: null, speaker: null, cue: null, kind: null });
  });
});

describe('score: quoted segments and quote attribution', () => {
  const segments = (text: string) => quotedSegments(text, [[0, text.length]]).map(([a, b]) => text.slice(a, b));

  it('finds curly and straight quoted runs, quote marks included', () => {
    assert.deepEqual(segments('He said “one” and "two" then “three”.'), ['“one”', '"two"', '“three”']);
  });

  it('splits a quote reopened in the next paragraph and keeps an unclosed run to the span end', () => {
    assert.deepEqual(segments('“First part.\n“Second part.”'), ['“First part.', '“Second part.”']);
    assert.deepEqual(segments('so “it runs on'), ['“it runs on']);
  });

  it('treats a closing mark before any opener as a span that began inside the quote, and skips empty quotes', () => {
    assert.deepEqual(segments('inside,” he said, “” and “x”'), ['inside,”', '“x”']);
  });

  it('credits a segment only to the claim holding most of it, and only with the right speaker', () => {
    const doc: GoldDocument = { id: 'q', text: TEXT, attributions: [
      gold('direct', '“It is a disaster,”', 'Tom Hart', 'said'),
      gold('mixed', 'the “costs were fair” overall', 'She', 'added'),
      gold('mixed', 'the “costs were fair” overall'), // no source: not counted
    ] };
    const hart = actor('a1', 'Tom Hart', span('Tom Hart'));
    const lee = actor('a2', 'Ann Lee', span('Ann Lee'));
    const analysis: Analysis = { actors: [hart, lee], claims: [
      claim('direct', '“It is a disaster,”', { actor: 'a1', source: 'Tom Hart' }),
      claim('mixed', 'costs', { actor: 'a2', source: 'She' }), // right speaker, but holds 5/17 of the segment
    ] };
    const result = scoreQuotes(doc, analysis);
    assert.deepEqual(result.map((q) => [TEXT.slice(q.start, q.end), q.predicted, q.right]), [
      ['“It is a disaster,”', 0, true],
      ['“costs were fair”', null, false],
    ]);
  });
});

describe('score: canonical speakers (hand-made gold)', () => {
  const actors = [
    { name: 'Dmitri S. Peskov', aliases: ['Mr. Peskov'] },
    { name: 'Donald Trump', aliases: ['President Trump', 'Mr. Trump', 'Trump'] },
    { name: 'Trump administration', aliases: [] },
    { name: 'White House', aliases: ['the White House'] },
    { name: 'Anna Lee', aliases: [] },
    { name: 'Bo Lee', aliases: [] },
  ];

  it('normalizes periods, possessives and a leading "the"', () => {
    assert.equal(normalizeName('the White House’s'), 'white house');
    assert.equal(normalizeName('Dmitri S. Peskov'), 'dmitri s peskov');
  });

  it('resolves exact names and aliases first, then a unique surname', () => {
    const name = (n: string) => resolveGoldActor(n, actors)?.name ?? null;
    assert.equal(name('Mr. Trump'), 'Donald Trump');
    assert.equal(name('Trump administration'), 'Trump administration');
    assert.equal(name('The White House'), 'White House');
    assert.equal(name('Dmitri Peskov'), 'Dmitri S. Peskov');
    assert.equal(name('Lee'), null, 'two gold actors are called Lee');
    assert.equal(name('Kremlin'), null);
    assert.equal(name(''), null);
  });

  it('counts a gold claim right only when found with the gold speaker', () => {
    const text = 'Mr. Peskov said talks went well. Mr. Trump said otherwise.';
    const at = (s: string): Span => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const doc: GoldDocument = { id: 'k', text, actors, attributions: [
      { type: 'indirect', content: [[at('talks went well').start, at('talks went well').end]], source: [], cue: [], speaker: 'Dmitri S. Peskov' },
      { type: 'indirect', content: [[at('otherwise').start, at('otherwise').end]], source: [], cue: [], speaker: 'Donald Trump' },
    ] };
    const c = (content: string, actorId: string): Claim => ({ id: content, actor: actorId, kind: 'indirect', sourcing: 'named', content: at(content), parts: [at(content)],
      quotes: [], cue: null, source: null, confidence: 1, evidence: '' });
    const analysis: Analysis = {
      actors: [actor('a1', 'Peskov'), actor('a2', 'Trump administration')],
      claims: [c('talks went well', 'a1'), c('otherwise', 'a2')],
    };
    const checks = scoreCanonical(doc, analysis, matchClaims(doc.attributions, analysis.claims, 0.3));
    assert.deepEqual(checks.map((k) => [k.predictedName, k.right]), [['Peskov', true], ['Trump administration', false]]);
    assert.deepEqual(scoreDocument(doc, analysis).canonical, checks);
  });
});

describe('gold loader', () => {
  const text = 'A said B.';
  it('accepts the documented format', () => {
    const [doc] = parseGold([{ id: 'd', text, attributions: [{ type: 'indirect', content: [[8, 9]], source: [[0, 1]], cue: [[2, 6]] }] }], 'g');
    assert.deepEqual(doc.attributions[0].source, [[0, 1]]);
    assert.equal(doc.actors, undefined);
  });

  it('names the place of a range outside the text or an unknown type', () => {
    assert.throws(() => parseGold([{ id: 'd', text, attributions: [{ type: 'indirect', content: [[8, 99]] }] }], 'g'),
      /g: document 0 \(d\), attribution 0\.content\[0\]: \[8,99\] is not a range inside the text/);
    assert.throws(() => parseGold([{ id: 'd', text, attributions: [{ type: 'quote', content: [[0, 1]] }] }], 'g'), /"type" must be/);
    assert.throws(() => parseGold({}, 'g'), /expected a JSON array/);
  });
});
