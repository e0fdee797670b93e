/**
 * The command-line tool (dist/cli.js, built by `npm run build`), run as a child process on temp files written here;
 * the table's columns are also checked on a hand-built analysis, independent of what the engine finds.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Analysis } from '../../src/engine/types';
import { formatTable } from '../../src/cli/table';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist', 'cli.js');

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.error, undefined, `could not run the CLI: ${r.error?.message}`);
  return r;
}

/** Every span of the analysis is in bounds and reads back from the text it came from. */
function assertSpansRead(text: string, a: Analysis): void {
  const spans = [...a.actors.flatMap((x) => x.mentions), ...a.claims.flatMap((c) => [c.content, ...c.quotes, c.cue, c.source])];
  for (const s of spans) if (s) assert.equal(text.slice(s.start, s.end), s.text);
}

const SPEECH = 'Mayor Tom Reed said the pool would open in June.';
const QUOTE = '“The dam will hold,” said Rosa Blum, the chief engineer.';

describe('cli', function () {
  this.timeout(60_000);
  let dir: string;
  const file = (name: string, content: string | Buffer) => { const p = path.join(dir, name); writeFileSync(p, content); return p; };

  before(function () {
    assert.ok(existsSync(cli), `${cli} is missing: run \`npm run build\` first`);
    dir = mkdtempSync(path.join(tmpdir(), 'attribution-lens-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one file’s analysis as pretty JSON whose spans read back from the file', () => {
    const p = file('speech.txt', SPEECH);
    const r = run(['analyze', p]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^\{\n {2}"actors": \[/, 'pretty-printed, actors first');
    const a = JSON.parse(r.stdout) as Analysis;
    assert.ok(Array.isArray(a.actors) && Array.isArray(a.claims));
    assertSpansRead(SPEECH, a);
  });

  it('finds the speaker of a plain quote', () => {
    const r = run(['analyze', file('quote.txt', QUOTE)]);
    const a = JSON.parse(r.stdout) as Analysis;
    const claim = a.claims.find((c) => c.content.text.includes('The dam will hold'));
    assert.ok(claim, `no claim for the quote in ${r.stdout}`);
    assert.equal(a.actors.find((x) => x.id === claim.actor)?.name, 'Rosa Blum');
  });

  it('drops a UTF-8 byte-order mark so offsets count from the first letter', () => {
    const r = run(['analyze', file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(QUOTE)]))]);
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Analysis;
    assertSpansRead(QUOTE, a);
    assert.ok(a.claims.every((c) => c.content.start < QUOTE.length));
  });

  it('writes JSON Lines for several files, one error line per bad file or empty folder, and analyses the files after a bad one', () => {
    const good = file('a.txt', SPEECH);
    const latin1 = file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x73, 0x61, 0x69, 0x64])); // "café said" in Latin-1
    const sub = path.join(dir, 'folder');
    mkdirSync(sub, { recursive: true });
    const missing = path.join(dir, 'missing.txt');
    const last = file('b.txt', QUOTE);
    const r = run(['analyze', good, latin1, sub, missing, last]);
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Analysis & { file: string });
    assert.deepEqual(lines.map((l) => l.file), [good, last]);
    assertSpansRead(QUOTE, lines[1]);
    const errors = r.stderr.trim().split('\n');
    assert.equal(errors.length, 4, r.stderr);
    assert.equal(errors[0], `attribution-lens: ${latin1}: not valid UTF-8 text`);
    assert.equal(errors[1], `attribution-lens: ${sub}: folder holds no file matching **/*.{txt,md,article,news}`);
    assert.equal(errors[2], `attribution-lens: ${missing}: no such file`);
    assert.match(errors[3], /^attribution-lens: 2 articles \(3 failed\), \d+ claims?, \d+ actors? in [\d.]+ s \([\d,]+ words\/s\)$/, 'the summary ends the batch');
  });

  it('reads standard input for "-"', () => {
    const r = run(['analyze', '-'], QUOTE);
    assert.equal(r.status, 0, r.stderr);
    assertSpansRead(QUOTE, JSON.parse(r.stdout) as Analysis);
  });

  it('reports non-UTF-8 standard input as "stdin"', () => {
    const r = run(['analyze', '-'], Buffer.from([0xc3, 0x28]));
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'attribution-lens: stdin: not valid UTF-8 text\n');
    assert.equal(r.stdout, '');
  });

  it('gives an empty file an empty analysis', () => {
    const r = run(['analyze', file('empty.txt', '')]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { actors: [], claims: [] });
  });

  it('prints a table of actors and claims', () => {
    const r = run(['analyze', '-', '--format', 'table'], SPEECH);
    assert.equal(r.status, 0, r.stderr);
    const [actors, claims, balance] = r.stdout.split('\n\n');
    assert.match(actors, /^ACTOR +KIND +ROLE +NAMED +MENTIONS +CLAIMS +ALIASES\n/);
    assert.match(actors, /Tom Reed +person +.* yes /);
    assert.match(claims, /^CLAIM +SPEAKER +KIND +SOURCING +CUE +CONTENT\n/);
    assert.match(claims, /c1 +Tom Reed +indirect +named +said +the pool would open in June/);
    assert.match(balance, /^SOURCE BALANCE\nSPEAKER +NAMED +QUOTED WORDS +PARAPHRASED WORDS +CLAIMS\n/);
    assert.match(balance, /\nTom Reed +yes +0 +6 +1\n/);
    assert.match(balance, /claims by sourcing: named 1 \(100%\), unnamed 0 \(0%\), none 0 \(0%\)/);
  });

  it('shows each actor\'s named flag and aliases in the table', () => {
    const span = (text: string) => ({ start: 0, end: text.length, text });
    const table = formatTable({
      actors: [
        { id: 'a1', name: 'Ana Ruiz', kind: 'person', role: 'mayor', aliases: ['Ruiz', 'the mayor'], named: true, mentions: [span('Ana Ruiz'), span('Ruiz')] },
        { id: 'a2', name: 'a neighbor', kind: 'person', role: null, aliases: [], named: false, mentions: [span('a neighbor')] },
      ],
      claims: [],
    });
    const [header, , ruiz, neighbor] = table.split('\n');
    assert.match(header, /^ACTOR +KIND +ROLE +NAMED +MENTIONS +CLAIMS +ALIASES$/);
    assert.match(ruiz, /^Ana Ruiz +person +mayor +yes +2 +0 +Ruiz; the mayor$/);
    assert.match(neighbor, /^a neighbor +person +no +1 +0$/, 'no aliases: the row ends at the claim count');
  });

  it('says so in the table when nothing is found', () => {
    const r = run(['analyze', '-', '--format', 'table'], '   ');
    assert.equal(r.stdout, 'No actors found.\n\nNo claims found.\n');
  });

  it('writes a JSON array for --format json over several files', () => {
    const a = file('j1.txt', SPEECH);
    const b = file('j2.txt', QUOTE);
    const r = run(['analyze', '--format', 'json', a, b]);
    assert.equal(r.status, 0, r.stderr);
    const list = JSON.parse(r.stdout) as Array<{ file: string }>;
    assert.deepEqual(list.map((x) => x.file), [a, b]);
  });

  it('writes JSON Lines for one file with --format jsonl', () => {
    const p = file('one.txt', SPEECH);
    const r = run(['analyze', p, '--format=jsonl']);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.equal(JSON.parse(lines[0]).file, p);
  });

  it('prints usage for --help and the package version for --version', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^usage: attribution-lens analyze FILE|FOLDER…/);
    const version = run(['--version']);
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('exits 2 with usage on stderr for bad usage, analysing nothing', () => {
    const p = file('u.txt', SPEECH);
    for (const args of [[], ['analyze'], ['summarize', p], ['analyze', p, '--format', 'xml'], ['analyze', p, '--colour']]) {
      const r = run(args);
      assert.equal(r.status, 2, `${args.join(' ')} → ${r.status}`);
      assert.match(r.stderr, /^attribution-lens: .+\nusage: attribution-lens/, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
  });
});
