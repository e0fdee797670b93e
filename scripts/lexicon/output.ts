import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Items joined by `separator` into lines of at most 116 characters, for a generated table's template literal. */
export function wrapLines(items: readonly string[], separator: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line.length + item.length + 1 > 116) { lines.push(line); line = ''; }
    line = line ? `${line}${separator}${item}` : item;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * How every lexicon generator ends: with `--check`, report whether the committed table is what the generator makes
 * (exit 1 when it is not); otherwise write the table and say what it holds.
 */
export function writeOrCheck(output: string, text: string, summary: string): void {
  if (process.argv.includes('--check')) {
    const same = existsSync(output) && readFileSync(output, 'utf8') === text;
    console.log(same ? `${output} is up to date` : `${output} differs from what the generator makes`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(output, text);
  console.log(`wrote ${output}: ${summary}`);
}
