/**
 * `attributionLens.exportAttributions` ("Export Attributions…"): writes the article's analysis as CSV,
 * Markdown or citron JSON. From a menu it asks through a save dialog; given an ExportRequest it writes
 * without asking. It reads the article and never writes to it; the file is written atomically, and a
 * failure is shown as an error message naming the file and why.
 */
import * as vscode from 'vscode';
import { ExportWriteError } from '../../export/atomicWrite';
import { renderExport, type ExportFormat } from '../../export/formats';
import type { AnalysisStore } from '../analysisStore';
import type { Logger } from '../log';
import { askExportTarget } from './exportDialog';
import { parseExportArgument } from './exportRequest';
import { documentForUri } from './openDocument';
import { writeExportFile } from './writeExportFile';

export type ExportResult =
  | { ok: true; target: string; format: ExportFormat; claimCount: number }
  | { ok: false; error: string };

const fileName = (uri: vscode.Uri) => uri.path.split('/').pop() || uri.toString();

function fail(log: Logger, error: string): ExportResult {
  log.trace(`export: ${error}`);
  void vscode.window.showErrorMessage(`Attribution Lens: ${error}`);
  return { ok: false, error };
}

/** The target a request names, or why it names none ("out.csv" is a path, not a uri). */
function requestedTarget(target: string, format: ExportFormat): { target: vscode.Uri; format: ExportFormat } | string {
  try {
    return { target: vscode.Uri.parse(target, true), format };
  } catch {
    return `the export target ${JSON.stringify(target)} is not a uri (e.g. file:///home/me/claims.csv)`;
  }
}

/**
 * `argument` is what the caller passed: nothing (palette, Actors view), the article's Uri (editor
 * title menu) or an ExportRequest. `currentArticle` is the article the views show. Resolves to
 * undefined when the user cancels.
 */
export async function exportAttributions(store: AnalysisStore, log: Logger, currentArticle: () => vscode.TextDocument | undefined,
  argument: unknown): Promise<ExportResult | undefined> {
  const parsed = argument instanceof vscode.Uri ? { kind: 'ask' as const } : parseExportArgument(argument);
  if (parsed.kind === 'invalid') return fail(log, parsed.message);
  const named = argument instanceof vscode.Uri ? argument.toString() : parsed.kind === 'request' ? parsed.request.document : undefined;
  const document = named === undefined ? currentArticle() : await documentForUri(named, log);
  if (!document || !store.isArticle(document)) return fail(log, 'open a news article to export its attributions');
  const analysis = await store.whenAnalysed(document);
  const tooLong = store.lengthLimitNotice(document);
  if (!analysis || tooLong) return fail(log, tooLong ?? `${fileName(document.uri)} could not be analysed`);
  // Taken with the analysis, in the same tick, so the offsets index into exactly this text.
  const text = document.getText();

  const chosen = parsed.kind === 'request' ? requestedTarget(parsed.request.target, parsed.request.format) : await askExportTarget(document);
  if (typeof chosen === 'string') return fail(log, chosen);
  if (!chosen) return undefined;
  if (chosen.target.toString() === document.uri.toString()) return fail(log, `will not export over the article itself (${fileName(document.uri)})`);

  const data = renderExport(chosen.format, { text, analysis, title: fileName(document.uri) }, { byteOrderMark: true });
  try {
    await writeExportFile(chosen.target, data);
  } catch (error) {
    const where = chosen.target.scheme === 'file' ? chosen.target.fsPath : chosen.target.toString();
    return fail(log, `could not export to ${where}: ${error instanceof ExportWriteError ? error.reason : String(error)}`);
  }
  log.trace(`export: ${analysis.claims.length} claims as ${chosen.format} to ${chosen.target.toString()}`);
  // A command the user ran, so a brief status-bar confirmation (as for Copy Citation) rather than a notification.
  vscode.window.setStatusBarMessage(`$(check) Exported ${analysis.claims.length} claims to ${fileName(chosen.target)}`, 5000);
  return { ok: true, target: chosen.target.toString(), format: chosen.format, claimCount: analysis.claims.length };
}
