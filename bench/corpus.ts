/**
 * Corpus benchmark: `npm run bench:corpus` (after `npm run build`: it runs dist/cli.js and
 * dist/analysisWorker.js as shipped). Writes the 840 PolNeAR train articles to a temporary folder and
 * prints, each with its target:
 *   - indexing: the workspace index's core (indexFiles, the extension's worker pool) over the folder,
 *     cold, then again with the cache warm (a reload);
 *   - worker pool: `analyze FOLDER --jobs 1` and `--jobs 2`, the median of three runs each, and the ratio;
 *   - streaming: `--input jsonl` over 10,000 articles (the train texts cycled), peak RSS of the process;
 *   - responsiveness: the host's side of the extension replayed in this process (a 5 MB article as a
 *     priority job while the index runs), monitorEventLoopDelay's max. The integration suite measures the
 *     same in the real VS Code (07-workspace.test.ts).
 * Prints figures only.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { FileSummary } from '../src/extension/workspaceIndex/fileSummary';
import { indexFiles, type IndexSource } from '../src/extension/workspaceIndex/indexFiles';
import { defaultPoolSize } from '../src/extension/worker/offThreadAnalyzer';
import { WorkerPool } from '../src/worker/workerPool';
import { concatenate, trainTexts } from './texts';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const workerScript = path.join(root, 'dist', 'analysisWorker.js');

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function memoryCache() {
  const map = new Map<string, FileSummary>();
  return { get: (hash: string) => map.get(hash), set: (hash: string, summary: FileSummary) => void map.set(hash, summary) };
}

function sources(folder: string): IndexSource[] {
  return readdirSync(folder).sort().map((name) => ({ key: name, read: async () => readFileSync(path.join(folder, name)) }));
}

async function indexing(folder: string): Promise<void> {
  const cache = memoryCache();
  const workers = defaultPoolSize();
  for (const pass of ['cold', 'warm cache'] as const) {
    const started = process.hrtime.bigint();
    const pool = new WorkerPool(workerScript, workers);
    const entries = await indexFiles(sources(folder), { summarize: (bytes) => pool.summarize(bytes, 5_000_000), cache });
    const took = seconds(started);
    await pool.close();
    const errors = [...entries.values()].filter((entry) => 'error' in entry).length;
    console.log(`  index, ${pass.padEnd(10)}     ${took.toFixed(2)} s for ${entries.size} files (${errors} errors, ${workers} worker${workers === 1 ? '' : 's'})${pass === 'cold' ? '   (target < 5 s)' : ''}`);
  }
}

function runCli(args: string[], input?: string): { seconds: number; status: number | null; stderr: string } {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'analyze', ...args], { stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'], encoding: 'utf8', input });
  return { seconds: seconds(started), status: r.status, stderr: r.stderr };
}

function workerPool(folder: string): void {
  const times: Record<1 | 2, number[]> = { 1: [], 2: [] };
  for (let round = 0; round < 3; round++) {
    for (const jobs of [1, 2] as const) {
      const r = runCli([folder, '--jobs', String(jobs), '--quiet']);
      if (r.status !== 0) throw new Error(`analyze --jobs ${jobs} failed: ${r.stderr}`);
      times[jobs].push(r.seconds);
    }
  }
  const [one, two] = [median(times[1]), median(times[2])];
  console.log(`  analyze FOLDER --jobs 1  ${one.toFixed(2)} s (runs: ${times[1].map((t) => t.toFixed(2)).join(', ')})`);
  console.log(`  analyze FOLDER --jobs 2  ${two.toFixed(2)} s (runs: ${times[2].map((t) => t.toFixed(2)).join(', ')})`);
  console.log(`  speed-up                 ${(one / two).toFixed(2)}×   (target ≥ 1.7×)`);
}

async function streaming(texts: string[], dir: string, count: number): Promise<void> {
  const file = path.join(dir, 'articles.jsonl');
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify({ id: `a${i}`, text: texts[i % texts.length] })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  // maxRSS of the CLI's own process (worker threads included), written by a preload when it exits.
  const preload = path.join(dir, 'report-rss.js');
  const report = path.join(dir, 'rss.txt');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));`);
  for (const jobs of ['1', 'default']) {
    const started = process.hrtime.bigint();
    const flags = jobs === 'default' ? '' : `--jobs ${jobs}`;
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --require "${preload}" "${cli}" analyze --input jsonl ${flags} < "${file}" > /dev/null`], { encoding: 'utf8' });
    const took = seconds(started);
    if (r.status !== 0) throw new Error(`--input jsonl failed: ${r.stderr}`);
    const peakMB = Number(readFileSync(report, 'utf8')) / 1024;
    const label = jobs === 'default' ? `--jobs ${availableParallelism()} (default)` : `--jobs ${jobs}`;
    console.log(`  --input jsonl ${label.padEnd(14)} ${count.toLocaleString('en-US')} articles in ${took.toFixed(1)} s, peak RSS ${peakMB.toFixed(0)} MB   (target < 300 MB)`);
    console.log(`    ${r.stderr.trim()}`);
  }
}

async function responsiveness(texts: string[], folder: string): Promise<void> {
  const article = concatenate(texts, 5e6, (t) => t.length + 2).slice(0, 5_000_000);
  const pool = new WorkerPool(workerScript, defaultPoolSize());
  await pool.analyze('Warm-up: the worker loads its model, said Ana Ruiz.');
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = process.hrtime.bigint();
  const index = indexFiles(sources(folder), { summarize: (bytes) => pool.summarize(bytes, 5_000_000), cache: memoryCache() });
  const document = await pool.analyze(article, { priority: true });
  await index;
  delay.disable();
  await pool.close();
  console.log(`  5 MB article (${document.claims.length.toLocaleString('en-US')} claims) + index of the folder, ${seconds(started).toFixed(1)} s: ` +
    `event loop max ${(delay.max / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms   (target: never > 50 ms)`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' } } });
  if (!existsSync(cli) || !existsSync(workerScript)) {
    console.log(`skipped: ${cli} or ${workerScript} is missing (run \`npm run build\` first)`);
    return 1;
  }
  const texts = trainTexts();
  if (!texts) return 0;
  const dir = mkdtempSync(path.join(tmpdir(), 'attribution-lens-corpus-'));
  try {
    const folder = path.join(dir, 'train');
    mkdirSync(folder);
    texts.forEach((text, i) => writeFileSync(path.join(folder, `${String(i).padStart(4, '0')}.article`), text));
    console.log(`PolNeAR train: ${texts.length} articles written to a temporary folder`);
    console.log('Indexing');
    await indexing(folder);
    console.log('Worker pool');
    workerPool(folder);
    console.log('Streaming');
    await streaming(texts, dir, Number(values.articles));
    console.log('Responsiveness (the host side replayed in this process)');
    await responsiveness(texts, folder);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then((status) => { process.exitCode = status; }, (error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
