/**
 * A small in-memory stand-in for the parts of the `vscode` API the reading view's host uses, so the
 * panel's handshake, version gate, routing and scroll sync are unit-tested without VS Code (the
 * real thing is covered by the integration suite). `installFakeVscode` makes `require('vscode')`
 * return it; `reset` gives every test a fresh window, workspace and command registry.
 */
import Module = require('node:module');
import { FakeTextLines } from './fakeTextLines';

type Listener<T> = (value: T) => void;

export class FakeEventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>, thisArg?: unknown, disposables?: { dispose(): void }[]) => {
    const bound: Listener<T> = (value) => listener.call(thisArg, value);
    this.listeners.push(bound);
    const subscription = { dispose: () => { this.listeners = this.listeners.filter((entry) => entry !== bound); } };
    disposables?.push(subscription);
    return subscription;
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  get listenerCount(): number {
    return this.listeners.length;
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class FakeUri {
  private constructor(readonly scheme: string, readonly path: string) {}
  static parse(value: string, strict?: boolean): FakeUri {
    const match = /^([a-z][a-z0-9+.-]*):(?:\/\/)?(.*)$/i.exec(value);
    if (!match) {
      if (strict) throw new Error(`not a uri: ${value}`);
      return new FakeUri('file', value);
    }
    return new FakeUri(match[1], match[2].startsWith('/') ? match[2] : `/${match[2]}`);
  }
  static file(path: string): FakeUri {
    return new FakeUri('file', path);
  }
  static joinPath(base: FakeUri, ...parts: string[]): FakeUri {
    return new FakeUri(base.scheme, [base.path.replace(/\/$/, ''), ...parts].join('/'));
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export class FakeRange {
  constructor(readonly startLine: number, readonly startCharacter: number, readonly endLine: number, readonly endCharacter: number) {}
  get start() {
    return { line: this.startLine, character: this.startCharacter };
  }
}

export class FakeDocument extends FakeTextLines {
  languageId = 'article';
  constructor(readonly uri: FakeUri, text: string, public version = 1) {
    super(text);
  }
  edit(text: string): void {
    this.text = text;
    this.version += 1;
  }
}

export class FakeEditor {
  readonly reveals: { line: number; type: number }[] = [];
  visibleRanges: FakeRange[];
  constructor(readonly document: FakeDocument, topLine = 0) {
    this.visibleRanges = [new FakeRange(topLine, 0, topLine + 30, 0)];
  }
  revealRange(range: FakeRange, type: number): void {
    this.reveals.push({ line: range.startLine, type });
  }
}

export class FakeWebview {
  html = '';
  options: Record<string, unknown> = {};
  readonly cspSource = 'https://fake.csp';
  readonly posted: { type: string; [key: string]: unknown }[] = [];
  private readonly receiveEmitter = new FakeEventEmitter<unknown>();
  readonly onDidReceiveMessage = this.receiveEmitter.event;
  asWebviewUri(uri: FakeUri): string {
    return `https://fake.csp${uri.path}`;
  }
  postMessage(message: { type: string }): Promise<boolean> {
    this.posted.push(message);
    return Promise.resolve(true);
  }
  /** Simulates the webview script posting to the host. */
  send(message: unknown): void {
    this.receiveEmitter.fire(message);
  }
  postedOfType(type: string) {
    return this.posted.filter((message) => message.type === type);
  }
}

export class FakeWebviewPanel {
  readonly webview = new FakeWebview();
  visible = true;
  disposed = false;
  revealCount = 0;
  private readonly disposeEmitter = new FakeEventEmitter<void>();
  private readonly viewStateEmitter = new FakeEventEmitter<{ webviewPanel: FakeWebviewPanel }>();
  readonly onDidDispose = this.disposeEmitter.event;
  readonly onDidChangeViewState = this.viewStateEmitter.event;
  constructor(readonly viewType: string, public title: string, readonly showOptions: unknown, readonly options: unknown) {}
  reveal(): void {
    this.revealCount += 1;
  }
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.viewStateEmitter.fire({ webviewPanel: this });
  }
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.disposeEmitter.fire();
  }
}

function freshWindow() {
  return {
    panels: [] as FakeWebviewPanel[],
    serializers: new Map<string, { deserializeWebviewPanel(panel: FakeWebviewPanel, state: unknown): Promise<void> }>(),
    informationMessages: [] as string[],
    visibleTextEditors: [] as FakeEditor[],
    activeTextEditor: undefined as FakeEditor | undefined,
    visibleRangesEmitter: new FakeEventEmitter<{ textEditor: FakeEditor; visibleRanges: FakeRange[] }>(),
    createWebviewPanel(viewType: string, title: string, showOptions: unknown, options: unknown) {
      const panel = new FakeWebviewPanel(viewType, title, showOptions, options);
      this.panels.push(panel);
      return panel;
    },
    registerWebviewPanelSerializer(viewType: string, serializer: { deserializeWebviewPanel(panel: FakeWebviewPanel, state: unknown): Promise<void> }) {
      this.serializers.set(viewType, serializer);
      return { dispose: () => this.serializers.delete(viewType) };
    },
    get onDidChangeTextEditorVisibleRanges() {
      return this.visibleRangesEmitter.event;
    },
    showInformationMessage(message: string) {
      this.informationMessages.push(message);
      return Promise.resolve(undefined);
    },
  };
}

function freshWorkspace() {
  return {
    textDocuments: [] as FakeDocument[],
    closeEmitter: new FakeEventEmitter<FakeDocument>(),
    openTextDocument(uri: FakeUri): Promise<FakeDocument> {
      const document = this.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
      return document ? Promise.resolve(document) : Promise.reject(new Error(`cannot open ${uri.toString()}`));
    },
    get onDidCloseTextDocument() {
      return this.closeEmitter.event;
    },
  };
}

function freshCommands() {
  return {
    registered: new Map<string, (...args: unknown[]) => unknown>(),
    executed: [] as { command: string; args: unknown[] }[],
    registerCommand(command: string, callback: (...args: unknown[]) => unknown) {
      this.registered.set(command, callback);
      return { dispose: () => this.registered.delete(command) };
    },
    async executeCommand(command: string, ...args: unknown[]) {
      const callback = this.registered.get(command);
      if (callback) return callback(...args);
      this.executed.push({ command, args });
      return undefined;
    },
  };
}

export const fakeVscode = {
  // Lets TypeScript's __importStar hand modules this very object, so reset() is seen everywhere.
  __esModule: true,
  EventEmitter: FakeEventEmitter,
  Uri: FakeUri,
  Range: FakeRange,
  ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
  TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
  window: freshWindow(),
  workspace: freshWorkspace(),
  commands: freshCommands(),
  reset(): void {
    this.window = freshWindow();
    this.workspace = freshWorkspace();
    this.commands = freshCommands();
  },
};

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };

/** Makes require('vscode') return the fake; returns the function that undoes it. */
export function installFakeVscode(): () => void {
  const originalLoad = moduleInternals._load;
  moduleInternals._load = function load(request, parent, isMain) {
    return request === 'vscode' ? fakeVscode : originalLoad.call(this, request, parent, isMain);
  };
  return () => {
    moduleInternals._load = originalLoad;
  };
}
