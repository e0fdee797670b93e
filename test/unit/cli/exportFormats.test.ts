/**
 * `--format csv|markdown|citron` of the built CLI (dist/cli.js, from `npm run build`), run as a child
 * process on invented articles: one file and several, standard input, and a bad file in a batch.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CitronDocument } from '../../../src/export/citron';

const cli = path.resolve(__dirname, '../../../..', 'dist', 'cli.js');

const BRIDGE = '“The bridge will open in May, not June,” said Ana Ruiz, the mayor of Riverton.\n';
const FERRY = 'Tom Hale said the ferry would stop, and "soon".\n';

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, 'analyze', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  assert.equal(result.error, undefined, `could not run the CLI: ${result.error?.message}`);
  return result;
}

describe('cli: export formats', function () {
  this.timeout(60_000);
  let folder: string;
  let bridge: string;
  let ferry: string;

  before(() => {
    assert.ok(existsSync(cli), `${cli} is missing: run \`npm run build\` first`);
    folder = mkdtempSync(path.join(tmpdir(), 'attribution-lens-cli-export-'));
    bridge = path.join(folder, 'bridge.txt');
    ferry = path.join(folder, 'ferry.txt');
    writeFileSync(bridge, BRIDGE);
    writeFileSync(ferry, FERRY);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('--format csv writes one row per claim that reads back with the speaker', () => {
    const result = run([bridge, '--format', 'csv']);
    assert.equal(result.status, 0, result.stderr);
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 1);
    assert.equal(rows[0].speaker, 'Ana Ruiz');
    assert.equal(rows[0].content, '“The bridge will open in May, not June,”');
    assert.ok(!result.stdout.startsWith('\ufeff'), 'standard output carries no byte-order mark');
  });

  it('--format csv over several files writes one header and a file column', () => {
    const result = run([bridge, ferry, '--format', 'csv']);
    assert.equal(result.status, 0, result.stderr);
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((row) => [row.file, row.speaker]), [[bridge, 'Ana Ruiz'], [ferry, 'Tom Hale']]);
  });

  it('--format markdown titles the list with the file name and cites the claim with its line', () => {
    const result = run([bridge, '--format', 'markdown']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^# Attributions in bridge\.txt\n/);
    assert.match(result.stdout, /\n## Ana Ruiz\n/);
    assert.match(result.stdout, /\n- \*\*line 1\*\* \(\*said\*, quote\): “The bridge will open in May, not June,”\n/);
  });

  it('--format citron reads standard input and writes one citron document whose spans read back', () => {
    const result = run(['-', '--format', 'citron'], FERRY);
    assert.equal(result.status, 0, result.stderr);
    const document = JSON.parse(result.stdout) as CitronDocument;
    assert.equal(document.text, FERRY);
    assert.equal(document.quotes.length, 1);
    const spans = [...document.quotes.flatMap((quote) => [quote.cue, ...quote.sources, ...quote.contents]), ...document.coreference_groups.flat()];
    for (const span of spans) assert.equal(FERRY.slice(span.start, span.end), span.text);
  });

  it('--format citron over several files writes one document per line; a bad file gets its error line and exit 1', () => {
    const missing = path.join(folder, 'missing.txt');
    const result = run([bridge, missing, ferry, '--format=citron', '--quiet']);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, `attribution-lens: ${missing}: no such file\n`);
    const documents = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as CitronDocument & { file: string });
    assert.deepEqual(documents.map((document) => [document.file, document.text]), [[bridge, BRIDGE], [ferry, FERRY]]);
  });

  it('rejects an unknown format with the usage and exit 2', () => {
    const result = run([bridge, '--format', 'xlsx']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown format "xlsx"[\s\S]*--format csv/);
  });
});
