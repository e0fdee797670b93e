import * as assert from 'node:assert/strict';
import { parseFromWebview, parseState } from '../../src/extension/readingView/protocol';

const uri = 'file:///news/talks.article';

describe('reading view protocol', () => {
  it('accepts each well-formed webview message', () => {
    assert.deepEqual(parseFromWebview({ type: 'ready', uri }), { type: 'ready', uri });
    assert.deepEqual(parseFromWebview({ type: 'didClickClaim', uri, claimId: 'c3' }), { type: 'didClickClaim', uri, claimId: 'c3' });
    assert.deepEqual(parseFromWebview({ type: 'didScroll', uri, line: 4.5 }), { type: 'didScroll', uri, line: 4.5 });
    assert.deepEqual(parseFromWebview({ type: 'didRender', uri, version: 3, claimCount: 17, actorCount: 6, balanceBars: 5, extra: true }),
      { type: 'didRender', uri, version: 3, claimCount: 17, actorCount: 6, balanceBars: 5 });
    assert.equal((parseFromWebview({ type: 'didRender', uri, version: 3, claimCount: 1, actorCount: 1, balanceBars: 'x' }) as { balanceBars: number }).balanceBars, 0,
      'a malformed bar count reads as none');
  });

  it('rejects malformed or unknown messages', () => {
    for (const bad of [
      undefined, null, 'ready', 42, {}, { type: 'ready' }, { type: 'ready', uri: 5 },
      { type: 'didClickClaim', uri }, { type: 'didClickClaim', uri, claimId: 3 },
      { type: 'didScroll', uri, line: -1 }, { type: 'didScroll', uri, line: Number.NaN }, { type: 'didScroll', uri, line: '3' },
      { type: 'didRender', uri, version: 1, claimCount: 2 }, { type: 'openLink', uri, href: 'https://x' },
    ]) {
      assert.equal(parseFromWebview(bad), undefined, JSON.stringify(bad));
    }
  });

  it('reads a saved state, defaulting a bad line to the top', () => {
    assert.deepEqual(parseState({ uri, line: 7 }), { uri, line: 7 });
    assert.deepEqual(parseState({ uri, line: 'x' }), { uri, line: 0 });
    assert.deepEqual(parseState({ uri }), { uri, line: 0 });
    assert.equal(parseState({ uri: '' }), undefined);
    assert.equal(parseState(undefined), undefined);
    assert.equal(parseState({ resource: uri }), undefined);
  });
});
