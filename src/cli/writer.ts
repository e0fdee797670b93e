/** How the CLI writes results: one article at a time, as they come, in the chosen format. */
import type { Analysis } from '../engine';
import { isExportFormat } from '../export/formats';
import type { Format } from './args';
import { exportWriter } from './exportOutput';
import { formatTable } from './table';

export interface Output {
  /**
   * Text, or UTF-8 bytes (a batch's result lines, made in the workers). May return a promise that settles
   * when they are flushed (back-pressure from a slow reader).
   */
  out(text: string | Uint8Array): void | Promise<void>;
  err(text: string): void;
}

/** Writes results as they come, so a long batch streams and a bad file does not hold back the others. */
export function writer(format: Format, several: boolean, io: Output) {
  let written = 0;
  const exported = isExportFormat(format) ? exportWriter(format, several) : undefined;
  const render = (file: string, text: string, analysis: Analysis): string => {
    if (exported) return exported(file, text, analysis);
    if (format === 'table') return `${several ? `${written > 0 ? '\n' : ''}== ${file}\n` : ''}${formatTable(analysis)}\n`;
    if (format === 'jsonl') return `${JSON.stringify({ file, ...analysis })}\n`;
    if (!several) return `${JSON.stringify(analysis, null, 2)}\n`;
    return `${written === 0 ? '[\n' : ',\n'}${JSON.stringify({ file, ...analysis }, null, 2)}`;
  };
  return {
    write(file: string, text: string, analysis: Analysis): void | Promise<void> {
      const rendered = render(file, text, analysis);
      written++;
      return io.out(rendered);
    },
    /** Closes the JSON array of an explicit `--format json` over several files (empty when all failed). */
    end(): void | Promise<void> {
      if (format === 'json' && several) return io.out(written === 0 ? '[]\n' : '\n]\n');
    },
  };
}
