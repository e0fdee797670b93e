/**
 * The export formats, as the CLI's --format and the extension's command both name them: what each is
 * called, which file types it writes, and the one function that renders an analysis in it.
 */
import type { Analysis } from '../engine/types';
import { formatCitron } from './citron';
import { formatCsv } from './csv';
import { formatMarkdown } from './markdown';

export const EXPORT_FORMATS = ['csv', 'markdown', 'citron'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  /** The name a file-type filter or a quick pick shows. */
  label: string;
  /** What the format is for, in a few words. */
  detail: string;
  /** File name endings without the dot; the first is the one a new file gets. */
  extensions: readonly string[];
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  csv: { label: 'CSV', detail: 'one row per claim, for spreadsheets and data tools', extensions: ['csv'] },
  markdown: { label: 'Markdown', detail: 'a citation list grouped by speaker', extensions: ['md', 'markdown'] },
  citron: { label: 'citron JSON', detail: "BBC citron's annotation format, for its evaluation tools", extensions: ['json'] },
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The format a file name's ending asks for ("notes.md" → markdown), or undefined for any other ending. */
export function formatForFileName(name: string): ExportFormat | undefined {
  const ending = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  return EXPORT_FORMATS.find((format) => ending !== undefined && EXPORT_FORMAT_INFO[format].extensions.includes(ending));
}

export interface ExportInput {
  /** The analysed text: offsets in the analysis index into it. */
  text: string;
  analysis: Analysis;
  /** The article's name for headings (its file name), if it has one. */
  title?: string;
}

export interface RenderOptions {
  /** CSV only: start with a UTF-8 byte-order mark, for spreadsheet programs opening the file. */
  byteOrderMark?: boolean;
}

export function renderExport(format: ExportFormat, input: ExportInput, options: RenderOptions = {}): string {
  switch (format) {
    case 'csv': return formatCsv(input.analysis, { byteOrderMark: options.byteOrderMark });
    case 'markdown': return formatMarkdown(input.text, input.analysis, { title: input.title });
    case 'citron': return formatCitron(input.text, input.analysis);
  }
}
