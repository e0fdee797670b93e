import * as assert from 'node:assert/strict';
import { byteLines, parseRecord } from '../../../src/cli/jsonlInput';
import { withLeadingField } from '../../../src/worker/resultLine';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function* chunks(...parts: (string | Buffer)[]) {
  for (const part of parts) yield part;
}

async function textLines(...parts: (string | Buffer)[]): Promise<string[]> {
  return (await collect(byteLines(chunks(...parts)))).map((bytes) => new TextDecoder().decode(bytes));
}

describe('cli: jsonl input', () => {
  it('splits lines across chunk boundaries, CRLF and a last line without a break included', async () => {
    assert.deepEqual(await textLines('{"id":1}\r\n{"i', 'd":2}\n\n', '{"id":3}'), ['{"id":1}', '{"id":2}', '', '{"id":3}']);
  });

  it('drops a carriage return that ends one chunk before the line feed that starts the next', async () => {
    assert.deepEqual(await textLines('{"id":1}\r', '\n{"id":2}\r', '\r\n'), ['{"id":1}', '{"id":2}\r']);
  });

  it('keeps a UTF-8 character whose bytes are split between chunks', async () => {
    const bytes = Buffer.from('“Ruiz”\n');
    assert.deepEqual(await textLines(bytes.subarray(0, 2), bytes.subarray(2)), ['“Ruiz”']);
  });

  it('gives each line an ArrayBuffer of its own, exactly its length (posted to a worker without its neighbours)', async () => {
    const lines = await collect(byteLines(chunks('{"id":1}\n{"id":22}\n{"i', 'd":3}')));
    assert.deepEqual(lines.map((line) => [line.byteOffset, line.length, line.buffer.byteLength]), [[0, 8, 8], [0, 9, 9], [0, 8, 8]]);
  });

  it('joins a line spread over many chunks once, in time linear in its length', async () => {
    const parts = Array.from({ length: 40_000 }, () => Buffer.from('x'.repeat(50)));
    const started = process.hrtime.bigint();
    const [line] = await collect(byteLines(chunks(...parts, '\n')));
    assert.equal(line.length, 2_000_000);
    // Joined again at every chunk, the line would be copied 40,000 times: 40 GB, many seconds.
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 3_000, 'two million bytes in 40,000 chunks took seconds');
  });

  it('reads an id and a text, and says what is wrong with anything else', () => {
    assert.deepEqual(parseRecord('{"id": 7, "text": "Ana Ruiz said so."}', 1), { line: 1, id: 7, text: 'Ana Ruiz said so.' });
    assert.deepEqual(parseRecord('{"text": "no id"}', 2), { line: 2, id: null, text: 'no id' });
    assert.deepEqual(parseRecord('{"id": 7, "text": 12}', 3), { line: 3, id: 7, error: 'no "text" string' });
    assert.deepEqual(parseRecord('"just a string"', 4), { line: 4, id: null, error: 'not a JSON object' });
    assert.deepEqual(parseRecord('{"id": 7,', 5), { line: 5, id: null, error: 'not valid JSON' });
  });
});

describe('cli: a result line from the analysis\'s own JSON', () => {
  it('equals JSON.stringify({ id, ...analysis }) for any id, and leaves out an id that is undefined', () => {
    const analysis = { actors: [{ id: 'a1', name: 'Ana "Ruiz"' }], claims: [] };
    const json = JSON.stringify(analysis);
    for (const id of [7, 'x-1', 'quote " and \\\\ slash', null, { nested: [1] }]) {
      assert.equal(withLeadingField('id', id, json), JSON.stringify({ id, ...analysis }));
    }
    assert.equal(withLeadingField('id', undefined, json), json);
    assert.equal(withLeadingField('file', 'a.txt', '{}'), JSON.stringify({ file: 'a.txt' }));
  });
});
