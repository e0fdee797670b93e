/**
 * The CSV export, read back with a real CSV parser (csv-parse): every field survives commas, quote
 * marks and line breaks, the rows are the claims, and cells a spreadsheet would run are guarded.
 */
import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import * as fc from 'fast-check';
import { CSV_COLUMNS, formatCsv } from '../../../src/export/csv';
import { guardFormula } from '../../../src/export/formulaGuard';
import { ANALYSIS, FORMULA, NO_SOURCE, OVER_TWO_LINES, SPLIT_QUOTE, WITH_COMMAS } from './fixtures';
import { referenceArticle } from './referenceArticle';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

const readBack = (csv: string): Row[] => parse(csv, { columns: true, bom: true }) as Row[];

describe('export: CSV', () => {
  it('reads back one row per claim, in order, under the documented header', () => {
    const csv = formatCsv(ANALYSIS);
    assert.equal(csv.split('\n')[0], CSV_COLUMNS.join(','));
    assert.deepEqual(readBack(csv).map((row) => row.claim_id), ANALYSIS.claims.map((claim) => claim.id));
  });

  it('keeps fields with commas, quote marks and line breaks whole', () => {
    const rows = readBack(formatCsv(ANALYSIS));
    const row = (id: string) => rows.find((candidate) => candidate.claim_id === id);
    assert.equal(row(WITH_COMMAS.id)?.content, 'the toll, if any, would be "small"');
    assert.equal(row(OVER_TWO_LINES.id)?.content, 'the works "never end\nat night"');
    assert.equal(row(SPLIT_QUOTE.id)?.quotes, '“The bridge will open in May, not June,”\n“and the ferry will stop.”');
    assert.equal(row(SPLIT_QUOTE.id)?.quote_offsets, SPLIT_QUOTE.quotes.map((q) => `${q.start}-${q.end}`).join(' '));
  });

  it('writes speaker, role, kind, sourcing, cue, offsets and confidence', () => {
    const row = readBack(formatCsv(ANALYSIS))[0];
    assert.deepEqual(
      [row.speaker, row.speaker_id, row.speaker_kind, row.role, row.named, row.sourcing, row.kind, row.cue, row.source, row.confidence],
      ['Ana Ruiz', 'a1', 'person', 'mayor of Riverton', 'true', 'named', 'direct', 'said', 'Ana Ruiz', '0.9'],
    );
    assert.deepEqual([row.content_start, row.content_end, row.cue_start, row.cue_end, row.source_start, row.source_end].map(Number),
      [SPLIT_QUOTE.content.start, SPLIT_QUOTE.content.end, SPLIT_QUOTE.cue?.start, SPLIT_QUOTE.cue?.end, SPLIT_QUOTE.source?.start, SPLIT_QUOTE.source?.end]);
  });

  it('leaves the speaker cells empty for a claim with no source', () => {
    const row = readBack(formatCsv(ANALYSIS)).find((candidate) => candidate.claim_id === NO_SOURCE.id);
    assert.deepEqual([row?.speaker, row?.speaker_id, row?.sourcing, row?.source, row?.source_start], ['', '', 'none', '', '']);
  });

  it('prefixes an apostrophe to article text a spreadsheet would run as a formula, and to nothing else', () => {
    const rows = readBack(formatCsv(ANALYSIS));
    assert.equal(rows.find((row) => row.claim_id === FORMULA.id)?.content, `'${FORMULA.content.text}`);
    const guarded = rows.flatMap((row) => Object.values(row)).filter((cell) => cell.startsWith("'"));
    assert.deepEqual(guarded, [`'${FORMULA.content.text}`]);
  });

  it('starts with a byte-order mark only when asked, and parses the same either way', () => {
    assert.ok(!formatCsv(ANALYSIS).startsWith('\ufeff'));
    const marked = formatCsv(ANALYSIS, { byteOrderMark: true });
    assert.ok(marked.startsWith('\ufeff'));
    assert.deepEqual(readBack(marked), readBack(formatCsv(ANALYSIS)));
  });

  it('leads with a file column and can leave out the header, for one CSV over several articles', () => {
    const first = formatCsv(ANALYSIS, { file: 'a, "first".txt' });
    const second = formatCsv(ANALYSIS, { file: 'b.txt', header: false });
    const rows = parse(first + second, { columns: true }) as (Row & { file: string })[];
    assert.equal(rows.length, ANALYSIS.claims.length * 2);
    assert.deepEqual([...new Set(rows.map((row) => row.file))], ['a, "first".txt', 'b.txt']);
  });

  it('reads back any text as written, whatever commas, quote marks, line breaks or characters it holds', () => {
    const text = fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', ' ', '=', "'", 'a', '“', '🌉', '\u0000') , maxLength: 40 });
    fc.assert(fc.property(text, text, (content, name) => {
      const claim = { ...WITH_COMMAS, content: { start: 0, end: content.length, text: content } };
      const analysis = { actors: [{ ...ANALYSIS.actors[0], name }], claims: [claim, claim] };
      const rows = readBack(formatCsv(analysis, { byteOrderMark: true }));
      assert.equal(rows.length, 2);
      assert.equal(rows[1].content, guardFormula(content));
      assert.equal(rows[1].speaker, guardFormula(name));
    }), { numRuns: 300 });
  });

  it('writes only the header for an analysis with no claims', () => {
    const csv = formatCsv({ actors: [], claims: [] });
    assert.equal(csv, `${CSV_COLUMNS.join(',')}\n`);
    assert.deepEqual(readBack(csv), []);
  });

  it('round-trips the reference article: as many rows as claims, each content as the engine found it', function () {
    this.timeout(20_000);
    const { analysis } = referenceArticle();
    const rows = readBack(formatCsv(analysis, { byteOrderMark: true }));
    assert.ok(analysis.claims.length >= 17, `the reference article should give at least 17 claims, got ${analysis.claims.length}`);
    assert.equal(rows.length, analysis.claims.length);
    assert.deepEqual(rows.map((row) => row.content), analysis.claims.map((claim) => claim.content.text));
    assert.deepEqual(rows.map((row) => Number(row.content_start)), analysis.claims.map((claim) => claim.content.start));
  });
});
