/**
 * Asks where to export and in which format: a save dialog whose file-type filters are the formats
 * (the chosen file's ending decides the format), and a quick pick only when that ending names none.
 */
import * as vscode from 'vscode';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, formatForFileName, type ExportFormat } from '../../export/formats';

/** "article.article" → "article.attributions.csv" beside it; an untitled article is offered the first workspace folder. */
function defaultTarget(document: vscode.TextDocument): vscode.Uri | undefined {
  const stem = (document.uri.path.split('/').pop() ?? 'article').replace(/\.[^.]*$/, '') || 'article';
  const name = `${stem}.attributions.${EXPORT_FORMAT_INFO.csv.extensions[0]}`;
  if (!document.isUntitled) return vscode.Uri.joinPath(document.uri, '..', name);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, name);
}

async function pickFormat(fileName: string): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((format) => ({ label: EXPORT_FORMAT_INFO[format].label, detail: EXPORT_FORMAT_INFO[format].detail, format })),
    { title: `Export Attributions: which format for ${fileName}?`, placeHolder: 'Format of the export file' },
  );
  return picked?.format;
}

/** The target and format the user chose, or undefined if they cancelled. */
export async function askExportTarget(document: vscode.TextDocument): Promise<{ target: vscode.Uri; format: ExportFormat } | undefined> {
  const filters = Object.fromEntries(EXPORT_FORMATS.map((format) => [EXPORT_FORMAT_INFO[format].label, [...EXPORT_FORMAT_INFO[format].extensions]]));
  const target = await vscode.window.showSaveDialog({ title: 'Export Attributions', saveLabel: 'Export', defaultUri: defaultTarget(document), filters });
  if (!target) return undefined;
  const format = formatForFileName(target.path) ?? (await pickFormat(target.path.split('/').pop() ?? target.path));
  return format && { target, format };
}
