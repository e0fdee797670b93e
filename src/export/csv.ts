/**
 * The CSV export: one row per claim, for spreadsheets and data tools. Written by csv-stringify, which
 * quotes every field holding a comma, a quote mark or a line break (RFC 4180), so article text of any
 * shape reads back cell for cell. Offsets are the engine's (UTF-16 code units into the text, end
 * exclusive). Cells of text drawn from the article are guarded against formula injection (formulaGuard.ts).
 */
import { stringify } from 'csv-stringify/sync';
import type { Actor, Analysis, Claim, Span } from '../engine/types';
import { guardFormula } from './formulaGuard';

/** The columns, in order; `file` leads only when one CSV holds several articles. */
export const CSV_COLUMNS = [
  'claim_id', 'speaker', 'speaker_id', 'speaker_kind', 'role', 'named', 'sourcing', 'kind', 'cue', 'content', 'quotes',
  'source', 'content_start', 'content_end', 'quote_offsets', 'cue_start', 'cue_end', 'source_start', 'source_end',
  'confidence', 'evidence',
] as const;

export interface CsvOptions {
  /** The article's name, written as a leading `file` column (for one CSV over several articles). */
  file?: string;
  /** Write the header row (default true); false for the rows of a second article in the same CSV. */
  header?: boolean;
  /** Start with a UTF-8 byte-order mark, which spreadsheet programs need to read the text as UTF-8. */
  byteOrderMark?: boolean;
}

type Cell = string | number;

/** Quotes are listed one per line inside their cell; their offsets as "start-end" pairs. */
function claimRow(claim: Claim, speaker: Actor | undefined): Cell[] {
  const text = (value: string | undefined | null) => guardFormula(value ?? '');
  const offset = (span: Span | null, edge: 'start' | 'end') => (span ? span[edge] : '');
  return [
    claim.id, text(speaker?.name), speaker?.id ?? '', speaker?.kind ?? '', text(speaker?.role),
    speaker ? String(speaker.named) : '', claim.sourcing, claim.kind, text(claim.cue?.text), text(claim.content.text),
    text(claim.quotes.map((quote) => quote.text).join('\n')), text(claim.source?.text),
    claim.content.start, claim.content.end, claim.quotes.map((quote) => `${quote.start}-${quote.end}`).join(' '),
    offset(claim.cue, 'start'), offset(claim.cue, 'end'), offset(claim.source, 'start'), offset(claim.source, 'end'),
    claim.confidence, text(claim.evidence),
  ];
}

export function formatCsv(analysis: Analysis, options: CsvOptions = {}): string {
  const actors = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const file = options.file;
  const rows = analysis.claims.map((claim) => {
    const row = claimRow(claim, claim.actor === null ? undefined : actors.get(claim.actor));
    // The file name is the user's own argument, not article text, so it is written as given.
    return file === undefined ? row : [file, ...row];
  });
  const header = file === undefined ? [...CSV_COLUMNS] : ['file', ...CSV_COLUMNS];
  const records = options.header === false ? rows : [header, ...rows];
  return stringify(records, { bom: options.byteOrderMark === true });
}
