/**
 * dist/analysisWorker.js: the engine in a `node:worker_threads` worker, shared by the extension and the
 * CLI's pool. It answers each request with the analysis in parts, one part per acknowledgment; with the
 * analysis already serialised as JSON (the CLI's batches); or, for a file's bytes, with the workspace index's
 * summary of its analysis (see protocol.ts).
 *
 * Loaded with `require` on the main thread instead, it only exports `analyze`: the extension's in-process
 * path (short documents, and hosts without worker_threads) uses it, so the engine and its language model
 * ship once in the package rather than in both dist/extension.js and this bundle.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { analyze } from '../engine';
import { ArticleInputError, decodeArticle } from '../extension/workspaceIndex/articleBytes';
import { summarize } from '../extension/workspaceIndex/fileSummary';
import { replyParts, serializeAnalysis, type AnalysisReply, type WorkerRequest } from './protocol';

export { analyze };

if (!isMainThread && parentPort) {
  const port = parentPort;
  let parts: { id: number; rest: Iterator<AnalysisReply> } | undefined;
  // A pool may hand this worker its next request before the current one is answered (WorkerPool's depth):
  // requests wait here and run one at a time, a result in parts finishing before the next request starts.
  const waiting: Exclude<WorkerRequest, { kind: 'next' }>[] = [];
  const sendNext = () => {
    const next = parts?.rest.next();
    if (!parts || !next || next.done) return;
    port.postMessage(next.value);
    if (next.value.kind === 'part' && next.value.last) parts = undefined;
  };
  const answer = (request: Exclude<WorkerRequest, { kind: 'next' }>) => {
    try {
      if (request.kind === 'summarize') {
        const text = decodeArticle(request.bytes, request.maxLength);
        port.postMessage({ id: request.id, kind: 'summary', summary: summarize(analyze(text), text) });
        return;
      }
      if (request.kind === 'serialize') {
        port.postMessage({ id: request.id, kind: 'json', result: serializeAnalysis(analyze(request.text)) });
        return;
      }
      const analysis = analyze(request.text);
      parts = { id: request.id, rest: replyParts(request.id, analysis.actors, analysis.claims) };
      sendNext();
    } catch (error) {
      parts = undefined;
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ id: request.id, kind: 'error', message, input: error instanceof ArticleInputError });
    }
  };
  const answerWaiting = () => {
    while (!parts && waiting.length > 0) answer(waiting.shift()!);
  };
  port.on('message', (request: WorkerRequest) => {
    if (request.kind !== 'next') waiting.push(request);
    else if (parts?.id === request.id) sendNext();
    answerWaiting();
  });
}
