import * as assert from 'node:assert/strict';
import { jsonlRecords, lines, parseRecord } from '../../../src/cli/jsonlInput';
import { withLeadingField } from '../../../src/cli/writer';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function* chunks(...parts: (string | Buffer)[]) {
  for (const part of parts) yield part;
}

describe('cli: jsonl input', () => {
  it('splits lines across chunk boundaries, CRLF and a last line without a break included', async () => {
    assert.deepEqual(await collect(lines(chunks('{"id":1}\r\n{"i', 'd":2}\n\n', '{"id":3}'))), ['{"id":1}', '{"id":2}', '', '{"id":3}']);
  });

  it('keeps a UTF-8 character whose bytes are split between chunks', async () => {
    const bytes = Buffer.from('“Ruiz”\n');
    assert.deepEqual(await collect(lines(chunks(bytes.subarray(0, 2), bytes.subarray(2)))), ['“Ruiz”']);
  });

  it('reads an id and a text, and says what is wrong with anything else', () => {
    assert.deepEqual(parseRecord('{"id": 7, "text": "Ana Ruiz said so."}', 1), { line: 1, id: 7, text: 'Ana Ruiz said so.' });
    assert.deepEqual(parseRecord('{"text": "no id"}', 2), { line: 2, id: null, text: 'no id' });
    assert.deepEqual(parseRecord('{"id": 7, "text": 12}', 3), { line: 3, id: 7, error: 'no "text" string' });
    assert.deepEqual(parseRecord('"just a string"', 4), { line: 4, id: null, error: 'not a JSON object' });
    assert.deepEqual(parseRecord('{"id": 7,', 5), { line: 5, id: null, error: 'not valid JSON' });
  });

  it('skips blank lines but counts them in line numbers', async () => {
    const records = await collect(jsonlRecords(chunks('{"id":1,"text":"a"}\n   \n{"id":2}\n')));
    assert.deepEqual(records, [{ line: 1, id: 1, text: 'a' }, { line: 3, id: 2, error: 'no "text" string' }]);
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
