/**
 * Quote marks (quotes.ts): the scan for marks reads each character of a text once, however many paragraphs ask for
 * their next mark. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { findQuotes, MarkScanner } from '../../../src/engine/quotes';

/** A pattern that counts the characters its searches read. */
function countingPattern(): { pattern: RegExp; read: () => number } {
  let read = 0;
  const pattern = /["\u201C\u201D]/g;
  const exec = pattern.exec.bind(pattern);
  pattern.exec = (text: string) => {
    const from = pattern.lastIndex;
    const match = exec(text);
    read += (match ? match.index + 1 : text.length) - from;
    return match;
  };
  return { pattern, read: () => read };
}

describe('quotes: the mark scanner', () => {
  it('reads a long text of short paragraphs with one mark at its end once, not once per paragraph', () => {
    const paragraphs = 5000;
    const text = 'Ana Ruiz spoke at the pier.\n'.repeat(paragraphs) + '"Done," she said.';
    const { pattern, read } = countingPattern();
    const scanner = new MarkScanner(text, pattern);
    const marks: number[] = [];
    for (let from = 0; from < text.length; from = text.indexOf('\n', from) + 1 || text.length) {
      const to = (text.indexOf('\n', from) + 1 || text.length + 1) - 1;
      for (let at = scanner.next(from); at >= 0 && at < to; at = scanner.next(at + 1)) marks.push(at);
    }
    assert.deepEqual(marks, [text.lastIndexOf('"Done'), text.indexOf('"', text.lastIndexOf('"Done') + 1)]);
    assert.ok(read() <= text.length + 1, `${read()} characters read for a text of ${text.length}`);
  });

  it('answers a position inside a remembered search and one past it', () => {
    const scanner = new MarkScanner('ab "c" d', /"/g);
    assert.equal(scanner.next(0), 3);
    assert.equal(scanner.next(2), 3);
    assert.equal(scanner.next(4), 5);
    assert.equal(scanner.next(6), -1);
    assert.equal(scanner.next(7), -1);
  });

  it('still finds the quote after thousands of paragraphs without one', () => {
    const text = 'Tom Hale left early.\n\n'.repeat(20_000) + '“We will be back,” Hale said.';
    const quotes = findQuotes(text);
    assert.equal(quotes.length, 1);
    assert.equal(text.slice(quotes[0].start, quotes[0].end), '“We will be back,”');
  });
});
