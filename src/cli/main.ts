/**
 * `attribution-lens analyze FILE… [--format json|jsonl|table|csv|markdown|citron]`: prints who said what.
 * `-` reads stdin.
 * A file that cannot be read or is not UTF-8 gets a one-line error naming it; the other files are still
 * analysed and the exit status is 1 at the end.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, Analysis } from '../engine';
import { isExportFormat } from '../export/formats';
import { Format, parseCommand, USAGE } from './args';
import { exportWriter } from './exportOutput';
import { InputError, readArticle } from './input';
import { formatTable } from './table';

interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Writes results as they come, so a long batch streams and a bad file does not hold back the others. */
function writer(format: Format, several: boolean, io: Output) {
  let written = 0;
  const exported = isExportFormat(format) ? exportWriter(format, several) : undefined;
  return {
    write(file: string, text: string, analysis: Analysis) {
      if (exported) io.out(exported(file, text, analysis));
      else if (format === 'table') io.out(`${several ? `${written > 0 ? '\n' : ''}== ${file}\n` : ''}${formatTable(analysis)}\n`);
      else if (format === 'jsonl') io.out(`${JSON.stringify({ file, ...analysis })}\n`);
      else if (!several) io.out(`${JSON.stringify(analysis, null, 2)}\n`);
      else io.out(`${written === 0 ? '[\n' : ',\n'}${JSON.stringify({ file, ...analysis }, null, 2)}`);
      written++;
    },
    /** Closes the JSON array of an explicit `--format json` over several files (empty when all failed). */
    end() {
      if (format === 'json' && several) io.out(written === 0 ? '[]\n' : '\n]\n');
    },
  };
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

export function main(argv: readonly string[], io: Output): number {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help': io.out(`${USAGE}\n`); return 0;
    case 'version': io.out(`${packageVersion()}\n`); return 0;
    case 'usage-error': io.err(`attribution-lens: ${command.message}\n${USAGE}\n`); return 2;
    case 'analyze': break;
  }
  const several = command.files.length > 1;
  const output = writer(command.format, several, io);
  let status = 0;
  for (const file of command.files) {
    const name = file === '-' ? 'stdin' : file;
    try {
      const text = readArticle(file);
      output.write(file, text, analyze(text));
    } catch (error) {
      // An engine crash is reported like an unreadable file: one line, the batch goes on.
      const message = error instanceof InputError ? error.message : `analysis failed: ${(error as Error).message}`;
      io.err(`attribution-lens: ${name}: ${message}\n`);
      status = 1;
    }
  }
  output.end();
  return status;
}

// `attribution-lens … | head` closes stdout early: the reader is done, which is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
