/**
 * How commands name what they act on (the contract in package.json's commands): a claim by document
 * uri and claim id, or, for `revealRange`, a bare character range. Pure: used by hovers, the tree and
 * the commands alike.
 */

export interface ClaimRef {
  /** The document's uri.toString(). */
  uri: string;
  claimId: string;
}

export interface RangeRef {
  uri: string;
  /** Character offsets into the document text, end exclusive. */
  start: number;
  end: number;
}

export function isClaimRef(value: unknown): value is ClaimRef {
  return typeof value === 'object' && value !== null &&
    typeof (value as ClaimRef).uri === 'string' && typeof (value as ClaimRef).claimId === 'string';
}

export function isRangeRef(value: unknown): value is RangeRef {
  if (typeof value !== 'object' || value === null) return false;
  const { uri, start, end } = value as RangeRef;
  return typeof uri === 'string' && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start;
}

/** A `command:` URI for a markdown link; arguments travel JSON-encoded in the query, as VS Code expects. */
export function commandUri(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
