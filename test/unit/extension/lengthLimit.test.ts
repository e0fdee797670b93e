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

  it('says nothing up to the limit and names both numbers and the setting beyond it', () => {
    assert.equal(tooLongNotice(500_000, 500_000), undefined);
    assert.equal(
      tooLongNotice(1_234_567, 500_000),
      'Not analysed: this document has 1,234,567 characters, more than the 500,000 of the attributionLens.maxDocumentLength setting.',
    );
  });
});
