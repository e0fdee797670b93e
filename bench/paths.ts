/**
 * Where the benchmarks find ../shared (gold files and the PolNeAR corpus). The scripts run from compiled or
 * bundled copies under out/, so the repository root is found by walking up to the folder holding
 * bench/run.mjs rather than by a fixed number of ".." (a package.json alone is no proof: out/ may hold one).
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';

function repositoryRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'bench', 'run.mjs'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/** A path under the shared data folder beside the repository (override with ATTRIBUTION_LENS_SHARED). */
export function sharedPath(...parts: string[]): string {
  const base = process.env.ATTRIBUTION_LENS_SHARED ?? path.resolve(repositoryRoot(__dirname), '..', 'shared');
  return path.join(base, ...parts);
}
