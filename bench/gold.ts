/**
 * The gold format of ../shared/fixtures/README.md, and a loader that checks it: a malformed gold file must fail
 * with a message naming the document and attribution, not score silently wrong.
 */
import { readFileSync } from 'node:fs';
import type { ClaimKind } from '../src/engine/types';

/** [start, end): JavaScript string indices into the document text, end exclusive. */
export type Range = [number, number];

export interface GoldAttribution {
  type: ClaimKind;
  content: Range[];
  /** Empty when the gold names no source. */
  source: Range[];
  sourceText?: string | null;
  cue: Range[];
  cueText?: string | null;
  /** Hand-made gold only: the canonical name of the speaking actor. */
  speaker?: string;
}

export interface GoldActor {
  name: string;
  kind?: string;
  role?: string | null;
  aliases?: string[];
}

export interface GoldDocument {
  id: string;
  text: string;
  attributions: GoldAttribution[];
  /** Hand-made gold only. */
  actors?: GoldActor[];
}

const KINDS: readonly string[] = ['direct', 'mixed', 'indirect'];

function checkRanges(value: unknown, textLength: number, where: string): Range[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected an array of [start, end]`);
  return value.map((r, i) => {
    const ok = Array.isArray(r) && r.length === 2 && r.every(Number.isInteger) && 0 <= r[0] && r[0] <= r[1] && r[1] <= textLength;
    if (!ok) throw new Error(`${where}[${i}]: ${JSON.stringify(r)} is not a range inside the text (length ${textLength})`);
    return [r[0], r[1]] as Range;
  });
}

/** Checks parsed JSON against the gold format; throws an Error naming the first offending place. */
export function parseGold(raw: unknown, label: string): GoldDocument[] {
  if (!Array.isArray(raw)) throw new Error(`${label}: expected a JSON array of documents`);
  return raw.map((doc: Record<string, unknown>, d) => {
    const where = `${label}: document ${d}`;
    if (typeof doc !== 'object' || doc === null || typeof doc.text !== 'string') throw new Error(`${where}: no "text" string`);
    if (!Array.isArray(doc.attributions)) throw new Error(`${where}: no "attributions" array`);
    const text = doc.text;
    const attributions = doc.attributions.map((a: Record<string, unknown>, i): GoldAttribution => {
      const at = `${where} (${String(doc.id)}), attribution ${i}`;
      if (typeof a !== 'object' || a === null || !KINDS.includes(a.type as string)) throw new Error(`${at}: "type" must be direct, mixed or indirect`);
      const content = checkRanges(a.content, text.length, `${at}.content`);
      if (content.length === 0) throw new Error(`${at}: empty content`);
      return {
        type: a.type as ClaimKind,
        content,
        source: checkRanges(a.source ?? [], text.length, `${at}.source`),
        cue: checkRanges(a.cue ?? [], text.length, `${at}.cue`),
        sourceText: typeof a.sourceText === 'string' ? a.sourceText : null,
        cueText: typeof a.cueText === 'string' ? a.cueText : null,
        ...(typeof a.speaker === 'string' ? { speaker: a.speaker } : {}),
      };
    });
    const actors = Array.isArray(doc.actors) ? (doc.actors as GoldActor[]).filter((x) => typeof x?.name === 'string') : undefined;
    return { id: typeof doc.id === 'string' ? doc.id : `#${d}`, text, attributions, ...(actors ? { actors } : {}) };
  });
}

export function readGold(file: string): GoldDocument[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  return parseGold(raw, file);
}
