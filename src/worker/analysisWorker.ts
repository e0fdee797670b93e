/**
 * dist/analysisWorker.js: the engine in a `node:worker_threads` worker, shared by the extension and the
 * CLI's pool. It answers each request with the analysis in parts, one part per acknowledgment; for an
 * article's bytes in a batch, with its finished output line as bytes (the CLI's JSON Lines); or, for a
 * file's bytes, with the workspace index's summary of its analysis (see protocol.ts).
 *
 * Loaded with `require` on the main thread instead, it only exports `analyze`: the extension's in-process
 * path (short documents, and hosts without worker_threads) uses it, so the engine and its language model
 * ship once in the package rather than in both dist/extension.js and this bundle.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { analyze } from '../engine';
import { ArticleInputError, decodeArticle } from '../extension/workspaceIndex/articleBytes';
import { summarize } from '../extension/workspaceIndex/fileSummary';
import { replyParts, type AnalysisReply, type WorkerRequest } from './protocol';
import { resultLine } from './resultLine';

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
      if (request.kind === 'line') {
        const result = resultLine(request.bytes, request.source, analyze);
        port.postMessage({ id: request.id, kind: 'line', result }, result.bytes ? [result.bytes.buffer as ArrayBuffer] : []);
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
