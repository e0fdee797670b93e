/**
 * The extension's only logging: a LogOutputChannel "Attribution Lens", created lazily on the first
 * message and written only while `attributionLens.trace` is "verbose" (as markdown-language-features
 * does), so a user who never asks for traces never sees a channel, and nothing goes to the console.
 */
import * as vscode from 'vscode';

export interface Logger {
  trace(message: string): void;
}

const TRACE_SETTING = 'attributionLens.trace';

function readVerbose(): boolean {
  return vscode.workspace.getConfiguration().get<string>(TRACE_SETTING, 'off') === 'verbose';
}

export class OutputChannelLogger implements Logger, vscode.Disposable {
  private channel: vscode.LogOutputChannel | undefined;
  private verbose = readVerbose();
  private readonly configListener: vscode.Disposable;

  constructor() {
    this.configListener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(TRACE_SETTING)) this.verbose = readVerbose();
    });
  }

  trace(message: string): void {
    if (!this.verbose) return;
    this.channel ??= vscode.window.createOutputChannel('Attribution Lens', { log: true });
    // `info` rather than `trace`: the setting already decided the user wants these lines, and a
    // LogOutputChannel hides trace-level lines unless its own level is also lowered.
    this.channel.info(message);
  }

  dispose(): void {
    this.configListener.dispose();
    this.channel?.dispose();
    this.channel = undefined;
  }
}
