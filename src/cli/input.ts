/** Reads one article for the CLI: a file or standard input, strict UTF-8, without a byte-order mark. */
import { readFileSync } from 'node:fs';

/** Raised for a file the CLI cannot analyse; `message` is the short reason shown after the file name. */
export class InputError extends Error {}

// fatal: a non-UTF-8 file is an error to report, not text to analyse with replacement characters. The decoder
// also drops a leading UTF-8 byte-order mark (ignoreBOM defaults to false), so offsets start at the first letter.
const decoder = new TextDecoder('utf-8', { fatal: true });

function reason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EISDIR': return 'is a directory';
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    default: return error.message;
  }
}

export function readArticle(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    throw new InputError(reason(error as NodeJS.ErrnoException));
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8 text');
  }
}
