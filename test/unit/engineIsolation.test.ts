/**
 * The engine stays a plain library: nothing under src/engine imports `vscode` (not even for types), its relative
 * imports never leave src/engine (so no path leads to the extension), and the bundle dist/engine.js, built by
 * `npm run build` (which pretest runs), loads in a plain node process and exports analyze.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { importOffences, isVscode, moduleSpecifiers, sourceFiles } from './moduleImports';

const root = path.resolve(__dirname, '../../..');
const engineDir = path.join(root, 'src', 'engine');

describe('engine isolation', () => {
  it('finds import forms in source text (so the scan below can fail)', () => {
    const sample = [
      "import * as vscode from 'vscode';",
      'import type { Uri } from "vscode";',
      "import 'vscode';",
      "export { x } from './x';",
      "export * from './types';",
      "const v = require('vscode/lib');",
      "const w = await import('wink-nlp');",
      "import fs = require('node:fs');",
      '// Never imports `vscode` (a comment, not an import)',
    ].join('\n');
    assert.deepEqual(moduleSpecifiers(sample).sort(), ['./types', './x', 'node:fs', 'vscode', 'vscode', 'vscode', 'vscode/lib', 'wink-nlp'].sort());
    assert.equal(moduleSpecifiers(sample).filter(isVscode).length, 4);
  });

  it('has no file under src/engine that imports vscode, and no relative import leaving src/engine', () => {
    const files = sourceFiles(engineDir);
    assert.ok(files.some((f) => f.endsWith(path.join('engine', 'index.ts'))), `src/engine/index.ts not found under ${engineDir}`);
    const offences = importOffences(files, root, [engineDir]);
    assert.deepEqual(offences, []);
  });

  it('builds dist/engine.js that loads in plain node, without vscode, and exports analyze', function () {
    this.timeout(30_000);
    const bundle = path.join(root, 'dist', 'engine.js');
    assert.ok(existsSync(bundle), `${bundle} is missing: run \`npm run build\` first`);
    assert.deepEqual(moduleSpecifiers(readFileSync(bundle, 'utf8')).filter(isVscode), [], 'the bundle requires vscode');
    // A fresh process with no mocha, no test globals and nothing preloaded: what a library user gets.
    const probe = `
      const engine = require(${JSON.stringify(bundle)});
      const a = engine.analyze('Ana Ruiz said the bridge would open.');
      process.stdout.write(JSON.stringify({ type: typeof engine.analyze, actors: Array.isArray(a.actors), claims: Array.isArray(a.claims) }));`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', cwd: path.dirname(bundle), timeout: 25_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { type: 'function', actors: true, claims: true });
  });
});
