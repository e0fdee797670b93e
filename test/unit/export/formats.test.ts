import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { EXPORT_FORMATS, formatForFileName, isExportFormat, renderExport } from '../../../src/export/formats';
import { ANALYSIS, TEXT } from './fixtures';

describe('export: formats', () => {
  it('knows a format by its file ending, in any case, and no other ending', () => {
    assert.deepEqual(['a.csv', 'b.MD', 'c.markdown', 'd.citron.json', 'e.txt', 'csv', 'f.'].map(formatForFileName),
      ['csv', 'markdown', 'markdown', 'citron', undefined, undefined, undefined]);
  });

  it('accepts exactly the three format names', () => {
    assert.deepEqual(EXPORT_FORMATS, ['csv', 'markdown', 'citron']);
    assert.deepEqual(['csv', 'markdown', 'citron', 'json', 'CSV', 1, undefined].map(isExportFormat), [true, true, true, false, false, false, false]);
  });

  it('renders each format from the same input', () => {
    const input = { text: TEXT, analysis: ANALYSIS, title: 'bridge.article' };
    const csv = renderExport('csv', input, { byteOrderMark: true });
    assert.equal((parse(csv, { columns: true, bom: true }) as unknown[]).length, ANALYSIS.claims.length);
    assert.ok(renderExport('markdown', input).startsWith('# Attributions in bridge'));
    assert.equal((JSON.parse(renderExport('citron', input)) as { text: string }).text, TEXT);
  });
});
