/**
 * What `attributionLens.exportAttributions` may be given, apart from the Uri a menu passes: a request
 * naming the target file (and optionally the format and the article), so that scripts and tests export
 * without a dialog. Uris travel as strings (uri.toString()), as in the other commands' arguments.
 * Pure, so the rules are unit-tested without VS Code.
 */
import { EXPORT_FORMATS, formatForFileName, isExportFormat, type ExportFormat } from '../../export/formats';

export interface ExportRequest {
  /** The file to write, as a uri string. */
  target: string;
  format: ExportFormat;
  /** The article to export, as a uri string; the current article when absent. */
  document?: string;
}

export type ParsedExportArgument =
  | { kind: 'ask' }
  | { kind: 'request'; request: ExportRequest }
  | { kind: 'invalid'; message: string };

/** No argument means "ask the user"; an object must name a target, and a format unless the target's ending gives one. */
export function parseExportArgument(value: unknown): ParsedExportArgument {
  if (value === undefined || value === null) return { kind: 'ask' };
  if (typeof value !== 'object') return { kind: 'invalid', message: 'the export argument must be { target, format?, document? }' };
  const { target, format, document } = value as Record<string, unknown>;
  if (typeof target !== 'string' || target.length === 0) return { kind: 'invalid', message: 'the export request names no target file' };
  if (document !== undefined && typeof document !== 'string') return { kind: 'invalid', message: 'the export request\'s document must be a uri string' };
  if (format !== undefined && !isExportFormat(format)) {
    return { kind: 'invalid', message: `unknown export format ${JSON.stringify(format)} (use ${EXPORT_FORMATS.join(', ')})` };
  }
  const chosen = format ?? formatForFileName(target);
  if (!chosen) return { kind: 'invalid', message: `no format given, and the target's file type names none (use ${EXPORT_FORMATS.join(', ')})` };
  return { kind: 'request', request: { target, format: chosen, ...(document === undefined ? {} : { document }) } };
}
