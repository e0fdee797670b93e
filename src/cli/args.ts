/** Command-line arguments of `attribution-lens`, parsed apart from what they do so the rules stay in one place. */
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS } from '../export/formats';

export const FORMATS = ['json', 'jsonl', 'table', ...EXPORT_FORMATS] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `usage: attribution-lens analyze FILE… [--format json|jsonl|table|csv|markdown|citron]
       attribution-lens --help | --version

Finds who said what in news articles (plain UTF-8 text). FILE "-" reads standard input.
  --format json      one file: the analysis as pretty JSON (default); several files: a JSON array
  --format jsonl     one line per file: {"file": …, "actors": […], "claims": […]} (default for several files)
  --format table     a readable table of actors and claims
  --format csv       one row per claim (several files: one CSV with a leading "file" column)
  --format markdown  a citation list grouped by speaker, with line numbers
  --format citron    BBC citron's annotation JSON (several files: one document per line, with "file")
Exit status: 0 all files analysed, 1 some file could not be read, 2 bad usage.`;

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'analyze'; files: string[]; format: Format; /** true when --format was given */ explicit: boolean }
  | { kind: 'usage-error'; message: string };

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'V' } },
    });
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...files] = positionals;
  if (command === undefined) return { kind: 'usage-error', message: 'no command given' };
  if (command !== 'analyze') return { kind: 'usage-error', message: `unknown command "${command}"` };
  if (files.length === 0) return { kind: 'usage-error', message: 'no FILE given (use "-" for standard input)' };
  const format = values.format ?? (files.length > 1 ? 'jsonl' : 'json');
  if (!(FORMATS as readonly string[]).includes(format)) return { kind: 'usage-error', message: `unknown format "${format}"` };
  return { kind: 'analyze', files, format: format as Format, explicit: values.format !== undefined };
}
