/**
 * `--input jsonl`: one `{"id": …, "text": …}` object per line of standard input, read as it comes. The
 * stream is pulled only as fast as results are written, so ten thousand articles take no more memory
 * than the few being analysed. This thread only splits the bytes into lines; each line is decoded and
 * parsed where it is analysed (src/worker/resultLine.ts). A line that is not such an object becomes a
 * record carrying its error.
 */

export type JsonlRecord =
  | { line: number; id: unknown; text: string }
  | { line: number; id: unknown; error: string };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** `pieces` (none empty) joined, without a final carriage return, in an ArrayBuffer of its own (cheap to post to a worker). */
function joined(pieces: Uint8Array[]): Uint8Array {
  let length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const last = pieces[pieces.length - 1];
  if (last !== undefined && last[last.length - 1] === CARRIAGE_RETURN) length--;
  const line = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    line.set(piece.subarray(0, length - at), at);
    at += piece.length;
  }
  return line;
}

/**
 * The lines of a byte stream, without their line breaks (`\n`, or `\r\n`), a final line without one
 * included. A line split between chunks is joined once, when its end comes: linear in the input.
 */
export async function* byteLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<Uint8Array> {
  let pieces: Uint8Array[] = [];
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    let end: number;
    while ((end = bytes.indexOf(NEWLINE, start)) >= 0) {
      if (end > start) pieces.push(bytes.subarray(start, end));
      yield joined(pieces);
      pieces = [];
      start = end + 1;
    }
    if (start < bytes.length) pieces.push(bytes.subarray(start));
  }
  if (pieces.length > 0) yield joined(pieces);
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
