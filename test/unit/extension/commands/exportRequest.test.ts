import * as assert from 'node:assert/strict';
import { parseExportArgument } from '../../../../src/extension/commands/exportRequest';

describe('extension: export request', () => {
  it('asks the user when given nothing', () => {
    assert.deepEqual(parseExportArgument(undefined), { kind: 'ask' });
    assert.deepEqual(parseExportArgument(null), { kind: 'ask' });
  });

  it('takes a target, a format and an article', () => {
    assert.deepEqual(parseExportArgument({ target: 'file:///tmp/out.txt', format: 'markdown', document: 'file:///tmp/a.article' }),
      { kind: 'request', request: { target: 'file:///tmp/out.txt', format: 'markdown', document: 'file:///tmp/a.article' } });
  });

  it('takes the format from the target’s file type when none is given', () => {
    assert.deepEqual(parseExportArgument({ target: 'file:///tmp/out.citron.json' }),
      { kind: 'request', request: { target: 'file:///tmp/out.citron.json', format: 'citron' } });
  });

  it('says what is wrong with a request it cannot follow', () => {
    const message = (value: unknown) => {
      const parsed = parseExportArgument(value);
      return parsed.kind === 'invalid' ? parsed.message : `not invalid: ${JSON.stringify(parsed)}`;
    };
    assert.equal(message('out.csv'), 'the export argument must be { target, format?, document? }');
    assert.equal(message({ format: 'csv' }), 'the export request names no target file');
    assert.equal(message({ target: 'file:///tmp/out.csv', format: 'xlsx' }), 'unknown export format "xlsx" (use csv, markdown, citron)');
    assert.equal(message({ target: 'file:///tmp/out.txt' }), 'no format given, and the target\'s file type names none (use csv, markdown, citron)');
    assert.equal(message({ target: 'file:///tmp/out.csv', document: 7 }), 'the export request\'s document must be a uri string');
  });
});
