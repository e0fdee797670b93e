/**
 * dist/analysisWorker.js: the engine in a `node:worker_threads` worker, shared by the extension and the
 * CLI's pool. It answers each AnalysisRequest with the analysis in chunks (see protocol.ts).
 *
 * Loaded with `require` on the main thread instead, it only exports `analyze`: the extension's in-process
 * path (short documents, and hosts without worker_threads) uses it, so the engine and its language model
 * ship once in the package rather than in both dist/extension.js and this bundle.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { analyze } from '../engine';
import { replyChunks, type AnalysisRequest } from './protocol';

export { analyze };

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', ({ id, text }: AnalysisRequest) => {
    try {
      const { actors, claims } = analyze(text);
      for (const reply of replyChunks(id, actors, claims)) port.postMessage(reply);
    } catch (error) {
      port.postMessage({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  });
}
