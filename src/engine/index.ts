import type { Analysis, AnalyzeOptions } from './types';
export * from './types';

// Placeholder until the pipeline lands (next commits): returns a valid, empty analysis.
export function analyze(text: string, _options?: AnalyzeOptions): Analysis {
  if (typeof text !== 'string') throw new TypeError('analyze: text must be a string');
  return { actors: [], claims: [] };
}
