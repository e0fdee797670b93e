/**
 * The editor hover: finds what the mouse is over in the store's analysis of the current version and
 * shows the claim or actor card over that span. Registered for the languages the
 * `attributionLens.languages` setting names, re-registered when the setting changes.
 */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import type { Logger } from '../log';
import { articleLanguages } from '../store/articleLanguages';
import { HOVER_COMMANDS, hoverMarkdown, hoverTargetAt } from './hoverContent';

export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnalysisStore, private readonly log: Logger) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (token.isCancellationRequested) return undefined;
    let analysis;
    try {
      analysis = this.store.get(document);
    } catch (error) {
      this.log.trace(`hover: no analysis for ${document.uri.toString()}: ${String(error)}`);
      return undefined;
    }
    if (!analysis || token.isCancellationRequested) return undefined;
    const target = hoverTargetAt(analysis, document.offsetAt(position));
    if (!target) return undefined;
    const markdown = new vscode.MarkdownString(hoverMarkdown(analysis, target, document.uri.toString()));
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    const range = new vscode.Range(document.positionAt(target.span.start), document.positionAt(target.span.end));
    return new vscode.Hover(markdown, range);
  }
}

function selectorFor(languages: readonly string[]): vscode.DocumentSelector {
  return languages.map((language) => ({ language }));
}

/** Registers the hover provider and keeps its document selector in step with the languages setting. */
export function registerArticleHovers(store: AnalysisStore, log: Logger): vscode.Disposable {
  const provider = new ArticleHoverProvider(store, log);
  const register = () => vscode.languages.registerHoverProvider(
    selectorFor(articleLanguages(vscode.workspace.getConfiguration('attributionLens').get<unknown>('languages'))), provider);
  let registration = register();
  const configListener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('attributionLens.languages')) return;
    registration.dispose();
    registration = register();
  });
  return { dispose: () => { configListener.dispose(); registration.dispose(); } };
}
