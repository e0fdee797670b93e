import * as assert from 'node:assert/strict';
import { AnalysisCache, type DocumentSnapshot } from '../../../src/extension/store/analysisCache';
import type { Analysis } from '../../../src/engine/types';

/** An engine stand-in that records what it analysed, so tests see every run. */
function countingEngine() {
  const texts: string[] = [];
  const analyze = (text: string): Analysis => {
    texts.push(text);
    return { actors: [], claims: [{ id: `c-${text}`, actor: null, kind: 'indirect', sourcing: 'none', content: { start: 0, end: text.length, text }, parts: [{ start: 0, end: text.length, text }], quotes: [], cue: null, source: null, confidence: 0.5, evidence: '' }] };
  };
  return { analyze, texts };
}

function doc(key: string, version: number, text: string): DocumentSnapshot {
  return { key, version, getText: () => text };
}

describe('extension: AnalysisCache', () => {
  it('analyses a version once, however often it is asked for', () => {
    const engine = countingEngine();
    const cache = new AnalysisCache(engine.analyze);
    const first = cache.get(doc('file:///a', 1, 'one'));
    const again = cache.get(doc('file:///a', 1, 'one'));
    assert.equal(again, first);
    assert.equal(cache.analysisCount, 1);
    assert.deepEqual(engine.texts, ['one']);
  });

  it('never serves an older version\'s analysis for a newer version', () => {
    const engine = countingEngine();
    const cache = new AnalysisCache(engine.analyze);
    cache.get(doc('file:///a', 1, 'old'));
    const fresh = cache.get(doc('file:///a', 2, 'new'));
    assert.equal(fresh.claims[0].content.text, 'new');
    assert.equal(cache.peek('file:///a', 1), undefined, 'the replaced version is gone');
    assert.equal(cache.peek('file:///a', 2), fresh);
    assert.equal(cache.analysisCount, 2);
  });

  it('keeps documents apart by key', () => {
    const engine = countingEngine();
    const cache = new AnalysisCache(engine.analyze);
    const a = cache.get(doc('file:///a', 1, 'alpha'));
    const b = cache.get(doc('file:///b', 1, 'beta'));
    assert.notEqual(a, b);
    assert.equal(cache.get(doc('file:///a', 1, 'alpha')), a);
    assert.equal(cache.size, 2);
    assert.equal(cache.analysisCount, 2);
  });

  it('peek never computes', () => {
    const engine = countingEngine();
    const cache = new AnalysisCache(engine.analyze);
    assert.equal(cache.peek('file:///a', 1), undefined);
    assert.equal(cache.analysisCount, 0);
  });

  it('drops a closed document, reports whether it had one, and recomputes if it comes back', () => {
    const engine = countingEngine();
    const cache = new AnalysisCache(engine.analyze);
    cache.get(doc('file:///a', 1, 'one'));
    assert.equal(cache.delete('file:///a'), true);
    assert.equal(cache.delete('file:///a'), false);
    assert.equal(cache.size, 0);
    cache.get(doc('file:///a', 1, 'one'));
    assert.equal(cache.analysisCount, 2);
  });

  it('turns an engine failure into an empty analysis, reports it once, and does not retry the same version', () => {
    const failures: string[] = [];
    let runs = 0;
    const cache = new AnalysisCache(() => {
      runs++;
      throw new Error('boom');
    }, (key, version, error) => failures.push(`${key}@${version}: ${(error as Error).message}`));
    const broken = doc('file:///a', 3, 'text');
    assert.deepEqual(cache.get(broken), { actors: [], claims: [] });
    assert.deepEqual(cache.get(broken), { actors: [], claims: [] });
    assert.equal(runs, 1);
    assert.deepEqual(failures, ['file:///a@3: boom']);
  });
});
