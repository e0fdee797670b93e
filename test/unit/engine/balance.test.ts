/**
 * Source balance (balance.ts): words quoted and paraphrased and claims per speaking actor, shares by sourcing and
 * by kind. Hand-built analyses, so the figures do not depend on what the engine finds; one invented article checks
 * the whole path.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { countWords, percent, sourceBalance } from '../../../src/engine/balance';
import type { Actor, Analysis, Claim, Sourcing, Span } from '../../../src/engine/types';

const span = (text: string, start = 0): Span => ({ start, end: start + text.length, text });

function actor(id: string, name: string, kind: Actor['kind'] = 'person', named = true): Actor {
  return { id, name, kind, role: null, aliases: [], named, mentions: [span(name)] };
}

function claim(id: string, actorId: string | null, content: string, quotes: string[], sourcing: Sourcing): Claim {
  return { id, actor: actorId, kind: quotes.length ? 'mixed' : 'indirect', sourcing, content: span(content), parts: [span(content)], quotes: quotes.map((q) => span(q)),
    cue: null, source: null, confidence: 0.9, evidence: '' };
}

describe('source balance', () => {
  it('counts words, not punctuation or quote marks', () => {
    assert.equal(countWords('“The bridge’s cost, at $4.5 million, is fair,” she said.'), 10);
    assert.equal(countWords(' — … '), 0);
  });

  it('gives each speaking actor its quoted and paraphrased words and claims, most words first', () => {
    const analysis: Analysis = {
      actors: [actor('a1', 'Ana Ruiz'), actor('a2', 'officials', 'group', false), actor('a3', 'Silent Sam')],
      claims: [
        claim('c1', 'a2', 'the toll will rise', [], 'unnamed'),
        claim('c2', 'a1', 'the plan was “a real mess” from the start', ['“a real mess”'], 'named'),
        claim('c3', 'a1', '“We will fix it”', ['“We will fix it”'], 'named'),
        claim('c4', null, 'the dam failed', [], 'none'),
      ],
    };
    const b = sourceBalance(analysis);
    assert.deepEqual(b.actors.map((x) => [x.name, x.quotedWords, x.paraphrasedWords, x.claims, x.named]),
      [['Ana Ruiz', 7, 6, 2, true], ['officials', 0, 4, 1, false]]);
    assert.equal(b.totalClaims, 4);
    assert.deepEqual(b.bySourcing.map((s) => [s.key, s.claims, s.share]), [['named', 2, 0.5], ['unnamed', 1, 0.25], ['none', 1, 0.25]]);
    assert.deepEqual(b.byKind.map((s) => [s.key, s.claims]), [['person', 2], ['organization', 0], ['group', 1], ['place', 0], ['none', 1]]);
  });

  it('does not count the attribution inside a turn ("said Ana Ruiz" between two quotes) as paraphrase', () => {
    const text = '“Fares will rise,” said Ana Ruiz. “Sorry.”';
    const quotes = [span('“Fares will rise,”', 0), span('“Sorry.”', text.indexOf('“Sorry'))];
    const turn: Claim = { ...claim('c1', 'a1', text, [], 'named'), kind: 'direct', quotes,
      cue: span('said', text.indexOf('said')), source: span('Ana Ruiz', text.indexOf('Ana Ruiz')) };
    const [row] = sourceBalance({ actors: [actor('a1', 'Ana Ruiz')], claims: [turn] }).actors;
    assert.deepEqual([row.quotedWords, row.paraphrasedWords], [4, 0]);
  });

  it('is all zeros for an article without claims', () => {
    const b = sourceBalance({ actors: [actor('a1', 'Ana Ruiz')], claims: [] });
    assert.deepEqual(b.actors, []);
    assert.ok(b.bySourcing.every((s) => s.claims === 0 && s.share === 0));
    assert.equal(percent(0), '0%');
    assert.equal(percent(2 / 3), '67%');
  });

  it('adds up over a whole invented article', () => {
    const text = 'Mayor Ana Ruiz said the bridge was “safe and sound.” Officials said tolls would rise. The dam reportedly failed.';
    const a = analyze(text);
    const b = sourceBalance(a);
    assert.equal(b.bySourcing.reduce((n, s) => n + s.claims, 0), a.claims.length);
    assert.equal(b.byKind.reduce((n, s) => n + s.claims, 0), a.claims.length);
    assert.equal(b.actors.reduce((n, x) => n + x.claims, 0), a.claims.filter((c) => c.actor !== null).length);
    assert.deepEqual(b.bySourcing.map((s) => s.claims), [1, 1, 1]);
    assert.equal(b.actors.find((x) => x.name === 'Ana Ruiz')?.quotedWords, 3);
  });
});
