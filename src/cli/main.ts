/**
 * `attribution-lens analyze FILE… [--format json|jsonl|table]`: prints who said what. `-` reads stdin.
 * A file that cannot be read or is not UTF-8 gets a one-line error; the others are still analysed.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, Analysis } from '../engine';
import { formatTable } from './table';

const USAGE = 'usage: attribution-lens analyze FILE… [--format json|jsonl|table]   (FILE "-" reads stdin)';
const decoder = new TextDecoder('utf-8', { fatal: true });

function readText(file: string): string {
  const bytes = readFileSync(file === '-' ? 0 : file);
  let text: string;
  try { text = decoder.decode(bytes); } catch { throw new Error('not valid UTF-8'); }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EISDIR') return 'is a directory';
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES') return 'permission denied';
  return e.message ?? String(error);
}

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: {
      format: { type: 'string', default: undefined }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } } });
  } catch (e) {
    process.stderr.write(`attribution-lens: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) { process.stdout.write(`${USAGE}\n`); return 0; }
  if (values.version) { process.stdout.write(`${process.env.npm_package_version ?? '0.1.0'}\n`); return 0; }
  const [command, ...files] = positionals;
  if (command !== 'analyze' || files.length === 0) { process.stderr.write(`${USAGE}\n`); return 2; }
  const format = values.format ?? (files.length > 1 ? 'jsonl' : 'json');
  if (!['json', 'jsonl', 'table'].includes(format)) { process.stderr.write(`attribution-lens: unknown format "${format}"\n${USAGE}\n`); return 2; }
  let status = 0;
  for (const file of files) {
    let analysis: Analysis;
    let text: string;
    try {
      text = readText(file);
      analysis = analyze(text);
    } catch (error) {
      process.stderr.write(`attribution-lens: ${file === '-' ? 'stdin' : file}: ${reason(error)}\n`);
      status = 1;
      continue;
    }
    if (format === 'table') process.stdout.write(`${files.length > 1 ? `== ${file}\n` : ''}${formatTable(analysis)}\n`);
    else if (format === 'jsonl' || files.length > 1) process.stdout.write(`${JSON.stringify({ file, ...analysis })}\n`);
    else process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
