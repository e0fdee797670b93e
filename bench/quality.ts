/**
 * Quality benchmark: `npm run bench:quality -- [GOLD.json …] [--verbose] [--json]`.
 * Runs the real engine on every gold document and prints recall, precision and F1 per claim type at 30% and 80%
 * overlap, speaker and cue accuracy on matched claims, and quote attribution.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../src/engine';
import { addCounts, Counts, DocumentScore, GoldDocument, scoreDocument, TYPES, TypeKey } from './score';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const shared = path.resolve(__dirname, '../../../shared');
const defaults = [path.join(shared, 'fixtures/ceasefire-talks.gold.json'), path.join(shared, 'polnear/dev.json')];
const files = args.filter((a) => !a.startsWith('--'));

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const excerpt = (text: string, a: number, b: number) => JSON.stringify(text.slice(a, Math.min(b, a + 90)).replace(/\s+/g, ' '));

function run(file: string): object | null {
  if (!existsSync(file)) { console.log(`skipped: ${file} is absent`); return null; }
  const docs = JSON.parse(readFileSync(file, 'utf8')) as GoldDocument[];
  const report: Record<string, unknown> = { file };
  for (const threshold of [0.3, 0.8]) {
    const totals = Object.fromEntries(TYPES.map((t) => [t, { gold: 0, predicted: 0, matched: 0, speakerChecked: 0, speakerRight: 0, cueChecked: 0, cueRight: 0 }])) as Record<TypeKey, Counts>;
    let quotes = 0, quotesRight = 0, speakerClaims = 0, speakerClaimsRight = 0;
    const started = process.hrtime.bigint();
    for (const doc of docs) {
      const analysis = analyze(doc.text);
      const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
      const s: DocumentScore = scoreDocument(doc, analysis, threshold, names);
      addCounts(totals, s.counts);
      quotes += s.quoteSegments; quotesRight += s.quotesRight;
      speakerClaims += s.speakerClaims; speakerClaimsRight += s.speakerClaimsRight;
      if (verbose && threshold === 0.3) {
        console.log(`\n## ${doc.id}`);
        for (const g of s.missed) console.log(`  missed ${g.type.padEnd(8)} ${JSON.stringify(g.sourceText)} ${JSON.stringify(g.cueText)} ${excerpt(doc.text, g.content[0][0], g.content[0][1])}`);
        for (const c of s.falsePositives) console.log(`  extra  ${c.kind.padEnd(8)} ${JSON.stringify(c.source?.text ?? null)} ${JSON.stringify(c.cue?.text ?? null)} ${excerpt(doc.text, c.content.start, c.content.end)}`);
        for (const w of s.wrongSpeaker) console.log(`  speaker gold ${JSON.stringify(w.gold.sourceText)} predicted ${JSON.stringify(w.claim.source?.text ?? null)} (${names.get(w.claim.actor ?? '') ?? 'no actor'}) ${excerpt(doc.text, w.claim.content.start, w.claim.content.end)}`);
      }
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const rows = TYPES.map((t) => {
      const c = totals[t];
      const r = c.gold ? c.matched / c.gold : 0, p = c.predicted ? c.matched / c.predicted : 0;
      return { type: t, gold: c.gold, predicted: c.predicted, recall: r, precision: p, f1: r + p ? (2 * r * p) / (r + p) : 0,
        speaker: c.speakerChecked ? c.speakerRight / c.speakerChecked : null, cue: c.cueChecked ? c.cueRight / c.cueChecked : null };
    });
    report[`overlap${threshold * 100}`] = { rows, quoteAttribution: quotesRight / Math.max(1, quotes), quotes, quotesRight, speakerClaims, speakerClaimsRight };
    if (!asJson) {
      console.log(`\n${path.basename(file)}: ${docs.length} documents, claims matched at ${threshold * 100}% overlap (${ms.toFixed(0)} ms)`);
      console.log('type      gold  pred  recall  precision  F1      speaker  cue');
      for (const r of rows) {
        console.log(`${r.type.padEnd(9)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(5)} ${pct(r.recall, 1)}  ${pct(r.precision, 1)}    ${pct(r.f1, 1)}  ${r.speaker === null ? '   -  ' : pct(r.speaker, 1)}   ${r.cue === null ? '   -  ' : pct(r.cue, 1)}`);
      }
      console.log(`quote attribution: ${quotesRight}/${quotes} quoted segments in a claim with the right speaker (${pct(quotesRight, quotes).trim()})`);
      if (speakerClaims > 0) console.log(`claims found with the right speaker (by canonical name): ${speakerClaimsRight}/${speakerClaims}`);
    }
  }
  return report;
}

const reports = (files.length > 0 ? files : defaults).map(run).filter(Boolean);
if (asJson) console.log(JSON.stringify(reports, null, 2));
