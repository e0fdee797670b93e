/**
 * What the claim hover card says, as plain label/value rows (the DOM side sets them with
 * textContent). DOM-free so it is unit-tested.
 */
import type { ClaimKind } from '../engine/types';
import type { ClaimCardData } from '../extension/readingView/protocol';

export interface CardRow {
  label: string;
  value: string;
}

const kindNames: Record<ClaimKind, string> = {
  direct: 'direct quote',
  mixed: 'partly quoted',
  indirect: 'paraphrase',
};

export function cardRows(card: ClaimCardData): CardRow[] {
  const rows: CardRow[] = [];
  if (card.role) rows.push({ label: 'Role', value: card.role });
  const aliases = card.aliases.map((alias) => alias.replace(/\s+/g, ' ').trim()).filter((alias) => alias !== '');
  if (aliases.length > 0) rows.push({ label: 'Also called', value: aliases.join(', ') });
  if (card.cue) rows.push({ label: 'Cue', value: card.cue });
  rows.push({ label: 'Kind', value: kindNames[card.kind] ?? String(card.kind) });
  if (Number.isFinite(card.confidence)) {
    rows.push({ label: 'Confidence', value: `${Math.round(Math.min(1, Math.max(0, card.confidence)) * 100)}%` });
  }
  if (card.evidence) rows.push({ label: 'Evidence', value: card.evidence });
  return rows;
}
