/**
 * The longest document the extension analyses. The engine takes about 0.6 s per million characters of
 * news prose, but up to ten times that for text that is not prose (logs, binary files opened as text).
 * In a worker thread that costs the host nothing, so the limit is 5,000,000 characters (a book); where
 * there are no worker threads (a web extension host) the engine runs on the host's own thread, and one
 * huge file would stall every extension after each pause in typing, so the limit stays at 500,000.
 */

export const DEFAULT_MAX_DOCUMENT_LENGTH = 5_000_000;
export const IN_PROCESS_MAX_DOCUMENT_LENGTH = 500_000;

/**
 * The `attributionLens.maxDocumentLength` setting, validated: a missing or nonsensical value means the
 * default; without a worker thread it is capped at the in-process limit.
 */
export function maxDocumentLength(setting: unknown, offThread = true): number {
  const chosen = typeof setting === 'number' && Number.isFinite(setting) && setting > 0 ? Math.floor(setting) : DEFAULT_MAX_DOCUMENT_LENGTH;
  return offThread ? chosen : Math.min(chosen, IN_PROCESS_MAX_DOCUMENT_LENGTH);
}

/** What the views say instead of "no attributions" when a document was too long to analyse; undefined when it was not. */
export function tooLongNotice(length: number, limit: number, offThread = true): string | undefined {
  if (length <= limit) return undefined;
  const count = (value: number) => value.toLocaleString('en-US');
  return `Not analysed: this document has ${count(length)} characters, more than the ${count(limit)} ` +
    `of the attributionLens.maxDocumentLength setting${offThread ? '' : ' (at most this much where the editor offers no worker threads)'}.`;
}
