import * as assert from 'node:assert/strict';
import { articleLanguages, DEFAULT_ARTICLE_LANGUAGES, isArticleLanguage } from '../../../src/extension/store/articleLanguages';

describe('extension: attributionLens.languages', () => {
  it('uses the setting when it is a list of language ids', () => {
    assert.deepEqual(articleLanguages(['article', 'latex']), ['article', 'latex']);
    assert.equal(isArticleLanguage('latex', ['article', 'latex']), true);
    assert.equal(isArticleLanguage('markdown', ['article', 'latex']), false);
  });

  it('an empty list switches every language off', () => {
    assert.equal(isArticleLanguage('article', []), false);
  });

  it('falls back to the default for a malformed setting', () => {
    for (const bad of [undefined, null, 'article', 42, ['article', 7], { article: true }]) {
      assert.deepEqual(articleLanguages(bad), DEFAULT_ARTICLE_LANGUAGES, JSON.stringify(bad));
    }
    assert.equal(isArticleLanguage('plaintext', 'nonsense'), true);
    assert.equal(isArticleLanguage('typescript', undefined), false);
  });
});
