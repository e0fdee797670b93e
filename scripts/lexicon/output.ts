/**
 * How every lexicon generator ends: with `--check`, report whether the committed table is what the generator makes
 * (exit 1 when it is not); otherwise write the table and say what it holds.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function writeOrCheck(output: string, text: string, summary: string): void {
  if (process.argv.includes('--check')) {
    const same = existsSync(output) && readFileSync(output, 'utf8') === text;
    console.log(same ? `${output} is up to date` : `${output} differs from what the generator makes`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(output, text);
  console.log(`wrote ${output}: ${summary}`);
}
