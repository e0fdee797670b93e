/**
 * The CLI's JSON Lines work for one article, done where the analysis runs: bytes in (a line of
 * `--input jsonl`, or a file of a folder), the finished output line out as UTF-8 bytes, with the counts
 * of the run's summary. In a worker, the thread that reads and writes then neither parses, nor decodes,
 * nor serialises, nor holds any article's text on its heap: it splits lines and writes bytes. `--jobs 1`
 * runs the same function in process, so both do the same work per article.
 */
import type { Analysis } from '../engine/types';
import { ArticleInputError, decodeArticle } from '../extension/workspaceIndex/articleBytes';
import { parseRecord } from '../cli/jsonlInput';
import { countWords } from '../cli/runSummary';

/** Where the bytes came from: a line of standard input (1-based), or a file (its name leads its output line). */
export type LineSource = { line: number } | { file: string };

export interface ResultLine {
  /**
   * The output line, newline included: the analysis with the id or file name first, or for a bad jsonl line
   * its error record. Absent for a blank jsonl line (skipped) and for a file that could not be analysed.
   */
  bytes?: Uint8Array;
  /** Why the article was not analysed (the message after the file name or line number on stderr). */
  error?: string;
  claims: number;
  actors: number;
  words: number;
}

const encoder = new TextEncoder();
// Lines are decoded as the stream was before: invalid bytes become U+FFFD, and a byte-order mark is kept
// (JSON.parse then rejects that line, as it did).
const lineDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** `{"id": …, "actors": …}` from the analysis's own JSON: the same line as JSON.stringify({ id, ...analysis }). */
export function withLeadingField(name: string, value: unknown, analysisJson: string): string {
  if (value === undefined) return analysisJson;
  const field = `{${JSON.stringify(name)}:${JSON.stringify(value)}`;
  return analysisJson === '{}' ? `${field}}` : `${field},${analysisJson.slice(1)}`;
}

/** The error record of a jsonl line that could not be analysed. */
export function errorRecord(id: unknown, line: number, error: string): string {
  return `${JSON.stringify({ id, line, error })}\n`;
}

function analysed(analysis: Analysis, name: string, value: unknown, text: string): ResultLine {
  return {
    bytes: encoder.encode(`${withLeadingField(name, value, JSON.stringify(analysis))}\n`),
    claims: analysis.claims.length,
    actors: analysis.actors.length,
    words: countWords(text),
  };
}

const failed = (error: string, bytes?: Uint8Array): ResultLine => ({ bytes, error, claims: 0, actors: 0, words: 0 });

/** An engine crash is reported like an unreadable article: one line, and the batch goes on. */
export function analysisFailure(error: unknown): string {
  return `analysis failed: ${error instanceof Error ? error.message : String(error)}`;
}

export function resultLine(bytes: Uint8Array, source: LineSource, analyze: (text: string) => Analysis): ResultLine {
  if ('file' in source) {
    let text: string;
    try {
      text = decodeArticle(bytes, Infinity);
    } catch (error) {
      if (error instanceof ArticleInputError) return failed(error.message);
      throw error;
    }
    try {
      return analysed(analyze(text), 'file', source.file, text);
    } catch (error) {
      return failed(analysisFailure(error));
    }
  }
  const line = lineDecoder.decode(bytes);
  if (line.trim() === '') return { claims: 0, actors: 0, words: 0 };
  const record = parseRecord(line, source.line);
  if ('error' in record) return failed(record.error, encoder.encode(errorRecord(record.id, record.line, record.error)));
  try {
    return analysed(analyze(record.text), 'id', record.id, record.text);
  } catch (error) {
    const message = analysisFailure(error);
    return failed(message, encoder.encode(errorRecord(record.id, record.line, message)));
  }
}
