/**
 * A file's bytes as an article's text, for the workspace index: strict UTF-8 (a byte-order mark
 * dropped, as the editor does, so offsets match the open document) and no longer than the limit.
 * Decoded in the worker, so the host never builds the string of a 5 MB file it only indexes.
 */

/** Why a file is not indexed: the message is shown as is (not an engine failure). */
export class ArticleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArticleInputError';
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeArticle(bytes: Uint8Array, maxLength: number): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ArticleInputError('not valid UTF-8 text');
  }
  if (text.length > maxLength) throw new ArticleInputError(`longer than ${maxLength.toLocaleString('en-US')} characters (attributionLens.maxDocumentLength)`);
  return text;
}
