/** The PolNeAR train texts that the speed and memory benchmarks run on (read-only, from ../shared). */
import { existsSync } from 'node:fs';
import { readGold } from './gold';
import { sharedPath } from './paths';

/** The train articles' texts, or null (after saying why) when the corpus is not beside the repository. */
export function trainTexts(): string[] | null {
  const file = sharedPath('polnear', 'train.json');
  if (!existsSync(file)) {
    console.log(`skipped: ${file} is absent (the speed and memory benchmarks need the PolNeAR train split)`);
    return null;
  }
  return readGold(file).map((d) => d.text);
}

/** Words as the benchmarks count them: whitespace-separated tokens. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

/** Whole articles, separated by blank lines, until the text reaches `enough` (measured by `size`). */
export function concatenate(texts: readonly string[], enough: number, size: (text: string) => number): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < enough && texts.length > 0; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    total += size(t);
  }
  return parts.join('\n\n');
}
