/**
 * The webview's typed end of the channel to the extension host: messages out are the protocol's
 * FromWebviewMessage, and the persisted state ({uri, line}) is what the panel serializer reads
 * back after a reload.
 */
import { parseState, type FromWebviewMessage, type ReadingViewState } from '../extension/readingView/protocol';

interface WebviewApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** Injected by VS Code into every webview; may be called only once. */
declare function acquireVsCodeApi(): WebviewApi;

export interface HostConnection {
  post(message: FromWebviewMessage): void;
  /** The saved state if it is about this document (a revived panel may carry another's). */
  savedState(documentUri: string): ReadingViewState | undefined;
  saveState(state: ReadingViewState): void;
}

export function connectToHost(): HostConnection {
  const api = acquireVsCodeApi();
  return {
    post: (message) => api.postMessage(message),
    savedState(documentUri) {
      const state = parseState(api.getState());
      return state && state.uri === documentUri ? state : undefined;
    },
    saveState: (state) => api.setState(state),
  };
}
