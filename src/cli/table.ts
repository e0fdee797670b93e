/** The CLI's readable table: actors, then claims with speaker, kind, cue and opening words. */
import type { Analysis } from '../engine';

const cell = (s: string, width: number) => (s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width));
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function formatTable(a: Analysis): string {
  const lines: string[] = [];
  const claimCount = new Map<string, number>();
  for (const c of a.claims) if (c.actor) claimCount.set(c.actor, (claimCount.get(c.actor) ?? 0) + 1);
  lines.push(`${cell('ACTOR', 28)} ${cell('KIND', 12)} ${cell('ROLE', 30)} CLAIMS`);
  for (const actor of a.actors) {
    lines.push(`${cell(actor.name, 28)} ${cell(actor.kind, 12)} ${cell(actor.role ?? '', 30)} ${claimCount.get(actor.id) ?? 0}`);
  }
  lines.push('');
  const names = new Map(a.actors.map((x) => [x.id, x.name]));
  lines.push(`${cell('SPEAKER', 24)} ${cell('KIND', 8)} ${cell('CUE', 14)} CONTENT`);
  for (const c of a.claims) {
    lines.push(`${cell(names.get(c.actor ?? '') ?? '?', 24)} ${cell(c.kind, 8)} ${cell(c.cue ? oneLine(c.cue.text) : '', 14)} ${cell(oneLine(c.content.text), 70)}`);
  }
  return lines.join('\n');
}
