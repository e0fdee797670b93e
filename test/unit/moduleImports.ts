/** What a source file imports, for the tests that keep the engine and the export formatters free of `vscode`. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** Module specifiers of every import, export … from, require() and import() in a TypeScript or JavaScript source. */
export function moduleSpecifiers(source: string): string[] {
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // also covers `import x = require(…)` through the require pattern
  ];
  return patterns.flatMap((re) => [...source.matchAll(re)].map((m) => m[1]));
}

export const isVscode = (specifier: string) => specifier === 'vscode' || specifier.startsWith('vscode/');

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * What `files` import that they must not: `vscode` in any form, or a relative path outside `allowedDirs`.
 * Each offence names the file relative to `root`.
 */
export function importOffences(files: readonly string[], root: string, allowedDirs: readonly string[]): string[] {
  const offences: string[] = [];
  for (const file of files) {
    const name = path.relative(root, file);
    for (const specifier of moduleSpecifiers(readFileSync(file, 'utf8'))) {
      if (isVscode(specifier)) offences.push(`${name} imports ${specifier}`);
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier);
        const inside = allowedDirs.some((dir) => !path.relative(dir, target).startsWith('..'));
        if (!inside) offences.push(`${name} imports ${specifier}, outside ${allowedDirs.map((dir) => path.relative(root, dir)).join(' and ')}`);
      }
    }
  }
  return offences;
}
