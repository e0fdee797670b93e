/**
 * `--input jsonl`: one `{"id": …, "text": …}` object per line of standard input, read as it comes. The
 * stream is pulled only as fast as results are written, so ten thousand articles take no more memory
 * than the few being analysed. A line that is not such an object becomes a record carrying its error.
 */
import { StringDecoder } from 'node:string_decoder';

export type JsonlRecord =
  | { line: number; id: unknown; text: string }
  | { line: number; id: unknown; error: string };

/** The lines of a byte stream, without their line breaks (a final line without one included). */
export async function* lines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for await (const chunk of input) {
    carry += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let end: number;
    while ((end = carry.indexOf('\n')) >= 0) {
      yield carry.slice(0, end).replace(/\r$/, '');
      carry = carry.slice(end + 1);
    }
  }
  carry += decoder.end();
  if (carry.length > 0) yield carry.replace(/\r$/, '');
}

/** One line's record; blank lines are skipped by the caller, so they carry no error. */
export function parseRecord(text: string, line: number): JsonlRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { line, id: null, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { line, id: null, error: 'not a JSON object' };
  const record = value as { id?: unknown; text?: unknown };
  const id = record.id ?? null;
  if (typeof record.text !== 'string') return { line, id, error: 'no "text" string' };
  return { line, id, text: record.text };
}

export async function* jsonlRecords(input: AsyncIterable<Buffer | string>): AsyncGenerator<JsonlRecord> {
  let line = 0;
  for await (const text of lines(input)) {
    line++;
    if (text.trim() !== '') yield parseRecord(text, line);
  }
}
