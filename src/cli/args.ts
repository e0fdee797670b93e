/** Command-line arguments of `attribution-lens`, parsed apart from what they do so the rules stay in one place. */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS } from '../export/formats';
import { DEFAULT_INCLUDE } from './articleFiles';

export const FORMATS = ['json', 'jsonl', 'table', ...EXPORT_FORMATS] as const;
export type Format = (typeof FORMATS)[number];
export const INPUTS = ['files', 'jsonl'] as const;
export type InputMode = (typeof INPUTS)[number];

export const USAGE = `usage: attribution-lens analyze FILE|FOLDER… [--format FORMAT] [--include GLOB] [--jobs N] [--quiet]
       attribution-lens analyze --input jsonl [--jobs N] [--quiet] < articles.jsonl
       attribution-lens --help | --version

Finds who said what in news articles (plain UTF-8 text). FILE "-" reads standard input.
A FOLDER is searched recursively for files matching --include (default "${DEFAULT_INCLUDE}").
  --format json      one file: the analysis as pretty JSON (default); several files: a JSON array
  --format jsonl     one line per file: {"file": …, "actors": […], "claims": […]} (default for several files)
  --format table     a readable table of actors and claims
  --format csv       one row per claim (several files: one CSV with a leading "file" column)
  --format markdown  a citation list grouped by speaker, with line numbers
  --format citron    BBC citron's annotation JSON (several files: one document per line, with "file")
  --input jsonl      read one {"id": …, "text": …} per line from standard input and write one
                     {"id": …, "actors": […], "claims": […]} per line, in input order, as it goes;
                     a bad line gets {"id": …, "line": N, "error": …}
  --jobs N           analyse in N worker threads (default: the number of cores, ${availableParallelism()} here)
  --quiet            no summary line on stderr at the end of a batch
Output keeps input order whatever --jobs is. A progress bar goes to stderr when it is a terminal.
Exit status: 0 all articles analysed, 1 some file or line could not be read or analysed, 2 bad usage.`;

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
    kind: 'analyze';
    files: string[];
    format: Format;
    /** true when --format was given */
    explicit: boolean;
    input: InputMode;
    include: string;
    jobs: number;
    quiet: boolean;
  }
  | { kind: 'usage-error'; message: string };

function parseJobs(value: string | undefined): number | string {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  return Number.isInteger(jobs) && jobs >= 1 && jobs <= 256 ? jobs : `--jobs wants a whole number from 1 to 256, not "${value}"`;
}

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        input: { type: 'string' },
        include: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
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
  const input = values.input ?? 'files';
  if (!(INPUTS as readonly string[]).includes(input)) return { kind: 'usage-error', message: `unknown input "${input}" (files or jsonl)` };
  const jobs = parseJobs(values.jobs);
  if (typeof jobs === 'string') return { kind: 'usage-error', message: jobs };
  const common = { explicit: values.format !== undefined, include: values.include ?? DEFAULT_INCLUDE, jobs, quiet: values.quiet ?? false };
  if (input === 'jsonl') {
    if (files.length > 0) return { kind: 'usage-error', message: '--input jsonl reads standard input: give no FILE' };
    if (values.format !== undefined && values.format !== 'jsonl') return { kind: 'usage-error', message: '--input jsonl writes --format jsonl only' };
    return { kind: 'analyze', files: [], format: 'jsonl', input: 'jsonl', ...common };
  }
  if (files.length === 0) return { kind: 'usage-error', message: 'no FILE given (use "-" for standard input)' };
  const format = values.format ?? (files.length > 1 ? 'jsonl' : 'json');
  if (!(FORMATS as readonly string[]).includes(format)) return { kind: 'usage-error', message: `unknown format "${format}"` };
  return { kind: 'analyze', files, format: format as Format, input: 'files', ...common };
}
