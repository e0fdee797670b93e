/** The real-news speaker benchmark's scoring rules (bench/speakerScore.ts) on a tiny invented analysis. */
import * as assert from 'node:assert/strict';
import type { Analysis, Span } from '../../src/engine/types';
import { actorFigures, addToTotals, emptyTotals, scoreActors, scoreQuotes } from '../../bench/speakerScore';

const TEXT = '“We will rebuild,” Mayor Ana Ruiz said. “Not soon,” a statement said. “Fine.”';
const at = (fragment: string): Span => {
  const start = TEXT.indexOf(fragment);
  return { start, end: start + fragment.length, text: fragment };
};
const actor = (id: string, name: string) => ({ id, name, kind: 'person' as const, role: null, aliases: [], named: true, mentions: [] });
const claim = (id: string, actorId: string | null, content: string) => ({
  id, actor: actorId, kind: 'direct' as const, sourcing: actorId ? 'named' as const : 'none' as const, content: at(content), parts: [at(content)], quotes: [at(content)], cue: null, source: null, confidence: 1, evidence: '',
});
const ANALYSIS: Analysis = {
  actors: [actor('a1', 'Ana Ruiz'), actor('a2', 'Ruiz'), actor('a3', 'statement')],
  claims: [claim('c1', 'a1', '“We will rebuild,”'), claim('c2', 'a3', '“Not soon,”'), claim('c3', 'a2', '“Fine.”')],
};

describe('bench: speaker scoring', () => {
  it('reads the claim holding the quote two characters in and matches its actor by name', () => {
    const results = scoreQuotes(TEXT, ANALYSIS, [
      ['“We will rebuild', 'Ruiz', 'named'],
      ['“Not soon', 'Ruiz', 'organisation'],
      ['“Missing', 'Ruiz', 'named'],
    ]);
    assert.deepEqual(results.map((r) => [r.right, r.predicted, r.problem]), [
      [true, 'Ana Ruiz', undefined], [false, 'statement', 'wrong speaker'], [false, null, 'anchor not found'],
    ]);
  });

  it('counts junk actors against precision and a second actor of one entry as a split', () => {
    const result = scoreActors(ANALYSIS, [{ name: 'Ana Ruiz', regex: 'Ruiz', kind: 'person', named: true }, { name: 'Board', regex: 'board', kind: 'organization', named: true }]);
    assert.deepEqual(result.predicted.map((p) => p.entry), [0, 0, -1]);
    assert.equal(result.splits, 1);
    assert.equal(result.found, 1);
    const totals = emptyTotals();
    addToTotals(totals, [], result);
    const f = actorFigures(totals);
    assert.equal(f.precision, 2 / 3);
    assert.equal(f.recall, 1 / 2);
    assert.equal(f.splits, 1 / 2);
  });
});
