import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeMarkdown } from '../../../src/extension/markdownEscape';

/** Undoes CommonMark backslash escapes: what a reader sees. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('extension: escaping article text for markdown', () => {
  it('leaves no markdown syntax active: links, emphasis, code, HTML', () => {
    const escaped = escapeMarkdown('*bold* _it_ `code` [x](command:evil) <img src=x onerror=alert(1)> # heading');
    assert.ok(!/(^|[^\\])[*_`[\]()<>#]/.test(escaped), escaped);
    assert.ok(!escaped.includes('](command:'), 'a link cannot survive');
  });

  it('keeps the text readable once rendered, with line breaks folded into spaces', () => {
    assert.equal(unescape(escapeMarkdown('Mr. Peskov said:\n“certainly”')), 'Mr. Peskov said: “certainly”');
  });

  it('for any text, every ASCII punctuation mark comes out escaped and rendering gives the text back', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
      const escaped = escapeMarkdown(text);
      const withoutEscapes = escaped.replace(/\\[!-/:-@[-`{-~]/g, '');
      assert.ok(!/[\\`*_{}[\]()<>#+\-.!|~&:"'=$^%@;]/.test(withoutEscapes), `unescaped syntax in ${JSON.stringify(escaped)}`);
      assert.equal(unescape(escaped), text.replace(/\s+/g, ' '));
    }));
  });
});
