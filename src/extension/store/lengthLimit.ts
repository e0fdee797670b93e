/**
 * The longest document the extension analyses. The engine runs synchronously in the extension host:
 * about 0.35 s per million characters of news prose, but up to ten times that for text that is not
 * prose (logs, binary files opened as text), so one huge plain-text file would otherwise stall every
 * extension for seconds after each pause in typing. A news article is a few thousand characters.
 */

export const DEFAULT_MAX_DOCUMENT_LENGTH = 500_000;

/** The `attributionLens.maxDocumentLength` setting, validated: a missing or nonsensical value means the default. */
export function maxDocumentLength(setting: unknown): number {
  return typeof setting === 'number' && Number.isFinite(setting) && setting > 0 ? Math.floor(setting) : DEFAULT_MAX_DOCUMENT_LENGTH;
}

/** What the views say instead of "no attributions" when a document was too long to analyse; undefined when it was not. */
export function tooLongNotice(length: number, limit: number): string | undefined {
  if (length <= limit) return undefined;
  const count = (value: number) => value.toLocaleString('en-US');
  return `Not analysed: this document has ${count(length)} characters, more than the ${count(limit)} ` +
    'of the attributionLens.maxDocumentLength setting.';
}
