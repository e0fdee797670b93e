// Bundles the engine library, the command-line tool and the extension.
// Type-checking is separate (`npm run check-types`), as in the esbuild sample.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['src/engine/index.ts'], outfile: 'dist/engine.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The engine in a worker thread: the CLI's --jobs pool and the extension both load it (see src/worker/).
  { ...common, entryPoints: ['src/worker/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
];
if (existsSync('src/extension/extension.ts')) {
  builds.push({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
}
if (existsSync('src/readingView-webview/main.ts')) {
  builds.push({ ...common, platform: 'browser', format: 'iife', target: 'es2020', entryPoints: ['src/readingView-webview/main.ts'], outfile: 'media/readingView.js' });
}

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
