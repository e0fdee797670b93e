/**
 * Atomic export writes on the real file system: the target holds the whole new text or stays as it was,
 * no temporary file is left behind, and a target that cannot be written gets an error that says why.
 */
import * as assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ExportWriteError, writeFileAtomic } from '../../../src/export/atomicWrite';

describe('export: atomic write', () => {
  let folder: string;
  beforeEach(() => { folder = mkdtempSync(path.join(tmpdir(), 'attribution-lens-export-')); });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes a new file and leaves nothing else in the folder', async () => {
    const target = path.join(folder, 'claims.csv');
    await writeFileAtomic(target, 'claim_id\nc1\n');
    assert.equal(readFileSync(target, 'utf8'), 'claim_id\nc1\n');
    assert.deepEqual(readdirSync(folder), ['claims.csv']);
  });

  it('replaces an existing file whole and keeps its permissions', async () => {
    const target = path.join(folder, 'claims.md');
    writeFileSync(target, 'old text that is longer than the new one');
    chmodSync(target, 0o640);
    await writeFileAtomic(target, 'new');
    assert.equal(readFileSync(target, 'utf8'), 'new');
    assert.equal(statSync(target).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(folder), ['claims.md']);
  });

  it('says the folder does not exist, and creates nothing', async () => {
    const target = path.join(folder, 'missing', 'claims.csv');
    await assert.rejects(writeFileAtomic(target, 'x'), (error: unknown) =>
      error instanceof ExportWriteError && error.message === `cannot write ${target}: the folder does not exist`);
    assert.deepEqual(readdirSync(folder), []);
  });

  it('refuses to replace a folder, and removes its temporary file', async () => {
    const target = path.join(folder, 'taken');
    mkdirSync(target);
    writeFileSync(path.join(target, 'inside.txt'), 'kept');
    await assert.rejects(writeFileAtomic(target, 'x'), (error: unknown) => error instanceof ExportWriteError && /taken: /.test(error.message));
    assert.deepEqual(readdirSync(folder), ['taken'], 'the temporary file was removed');
    assert.equal(readFileSync(path.join(target, 'inside.txt'), 'utf8'), 'kept');
  });
});
