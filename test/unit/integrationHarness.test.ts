/**
 * The integration harness's own logic, without VS Code: the shim's argument parsing, the workbench
 * URL, code-server's start and process-group stop (against a stand-in executable), and how the
 * suite derives its expectations from a gold file.
 */
import * as assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { delay, startCodeServer, type RunningCodeServer } from '../../scripts/codeServer/launch';
import { parseShimArguments } from '../../scripts/codeServer/shim';
import { workbenchUrl } from '../../scripts/codeServer/workbenchUrl';
import { bestGoldMatch, goldQuotes, overlapWithGold, parseGold, type GoldDocument } from '../integration/suite/gold';

describe('integration harness', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'harness-unit-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  describe('parseShimArguments', () => {
    it('reads the arguments @vscode/test-electron passes, in either --name=value or --name value form', () => {
      const file = path.join(tmp, 'a.article');
      writeFileSync(file, 'x');
      const args = parseShimArguments([
        '--no-sandbox',
        '--disable-updates',
        tmp,
        file,
        '--extensionTestsPath=/ext/out/suite/index',
        '--extensionDevelopmentPath', '/ext',
        '--user-data-dir=/tmp/ud',
        '--extensions-dir=/tmp/ed',
      ]);
      assert.deepEqual(args, {
        extensionDevelopmentPath: '/ext',
        extensionTestsPath: '/ext/out/suite/index',
        userDataDir: '/tmp/ud',
        extensionsDir: '/tmp/ed',
        folder: tmp,
        files: [file],
      });
    });

    it('says which required argument is missing', () => {
      assert.throws(() => parseShimArguments(['--extensionDevelopmentPath=/ext']), /missing --extensionTestsPath/);
      assert.throws(() => parseShimArguments(['--user-data-dir']), /--user-data-dir needs a value/);
    });
  });

  describe('workbenchUrl', () => {
    it('puts the folder in the query and the extension paths in the payload as vscode-remote URIs', () => {
      const server: RunningCodeServer = { origin: 'http://127.0.0.1:4321', authority: '127.0.0.1:4321', stop: async () => undefined };
      const url = new URL(workbenchUrl(server, { folder: '/w s', extensionDevelopmentPath: '/ext', extensionTestsPath: '/ext/out/index', openFiles: ['/w s/a b.article'] }));
      assert.equal(url.origin, 'http://127.0.0.1:4321');
      assert.equal(url.searchParams.get('folder'), '/w s');
      assert.deepEqual(JSON.parse(url.searchParams.get('payload') ?? 'null'), [
        ['extensionDevelopmentPath', 'vscode-remote://127.0.0.1:4321/ext'],
        ['extensionTestsPath', 'vscode-remote://127.0.0.1:4321/ext/out/index'],
        ['openFile', 'vscode-remote://127.0.0.1:4321/w%20s/a%20b.article'],
      ]);
    });
  });

  describe('startCodeServer', () => {
    /** A stand-in for code-server: prints the listening line, then keeps a child of its own running. */
    function fakeServer(script: string): string {
      const binary = path.join(tmp, 'fake-code-server');
      writeFileSync(binary, `#!/usr/bin/env bash\n${script}\n`);
      chmodSync(binary, 0o755);
      return binary;
    }
    /** Running, as opposed to gone or a zombie waiting for a reaper (containers may not reap). */
    const isAlive = (pid: number) => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };

    it('reads the port from the listening line and stops the whole process group', async function () {
      this.timeout(15_000);
      const pidFile = path.join(tmp, 'child.pid');
      const binary = fakeServer(`sleep 60 & echo $! > ${pidFile}\necho "[info] HTTP server listening on http://127.0.0.1:45678/"\nwait`);
      const server = await startCodeServer({ binary, userDataDir: path.join(tmp, 'ud'), extensionsDir: path.join(tmp, 'ed') });
      assert.equal(server.origin, 'http://127.0.0.1:45678');
      assert.equal(server.authority, '127.0.0.1:45678');
      const childPid = Number(readFileSync(pidFile, 'utf8'));
      assert.ok(isAlive(childPid), 'the stand-in should have started its child');
      await server.stop();
      await delay(100);
      assert.equal(isAlive(childPid), false, 'a child of code-server survived stop()');
    });

    it('rejects with a clear error when the server exits before listening', async () => {
      const binary = fakeServer('echo "boom" >&2; exit 3');
      await assert.rejects(startCodeServer({ binary, userDataDir: path.join(tmp, 'ud'), extensionsDir: path.join(tmp, 'ed') }), /exited during startup \(3\)/);
    });
  });

  describe('gold expectations', () => {
    // Written for this test: one direct claim with two quoted runs, one mixed claim split in two
    // spans with straight quotes, and one indirect claim.
    const text = '“Rain is coming,” Ana said. “Stay in.” Ben said the roads were "closed" and, later, "icy". Cy said it would pass.';
    const span = (fragment: string): [number, number] => {
      const start = text.indexOf(fragment);
      assert.ok(start >= 0, fragment);
      return [start, start + fragment.length];
    };
    const gold: GoldDocument = parseGold(
      JSON.stringify([
        {
          id: 't',
          text,
          attributions: [
            { type: 'direct', content: [span('“Rain is coming,”'), span('“Stay in.”')], speaker: 'Ana' },
            { type: 'mixed', content: [span('the roads were "closed"'), span('"icy"')], speaker: 'Ben' },
            { type: 'indirect', content: [span('it would pass')], speaker: 'Cy' },
          ],
        },
      ]),
    );

    it('finds every quoted run of the direct and mixed claims, with the claim\'s speaker, in text order', () => {
      assert.deepEqual(
        goldQuotes(gold).map((quote) => [quote.text, quote.speaker]),
        [['“Rain is coming,”', 'Ana'], ['“Stay in.”', 'Ana'], ['"closed"', 'Ben'], ['"icy"', 'Ben']],
      );
      for (const quote of goldQuotes(gold)) assert.equal(text.slice(quote.start, quote.end), quote.text);
    });

    it('matches a range to the gold claim it overlaps most, across split content', () => {
      const [start, end] = span('roads were "closed" and, later, "icy"');
      assert.equal(bestGoldMatch({ start, end }, gold)?.speaker, 'Ben');
      assert.equal(overlapWithGold({ start, end }, gold.attributions[1]), 'the roads were "closed"'.length - 'the '.length + '"icy"'.length);
      assert.equal(bestGoldMatch({ start: 0, end: 0 }, gold), undefined);
    });

    it('rejects a file that is not in the gold format', () => {
      assert.throws(() => parseGold('{"text": 1}'), /expected a JSON array of documents/);
    });
  });
});
