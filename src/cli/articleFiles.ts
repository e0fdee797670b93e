/**
 * The article files named on the command line: a file as given, a folder as every file below it whose
 * path relative to the folder matches `--include` (sorted, so output order does not depend on the file
 * system). A path that is missing or a folder with no matching file is kept as an entry with its error,
 * in its place, so it is reported in order and the others still run.
 */
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

export const DEFAULT_INCLUDE = '**/*.{txt,md,article,news}';

/** `fromFolder`: found by walking a folder, which makes the run a batch even when it finds a single file. */
export type ArticleFile = { file: string; fromFolder: boolean; error?: undefined } | { file: string; fromFolder: boolean; error: string };

function filesBelow(folder: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) found.push(full);
    }
  };
  visit(folder);
  return found;
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false; // reading it reports why (no such file, permission denied)
  }
}

export function articleFiles(paths: readonly string[], include = DEFAULT_INCLUDE): ArticleFile[] {
  const matches = picomatch(include, { dot: false });
  const result: ArticleFile[] = [];
  for (const given of paths) {
    if (given === '-' || !isFolder(given)) {
      result.push({ file: given, fromFolder: false });
      continue;
    }
    let below: string[];
    try {
      below = filesBelow(given).filter((file) => matches(path.relative(given, file).split(path.sep).join('/')));
    } catch (error) {
      result.push({ file: given, fromFolder: true, error: `cannot list the folder: ${(error as Error).message}` });
      continue;
    }
    if (below.length === 0) result.push({ file: given, fromFolder: true, error: `folder holds no file matching ${include}` });
    else for (const file of below) result.push({ file, fromFolder: true });
  }
  return result;
}
