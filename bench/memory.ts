/**
 * Memory benchmark: `npm run bench:memory [-- --mb N]`. Builds a synthetic article of N MB (default 5) from
 * the PolNeAR train articles repeated, separated by blank lines, and analyses it in a child node process, so
 * the peak resident memory printed is the engine's and not the corpus loader's. Prints figures only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/engine';
import { concatenate, countWords, trainTexts } from './texts';

interface ChildReport { seconds: number; baselineMB: number; peakMB: number; claims: number; actors: number }

/** In the child: analyse the file once and report on stdout as JSON. */
function child(file: string): void {
  const text = readFileSync(file, 'utf8');
  analyze('Warm-up: the model loads here, said Ana.'); // so the baseline includes the engine and its model
  const baselineMB = process.memoryUsage().rss / 2 ** 20;
  const started = process.hrtime.bigint();
  const a = analyze(text);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // maxRSS is in kilobytes: the high-water mark of the whole child process.
  const report: ChildReport = { seconds, baselineMB, peakMB: process.resourceUsage().maxRSS / 1024, claims: a.claims.length, actors: a.actors.length };
  process.stdout.write(JSON.stringify(report));
}

function parent(megabytes: number): number {
  const texts = trainTexts();
  if (!texts) return 0;
  const article = concatenate(texts, megabytes * 1e6, (t) => Buffer.byteLength(t) + 2);
  const dir = mkdtempSync(path.join(tmpdir(), 'attribution-lens-memory-'));
  try {
    const file = path.join(dir, 'article.txt');
    writeFileSync(file, article);
    const bytes = Buffer.byteLength(article);
    console.log(`Synthetic article: ${(bytes / 1e6).toFixed(1)} MB, ${article.length} characters, ${countWords(article)} words`);
    const r = spawnSync(process.execPath, [__filename, '--child', file], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) {
      console.log(`analyze failed in the child process (status ${r.status}, signal ${r.signal}):\n${r.stderr}`);
      return 1;
    }
    const report = JSON.parse(r.stdout) as ChildReport;
    console.log(`  analyze                ${report.seconds.toFixed(1)} s, ${report.claims} claims, ${report.actors} actors`);
    console.log(`  peak RSS               ${report.peakMB.toFixed(0)} MB (${report.baselineMB.toFixed(0)} MB before analyze)   (target < 1024 MB)`);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { values } = parseArgs({ options: { child: { type: 'string' }, mb: { type: 'string', default: '5' } } });
if (values.child) child(values.child);
else {
  const mb = Number(values.mb);
  if (!(mb > 0)) {
    console.error(`bench:memory: --mb must be a positive number, not "${values.mb}"`);
    process.exitCode = 2;
  } else process.exitCode = parent(mb);
}
