/**
 * Real-news speaker benchmark: `npm run bench:speakers -- [FOLDER] [--verbose] [--doc ID] [--json]`.
 * Reads a folder in the wild-dev format (default ../shared/wild-dev: <id>.txt, gold.json, speakers.json),
 * runs the real engine on every excerpt and prints canonical-speaker accuracy overall and by category,
 * speaking-actor precision, recall and splits, and the misses. Scoring rules: bench/speakerScore.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/engine';
import { sharedPath } from './paths';
import { actorFigures, addToTotals, emptyTotals, GoldQuote, GoldSpeaker, scoreActors, scoreQuotes } from './speakerScore';

const USAGE = 'usage: npm run bench:speakers -- [FOLDER] [--verbose] [--doc ID]… [--json]';
let opts: { verbose?: boolean; json?: boolean; doc?: string[]; folder: string };
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' }, doc: { type: 'string', multiple: true } },
  });
  if (positionals.length > 1) throw new Error('one folder at most');
  opts = { ...values, folder: positionals[0] ?? sharedPath('wild-dev') };
} catch (error) {
  process.stderr.write(`bench:speakers: ${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => { if (error.code === 'EPIPE') process.exit(0); else throw error; });
}
const goldFile = path.join(opts.folder, 'gold.json');
const speakersFile = path.join(opts.folder, 'speakers.json');
if (!existsSync(goldFile) || !existsSync(speakersFile)) {
  process.stderr.write(`bench:speakers: ${opts.folder} lacks gold.json or speakers.json; nothing measured\n`);
  process.exit(1);
}
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, GoldQuote[]>;
const speakers = JSON.parse(readFileSync(speakersFile, 'utf8')) as Record<string, GoldSpeaker[]>;
const say = (line: string) => (opts.json ? process.stderr : process.stdout).write(`${line}\n`);
const pct = (a: number, b: number) => `${(b ? (100 * a) / b : 0).toFixed(1)}%`;

const totals = emptyTotals();
let ms = 0;
const ids = Object.keys(gold).sort().filter((id) => !opts.doc || opts.doc.some((d) => id.includes(d)));
for (const id of ids) {
  const text = readFileSync(path.join(opts.folder, `${id}.txt`), 'utf8');
  const started = process.hrtime.bigint();
  const analysis = analyze(text);
  ms += Number(process.hrtime.bigint() - started) / 1e6;
  const quotes = scoreQuotes(text, analysis, gold[id]);
  const actors = scoreActors(analysis, speakers[id] ?? []);
  addToTotals(totals, quotes, actors);
  if (!opts.verbose) continue;
  const misses = quotes.filter((q) => !q.right);
  const junk = actors.predicted.filter((p) => p.entry < 0);
  const entries = speakers[id] ?? [];
  const missing = entries.filter((_, i) => !actors.predicted.some((p) => p.entry === i));
  const split = entries.map((e, i) => ({ e, names: actors.predicted.filter((p) => p.entry === i).map((p) => p.name) })).filter((x) => x.names.length > 1);
  if (misses.length + junk.length + missing.length + split.length === 0) continue;
  say(`\n${id}`);
  for (const q of misses) say(`  MISS [${q.category}] ${q.problem}: expected /${q.expected}/, got ${q.predicted ?? '—'}: ${q.anchor.slice(0, 60)}`);
  for (const j of junk) say(`  JUNK ${j.kind} “${j.name}”`);
  for (const m of missing) say(`  MISSING ${m.kind} ${m.name}`);
  for (const s of split) say(`  SPLIT ${s.e.name}: ${s.names.map((n) => `“${n}”`).join(', ')}`);
}
const f = actorFigures(totals);
const categories = [...totals.byCategory.entries()].sort((a, b) => b[1].total - a[1].total);
if (opts.json) {
  process.stdout.write(`${JSON.stringify({
    files: ids.length, quotes: totals.quotes, right: totals.right, accuracy: totals.quotes ? totals.right / totals.quotes : 0,
    byCategory: Object.fromEntries(categories), precision: f.precision, recall: f.recall, splits: f.splits,
  }, null, 2)}\n`);
} else {
  say(`\nwild-dev speakers: ${ids.length} files, analysed in ${ms.toFixed(0)} ms`);
  say(`canonical speaker: ${totals.right}/${totals.quotes} (${pct(totals.right, totals.quotes)})`);
  say(`  by category: ${categories.map(([c, v]) => `${c} ${v.right}/${v.total}`).join(', ')}`);
  say(`speaking actors: precision ${pct(totals.mapped, totals.predicted)} (${totals.mapped}/${totals.predicted}), `
    + `recall ${pct(totals.found, totals.entries)} (${totals.found}/${totals.entries}), splits ${pct(totals.splits, totals.entries)} (${totals.splits})`);
}
