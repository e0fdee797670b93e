/** Reads one article for the CLI: a file or standard input, strict UTF-8, without a byte-order mark. */
import { readFileSync } from 'node:fs';
import { ArticleInputError, decodeArticle } from '../extension/workspaceIndex/articleBytes';

/** Raised for a file the CLI cannot analyse; `message` is the short reason shown after the file name. */
export class InputError extends Error {}

function reason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EISDIR': return 'is a directory';
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    default: return error.message;
  }
}

/** A file's bytes (`-`: standard input), undecoded: a batch's worker decodes them (src/worker/resultLine.ts). */
export function readArticleBytes(file: string): Buffer {
  try {
    return readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    throw new InputError(reason(error as NodeJS.ErrnoException));
  }
}

/** A non-UTF-8 file is an error to report, not text to analyse with replacement characters. */
export function readArticle(file: string): string {
  const bytes = readArticleBytes(file);
  try {
    return decodeArticle(bytes, Infinity);
  } catch (error) {
    throw error instanceof ArticleInputError ? new InputError(error.message) : error;
  }
}
