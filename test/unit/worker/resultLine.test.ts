import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import type { Analysis } from '../../../src/engine/types';
import { countWords } from '../../../src/cli/runSummary';
import { resultLine, type ResultLine } from '../../../src/worker/resultLine';

const ARTICLE = '“The bridge will open in May,” said Ana Ruiz, the mayor of Riverton.\n';
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (result: ResultLine) => (result.bytes ? new TextDecoder().decode(result.bytes) : undefined);
const crashing = (): Analysis => { throw new Error('boom'); };

describe('worker: a batch article into its output line', () => {
  it('writes a file\'s analysis as JSON.stringify({ file, ...analysis }) with the summary\'s counts, a byte-order mark dropped', () => {
    const result = resultLine(bytes(`\uFEFF${ARTICLE}`), { file: 'a.txt' }, analyze);
    const analysis = analyze(ARTICLE);
    assert.equal(text(result), `${JSON.stringify({ file: 'a.txt', ...analysis })}\n`);
    assert.deepEqual([result.claims, result.actors, result.words, result.error], [analysis.claims.length, analysis.actors.length, countWords(ARTICLE), undefined]);
  });

  it('says why a file is no article, with no line to write', () => {
    assert.deepEqual(resultLine(new Uint8Array([0x63, 0xe9]), { file: 'b.txt' }, analyze), { bytes: undefined, error: 'not valid UTF-8 text', claims: 0, actors: 0, words: 0 });
    assert.equal(resultLine(bytes(ARTICLE), { file: 'c.txt' }, crashing).error, 'analysis failed: boom');
  });

  it('writes a jsonl line\'s analysis as JSON.stringify({ id, ...analysis })', () => {
    const result = resultLine(bytes(JSON.stringify({ id: 'r-1', text: ARTICLE })), { line: 4 }, analyze);
    assert.equal(text(result), `${JSON.stringify({ id: 'r-1', ...analyze(ARTICLE) })}\n`);
  });

  it('answers a bad or crashing jsonl line with its error record, and a blank line with nothing', () => {
    const bad = resultLine(bytes('{"id": 7, "body": "x"}'), { line: 2 }, analyze);
    assert.deepEqual([text(bad), bad.error], [`${JSON.stringify({ id: 7, line: 2, error: 'no "text" string' })}\n`, 'no "text" string']);
    const crashed = resultLine(bytes(JSON.stringify({ id: 8, text: ARTICLE })), { line: 3 }, crashing);
    assert.equal(text(crashed), `${JSON.stringify({ id: 8, line: 3, error: 'analysis failed: boom' })}\n`);
    assert.deepEqual(resultLine(bytes(' \t'), { line: 5 }, analyze), { claims: 0, actors: 0, words: 0 });
  });

  it('decodes a line as the stream was decoded before: a byte-order mark kept, so that line is not JSON', () => {
    assert.equal(resultLine(bytes(`\uFEFF${JSON.stringify({ id: 1, text: ARTICLE })}`), { line: 1 }, analyze).error, 'not valid JSON');
  });
});
