// Runs a benchmark: `node bench/run.mjs NAME [args…]` bundles bench/NAME.ts together with the engine source
// (esbuild, well under a second) into out/bench-bundle/NAME.js and runs it in a fresh node process with the
// remaining arguments. Bundling instead of `tsc -p` means a benchmark always measures the current engine
// source and never waits for, or fails on, type errors elsewhere in a project others are editing.
// Type-checking stays with `npx tsc --noEmit -p .`.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const [name, ...args] = process.argv.slice(2);
const entry = join(root, 'bench', `${name}.ts`);
if (!name || !existsSync(entry)) {
  console.error(`usage: node bench/run.mjs NAME [args…]   (NAME: a file bench/NAME.ts)`);
  process.exit(2);
}
const outfile = join(root, 'out', 'bench-bundle', `${name}.js`);
await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external', // wink-nlp and its model load from node_modules as in dist/engine.js's users
  sourcemap: true,
  logLevel: 'warning',
});
const child = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
process.exit(child.status ?? 1);
