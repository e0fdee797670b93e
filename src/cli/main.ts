/**
 * `attribution-lens analyze FILE|FOLDER… [--format …] [--include GLOB] [--jobs N]`, or
 * `attribution-lens analyze --input jsonl`: prints who said what, in input order, as results come.
 * A file or line that cannot be read or analysed gets an error (a line on stderr; with --input jsonl
 * also an error record in the output); the others are still analysed and the exit status is 1 at the end.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCommand, USAGE, type Command } from './args';
import { createAnalyzer } from './analyzer';
import { articleFiles, type ArticleFile } from './articleFiles';
import { InputError, readArticle, readArticleBytes } from './input';
import { byteLines, parseRecord } from './jsonlInput';
import { mapOrdered, type Settled } from '../worker/mapOrdered';
import { NO_PROGRESS, progressBar } from './progress';
import { countWords, RunTotals } from './runSummary';
import { writer, type Output } from './writer';
import { analysisFailure, errorRecord, type ResultLine } from '../worker/resultLine';
import type { Analysis } from '../engine/types';

/**
 * Articles in work at once, per job. Output keeps input order, so the articles finished after an older,
 * longer one wait for it to be written; the other workers go on until the window is full. With three
 * articles handed to each worker (analyzer.ts), the rest of the window is what a long article may be
 * overtaken by.
 */
const WINDOW_PER_JOB = 16;
/** ... and no article is read while those in work hold this many bytes: a window of long articles stays small. */
const WINDOW_BYTES = 16 * 1024 * 1024;

type AnalyzeCommand = Extract<Command, { kind: 'analyze' }>;

function failure(error: unknown): string {
  // An engine crash is reported like an unreadable file: one line, the batch goes on.
  return error instanceof InputError ? error.message : analysisFailure(error);
}

/**
 * Read at run time beside dist/cli.js rather than imported: importing package.json would make tsc copy it to
 * out/package.json, where tools walking up to "the" package.json would stop.
 */
function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function analyzeFiles(command: AnalyzeCommand, io: Output, totals: RunTotals): Promise<number> {
  const files = articleFiles(command.files, command.include);
  // No more workers than articles: one file is analysed in this process, with no model loaded twice.
  const analyzer = createAnalyzer(Math.min(command.jobs, files.length));
  const several = files.length > 1 || files.some((entry) => entry.fromFolder);
  const format = command.explicit ? command.format : several ? 'jsonl' : 'json';
  const output = writer(format, several, io);
  const progress = several ? progressBar(files.length) : NO_PROGRESS;
  let status = 0;
  const failed = (entry: ArticleFile, message: string) => {
    io.err(`attribution-lens: ${entry.file === '-' ? 'stdin' : entry.file}: ${message}\n`);
    totals.failed++;
    status = 1;
  };
  // JSON Lines come ready from the workers (resultLine.ts): this thread reads bytes and writes bytes.
  const lines = format === 'jsonl';
  await mapOrdered(files, command.jobs * WINDOW_PER_JOB, async (entry: ArticleFile): Promise<ResultLine | { text: string; analysis: Analysis }> => {
    if (entry.error !== undefined) throw new InputError(entry.error);
    if (lines) return analyzer.line(readArticleBytes(entry.file), { file: entry.file });
    const text = readArticle(entry.file);
    return { text, analysis: await analyzer.analyze(text) };
  }, async (entry, result) => {
    progress.tick();
    if (!result.ok) return failed(entry, failure(result.error));
    if ('analysis' in result.value) {
      const { text, analysis } = result.value;
      totals.add(countWords(text), analysis.claims.length, analysis.actors.length);
      return output.write(entry.file, text, analysis);
    }
    const line = result.value;
    if (line.error !== undefined) return failed(entry, line.error);
    totals.add(line.words, line.claims, line.actors);
    if (line.bytes) await io.out(line.bytes);
  });
  progress.stop();
  await analyzer.close();
  await output.end();
  return status;
}

/** A jsonl line whose worker died under it: its id is read here, where the line's bytes still are. */
function lostLine(bytes: Uint8Array, line: number, error: unknown): ResultLine {
  const record = parseRecord(new TextDecoder().decode(bytes), line);
  const message = failure(error);
  return { bytes: new TextEncoder().encode(errorRecord(record.id, line, message)), error: message, claims: 0, actors: 0, words: 0 };
}

async function analyzeJsonl(command: AnalyzeCommand, io: Output, input: AsyncIterable<Buffer | string>, totals: RunTotals): Promise<number> {
  const analyzer = createAnalyzer(command.jobs);
  const progress = progressBar(undefined);
  let status = 0;
  async function* numbered() {
    let line = 0;
    for await (const bytes of byteLines(input)) yield { bytes, line: ++line };
  }
  const window = { items: command.jobs * WINDOW_PER_JOB, weight: (item: { bytes: Uint8Array }) => item.bytes.length, budget: WINDOW_BYTES };
  await mapOrdered(numbered(), window, (item) => analyzer.line(item.bytes, { line: item.line }), async (item, settled: Settled<ResultLine>) => {
    const result = settled.ok ? settled.value : lostLine(item.bytes, item.line, settled.error);
    if (result.bytes === undefined && result.error === undefined) return; // a blank line
    progress.tick();
    if (result.error !== undefined) {
      io.err(`attribution-lens: line ${item.line}: ${result.error}\n`);
      totals.failed++;
      status = 1;
    } else {
      totals.add(result.words, result.claims, result.actors);
    }
    if (result.bytes) await io.out(result.bytes);
  });
  progress.stop();
  await analyzer.close();
  return status;
}

export async function main(argv: readonly string[], io: Output, stdin: AsyncIterable<Buffer | string> = process.stdin): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help': io.out(`${USAGE}\n`); return 0;
    case 'version': io.out(`${packageVersion()}\n`); return 0;
    case 'usage-error': io.err(`attribution-lens: ${command.message}\n${USAGE}\n`); return 2;
    case 'analyze': break;
  }
  const totals = new RunTotals();
  const status = command.input === 'jsonl' ? await analyzeJsonl(command, io, stdin, totals) : await analyzeFiles(command, io, totals);
  const batch = command.input === 'jsonl' || totals.articles + totals.failed > 1;
  if (batch && !command.quiet) io.err(`${totals.line()}\n`);
  return status;
}

// `attribution-lens … | head` closes stdout early: the reader is done, which is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
main(process.argv.slice(2), {
  out: (text) => (process.stdout.write(text) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
  err: (text) => process.stderr.write(text),
}).then((status) => {
  process.exitCode = status;
}, (error: unknown) => {
  process.stderr.write(`attribution-lens: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
});
