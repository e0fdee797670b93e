import * as assert from 'node:assert/strict';
import { DEFAULT_MAX_DOCUMENT_LENGTH, maxDocumentLength, tooLongNotice } from '../../../src/extension/store/lengthLimit';

describe('extension: document length limit', () => {
  it('reads the setting, falling back to the default for a missing or nonsensical value', () => {
    assert.equal(maxDocumentLength(1000), 1000);
    assert.equal(maxDocumentLength(99.7), 99);
    for (const bad of [undefined, null, '1000', 0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.equal(maxDocumentLength(bad), DEFAULT_MAX_DOCUMENT_LENGTH, String(bad));
    }
  });

  it('caps the limit at 500,000 characters where the analysis cannot leave the host thread', () => {
    assert.equal(DEFAULT_MAX_DOCUMENT_LENGTH, 5_000_000);
    assert.equal(maxDocumentLength(undefined, false), 500_000);
    assert.equal(maxDocumentLength(2_000_000, false), 500_000);
    assert.equal(maxDocumentLength(1000, false), 1000);
    assert.match(tooLongNotice(600_000, 500_000, false)!, /worker threads/);
  });

  it('says nothing up to the limit and names both numbers and the setting beyond it', () => {
    assert.equal(tooLongNotice(500_000, 500_000), undefined);
    assert.equal(
      tooLongNotice(1_234_567, 500_000),
      'Not analysed: this document has 1,234,567 characters, more than the 500,000 of the attributionLens.maxDocumentLength setting.',
    );
  });
});
