/**
 * The corpus side of the built CLI (dist/cli.js and dist/analysisWorker.js, from `npm run build`), run as
 * a child process on invented articles: folders with --include, --jobs, --input jsonl with a bad line,
 * and output order when a slow article comes first.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Analysis } from '../../../src/engine/types';

const cli = path.resolve(__dirname, '../../../..', 'dist', 'cli.js');

const RUIZ = '“The bridge will open in May,” said Ana Ruiz, the mayor of Riverton.\n';
const HALE = 'Tom Hale said the ferry would stop running in winter.\n';
const BLUM = 'Rosa Blum, the chief engineer, said the dam would hold.\n';

type Line = Partial<Analysis> & { file?: string; id?: unknown; line?: number; error?: string };

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, 'analyze', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  assert.equal(result.error, undefined, `could not run the CLI: ${result.error?.message}`);
  return result;
}

function jsonLines(stdout: string): Line[] {
  return stdout.trim().split('\n').map((line) => JSON.parse(line) as Line);
}

function speakers(line: Line): string[] {
  return (line.claims ?? []).map((claim) => line.actors?.find((actor) => actor.id === claim.actor)?.name ?? '?');
}

describe('cli: folders, --jobs and --input jsonl', function () {
  this.timeout(60_000);
  let folder: string;
  const write = (relative: string, text: string) => {
    const file = path.join(folder, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };

  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'attribution-lens-corpus-'));
    write('coverage/b-hale.article', HALE);
    write('coverage/a-ruiz.txt', RUIZ);
    write('coverage/notes/c-blum.news', BLUM);
    write('coverage/data.json', '{"not": "an article"}');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('walks a folder recursively in sorted order, taking only the files the default glob matches', () => {
    const result = run([path.join(folder, 'coverage')]);
    assert.equal(result.status, 0, result.stderr);
    const lines = jsonLines(result.stdout);
    assert.deepEqual(lines.map((line) => path.relative(folder, line.file!)),
      ['coverage/a-ruiz.txt', 'coverage/b-hale.article', 'coverage/notes/c-blum.news']);
    assert.deepEqual(lines.map(speakers), [['Ana Ruiz'], ['Tom Hale'], ['Rosa Blum']]);
    assert.match(result.stderr, /^attribution-lens: 3 articles, 3 claims, \d+ actors? in [\d.]+ s \([\d,]+ words\/s\)\n$/);
  });

  it('takes only the files --include matches, relative to the folder', () => {
    const result = run([path.join(folder, 'coverage'), '--include', 'notes/**/*.news']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(jsonLines(result.stdout).map((line) => path.basename(line.file!)), ['c-blum.news']);
  });

  it('gives the same output, in the same order, with --jobs 1 and --jobs 3', () => {
    const files = [RUIZ, HALE, BLUM, RUIZ + HALE, BLUM + RUIZ].map((text, i) => write(`jobs/${i}.txt`, text));
    const one = run([...files, '--jobs', '1', '--quiet']);
    const three = run([...files, '--jobs', '3', '--quiet']);
    assert.equal(one.status, 0, one.stderr);
    assert.equal(three.status, 0, three.stderr);
    assert.deepEqual(jsonLines(one.stdout).map((line) => line.file), files);
    assert.equal(three.stdout, one.stdout);
  });

  it('keeps input order when the first article takes far longer than the others', () => {
    const slow = write('order/0-long.txt', (RUIZ + HALE + BLUM).repeat(400));
    const quick = [1, 2, 3, 4, 5, 6].map((i) => write(`order/${i}.txt`, i % 2 ? HALE : BLUM));
    const result = run([slow, ...quick, '--jobs', '2', '--quiet']);
    assert.equal(result.status, 0, result.stderr);
    const lines = jsonLines(result.stdout);
    assert.deepEqual(lines.map((line) => line.file), [slow, ...quick]);
    assert.equal(lines[0].claims?.length, 1200);
  });

  it('streams JSON Lines in with --input jsonl: one result per line with its id, an error record for a bad line, exit 1 at the end', () => {
    const input = [
      JSON.stringify({ id: 'r-1', text: RUIZ }),
      '{"id": "r-2", "text": ',
      '',
      JSON.stringify({ id: 3, text: HALE }),
      JSON.stringify({ id: 'r-4', body: BLUM }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 'r-6', text: BLUM }),
    ].join('\n');
    const result = run(['--input', 'jsonl', '--jobs', '2'], input);
    assert.equal(result.status, 1);
    const lines = jsonLines(result.stdout);
    assert.deepEqual(lines.map((line) => line.id), ['r-1', null, 3, 'r-4', null, 'r-6'], 'a line that is not JSON has no id to give');
    assert.deepEqual(lines.map((line) => line.error ?? null), [null, 'not valid JSON', null, 'no "text" string', 'not a JSON object', null]);
    assert.deepEqual(lines.map((line) => line.line ?? null), [null, 2, null, 5, 6, null], 'error records give the input line (blank lines count)');
    assert.deepEqual([lines[0], lines[2], lines[5]].map(speakers), [['Ana Ruiz'], ['Tom Hale'], ['Rosa Blum']]);
    const errors = result.stderr.trim().split('\n');
    assert.deepEqual(errors.slice(0, 3), [
      'attribution-lens: line 2: not valid JSON',
      'attribution-lens: line 5: no "text" string',
      'attribution-lens: line 6: not a JSON object',
    ]);
    assert.match(errors[3], /^attribution-lens: 3 articles \(3 failed\), 3 claims, /);
  });

  it('answers an empty --input jsonl stream with no output and exit 0', () => {
    const result = run(['--input', 'jsonl', '--quiet'], '');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
  });

  it('rejects bad corpus options with usage and exit 2', () => {
    for (const args of [['--jobs', '0', RUIZ], ['--jobs', 'many', '-'], ['--input', 'jsonl', 'file.txt'], ['--input', 'jsonl', '--format', 'csv'], ['--input', 'xml', '-']]) {
      const result = run(args);
      assert.equal(result.status, 2, `${args.join(' ')} → ${result.status}`);
      assert.match(result.stderr, /^attribution-lens: .+\nusage: /, args.join(' '));
    }
  });
});
