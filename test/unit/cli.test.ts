/** The command-line tool, run as a child process on temp files written here. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const cli = path.resolve(__dirname, '../../../dist/cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

describe('cli', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'al-cli-'));
  const good = path.join(dir, 'good.txt');
  writeFileSync(good, '“The dam will hold,” said Chief Engineer Rosa Blum.');
  const bad = path.join(dir, 'bad.txt');
  writeFileSync(bad, Buffer.from([0xff, 0xfe, 0x41]));

  it('prints one analysis as JSON', () => {
    const r = run(['analyze', good]);
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.claims.length, 1);
    assert.equal(a.actors.find((x: { id: string }) => x.id === a.claims[0].actor).name, 'Rosa Blum');
  });

  it('prints JSON Lines for several files and reports bad ones on one line each, analysing the rest', () => {
    const r = run(['analyze', good, bad, dir, path.join(dir, 'missing.txt')]);
    assert.equal(r.status, 1);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.equal(JSON.parse(lines[0]).file, good);
    const errors = r.stderr.trim().split('\n');
    assert.equal(errors.length, 3);
    assert.match(errors[0], /bad\.txt: not valid UTF-8/);
    assert.match(errors[1], /is a directory/);
    assert.match(errors[2], /no such file/);
  });

  it('reads stdin and prints a table', () => {
    const r = run(['analyze', '-', '--format', 'table'], 'Mayor Tom Reed said the pool would open in June.');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Tom Reed/);
    assert.match(r.stdout, /indirect/);
  });

  it('rejects unknown formats and missing files with usage', () => {
    assert.equal(run(['analyze']).status, 2);
    assert.equal(run(['analyze', good, '--format', 'xml']).status, 2);
  });
});
