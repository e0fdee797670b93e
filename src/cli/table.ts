/**
 * The CLI's readable output: a table of actors (with whether the text names them and the other names
 * it uses), then one of claims (speaker, kind, sourcing, cue, opening words), then the source balance (the
 * reading view's chart as figures).
 */
import type { Analysis } from '../engine';
import { percent, sourceBalance } from '../engine/balance';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Pads or cuts to `width` characters; a cut ends in "…". */
function cell(s: string, width: number): string {
  const flat = oneLine(s);
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

/** The first `count` words, with "…" when there are more. */
function openingWords(s: string, count = 12): string {
  const words = oneLine(s).split(' ');
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}

function rows(header: string[], widths: number[], body: string[][]): string[] {
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? oneLine(c) : cell(c, widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...body.map(line)];
}

export function formatTable(a: Analysis): string {
  const claimsBy = new Map<string, number>();
  for (const c of a.claims) if (c.actor) claimsBy.set(c.actor, (claimsBy.get(c.actor) ?? 0) + 1);
  const names = new Map(a.actors.map((x) => [x.id, x.name]));
  const lines: string[] = [];
  if (a.actors.length === 0) lines.push('No actors found.');
  else {
    // Aliases last: the only column left uncut, so every name form shows. "; " between them, since a
    // name may itself hold a comma ("Acme, Inc.").
    lines.push(...rows(['ACTOR', 'KIND', 'ROLE', 'NAMED', 'MENTIONS', 'CLAIMS', 'ALIASES'], [28, 12, 30, 5, 8, 6, 40],
      a.actors.map((x) => [x.name, x.kind, x.role ?? '', x.named ? 'yes' : 'no', String(x.mentions.length), String(claimsBy.get(x.id) ?? 0),
        x.aliases.join('; ')])));
  }
  lines.push('');
  if (a.claims.length === 0) lines.push('No claims found.');
  else {
    lines.push(...rows(['CLAIM', 'SPEAKER', 'KIND', 'SOURCING', 'CUE', 'CONTENT'], [5, 24, 8, 8, 16, 70],
      a.claims.map((c) => [c.id, c.actor ? names.get(c.actor) ?? c.actor : '(unknown)', c.kind, c.sourcing, c.cue?.text ?? '',
        cell(openingWords(c.content.text), 70)])));
    lines.push('', ...formatBalance(a));
  }
  return lines.join('\n');
}

/** Source balance: words quoted and paraphrased and claims per speaking actor, then shares by sourcing and kind. */
export function formatBalance(a: Analysis): string[] {
  const balance = sourceBalance(a);
  const lines = ['SOURCE BALANCE'];
  lines.push(...rows(['SPEAKER', 'NAMED', 'QUOTED WORDS', 'PARAPHRASED WORDS', 'CLAIMS'], [28, 5, 12, 17, 6],
    balance.actors.map((x) => [x.name, x.named ? 'yes' : 'no', String(x.quotedWords), String(x.paraphrasedWords), String(x.claims)])));
  const shareLine = (label: string, items: Array<{ key: string; claims: number; share: number }>) =>
    `${label}: ${items.map((s) => `${s.key} ${s.claims} (${percent(s.share)})`).join(', ')}`;
  lines.push(shareLine('claims by sourcing', balance.bySourcing), shareLine('claims by speaker kind', balance.byKind));
  return lines;
}
