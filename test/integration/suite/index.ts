/**
 * The suite entry VS Code loads as --extensionTestsPath: runs mocha inside the extension host over
 * the compiled *.test.js files beside this one, and writes a summary (passed/failed/pending and
 * every test's title and outcome) to the file named by ATTRIBUTION_LENS_RESULTS so that the runner
 * and .ci/run can tell a suite that ran from one that silently did not.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  tests: { title: string; state: 'passed' | 'failed' | 'pending'; error?: string }[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  // fs.readdirSync rather than a glob: mocha's own glob dependency changed its API across versions.
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const results: SuiteResults = { passed: 0, failed: 0, pending: 0, tests: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      writeResults(results);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
    runner.on('pass', (test) => {
      results.passed++;
      results.tests.push({ title: test.fullTitle(), state: 'passed' });
    });
    runner.on('fail', (test, error: Error) => {
      results.failed++;
      results.tests.push({ title: test.fullTitle(), state: 'failed', error: error.message });
    });
    runner.on('pending', (test) => {
      results.pending++;
      results.tests.push({ title: test.fullTitle(), state: 'pending' });
    });
  });
}

function writeResults(results: SuiteResults): void {
  const file = process.env.ATTRIBUTION_LENS_RESULTS;
  if (file) writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}
