/** The reference article as the product ships it (samples/ceasefire-talks.article), analysed once by the real engine. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/engine';
import type { Analysis } from '../../../src/engine/types';

const SAMPLE = path.resolve(__dirname, '../../../..', 'samples', 'ceasefire-talks.article');

let cached: { text: string; analysis: Analysis } | undefined;

export function referenceArticle(): { text: string; analysis: Analysis } {
  if (!cached) {
    const text = readFileSync(SAMPLE, 'utf8');
    cached = { text, analysis: analyze(text) };
  }
  return cached;
}
