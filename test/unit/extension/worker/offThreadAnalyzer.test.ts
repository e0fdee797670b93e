import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../../../src/engine';
import { createOffThreadAnalyzer, defaultPoolSize, workerScript } from '../../../../src/extension/worker/offThreadAnalyzer';
import { inProcessEngine } from '../../../../src/extension/worker/inProcessEngine';

const root = path.resolve(__dirname, '../../../../..');
const ARTICLE = '“The pier reopens in June,” said Ana Ruiz, the harbor master of Riverton.\n';

describe('extension: where the analysis runs', function () {
  this.timeout(60_000);

  it('keeps a core for the host: one worker on two cores, never none, at most four', () => {
    assert.deepEqual([1, 2, 3, 4, 8, 64].map((cores) => defaultPoolSize(cores)), [1, 1, 2, 3, 4, 4]);
  });

  it('finds the worker bundle beside dist/extension.js, and the in-process engine in it gives the engine\'s analysis', () => {
    const script = workerScript(root);
    assert.equal(script, path.join(root, 'dist', 'analysisWorker.js'));
    assert.deepEqual(inProcessEngine(script)(ARTICLE), analyze(ARTICLE));
  });

  it('analyses in a worker thread, giving the engine\'s analysis', async () => {
    const offThread = createOffThreadAnalyzer(workerScript(root), 1);
    assert.ok(offThread, 'this Node has worker_threads');
    try {
      assert.deepEqual(await offThread.analyze(ARTICLE), analyze(ARTICLE));
    } finally {
      offThread.dispose();
    }
  });
});
