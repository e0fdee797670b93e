/**
 * The CLI's export formats (`--format csv|markdown|citron`), written to standard output one file at a
 * time so a long batch streams. Over several files: one CSV whose rows lead with the file name and
 * whose header comes once; Markdown documents one after another, each titled with its file; citron
 * documents one per line (citron reads one document per file, so a batch is split by line).
 */
import * as path from 'node:path';
import type { Analysis } from '../engine';
import { toCitron } from '../export/citron';
import { formatCsv } from '../export/csv';
import { renderExport, type ExportFormat } from '../export/formats';

export function exportWriter(format: ExportFormat, several: boolean) {
  let written = 0;
  return (file: string, text: string, analysis: Analysis): string => {
    const first = written++ === 0;
    const title = file === '-' ? undefined : several ? file : path.basename(file);
    if (!several) return renderExport(format, { text, analysis, title });
    switch (format) {
      case 'csv': return formatCsv(analysis, { file, header: first });
      case 'markdown': return `${first ? '' : '\n'}${renderExport(format, { text, analysis, title: title ?? 'stdin' })}`;
      case 'citron': return `${JSON.stringify({ file, ...toCitron(text, analysis) })}\n`;
    }
  };
}
