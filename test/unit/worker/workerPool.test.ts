/** The worker pool over the built worker (dist/analysisWorker.js, from `npm run build`) and over scripts that misbehave. */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../src/engine';
import { ArticleInputError } from '../../../src/extension/workspaceIndex/articleBytes';
import { summarize } from '../../../src/extension/workspaceIndex/fileSummary';
import { replyParts, PART_SIZE } from '../../../src/worker/protocol';
import { resultLine, type LineSource } from '../../../src/worker/resultLine';
import { WorkerPool } from '../../../src/worker/workerPool';

const script = path.resolve(__dirname, '../../../..', 'dist', 'analysisWorker.js');
const ARTICLE = '“The bridge will open in May,” said Ana Ruiz, the mayor of Riverton. Tom Hale said the ferry would stop.\n';

describe('worker: analysis pool', function () {
  this.timeout(60_000);
  let folder: string;
  before(() => {
    assert.ok(existsSync(script), `${script} is missing: run \`npm run build\` first`);
    folder = mkdtempSync(path.join(tmpdir(), 'attribution-lens-pool-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('splits a result into parts of PART_SIZE actors and claims, the last one flagged', () => {
    const { actors, claims } = analyze(ARTICLE);
    const many = Array.from({ length: PART_SIZE }, () => claims[0]);
    const parts = [...replyParts(1, actors, many)].map((reply) => (reply.kind === 'part' ? [reply.actors.length, reply.claims.length, reply.last] : reply.kind));
    assert.deepEqual(parts, [[actors.length, PART_SIZE - actors.length, false], [0, actors.length, true]]);
    assert.deepEqual([...replyParts(2, [], [])].map((reply) => reply.kind === 'part' && reply.last), [true], 'an empty analysis is one empty last part');
  });

  it('makes a batch article\'s output line in the worker exactly as in this thread, and moves the line\'s bytes back', async () => {
    const pool = new WorkerPool(script, 2, { depth: 2 });
    try {
      const inputs: [Uint8Array, LineSource][] = [
        [new TextEncoder().encode(ARTICLE.repeat(40)), { file: 'long.txt' }],
        [new TextEncoder().encode(JSON.stringify({ id: 'r-1', text: ARTICLE })), { line: 1 }],
        [new TextEncoder().encode('{"id": 2,'), { line: 2 }],
        [new Uint8Array([0xff]), { file: 'bad.txt' }],
      ];
      const results = await Promise.all(inputs.map(([bytes, source]) => pool.line(bytes, source)));
      results.forEach((result, i) => assert.deepEqual(result, resultLine(...inputs[i], analyze)));
      assert.ok(inputs.every(([bytes]) => bytes.byteLength > 0), 'the caller\'s bytes are copied, not moved away');
    } finally {
      await pool.close();
    }
  });

  it('gives the same analysis as the engine in this thread, for many articles at once', async () => {
    const pool = new WorkerPool(script, 2);
    try {
      const texts = Array.from({ length: 6 }, (_, i) => ARTICLE.repeat(i * 300 + 1));
      const results = await Promise.all(texts.map((text) => pool.analyze(text)));
      results.forEach((result, i) => assert.deepEqual(result, analyze(texts[i])));
      assert.ok(results[5].claims.length > PART_SIZE, 'the longest result came in several parts');
    } finally {
      await pool.close();
    }
  });

  it('summarises a file\'s bytes in the worker exactly as the index would on this thread, and says why a file is no article', async () => {
    const pool = new WorkerPool(script, 1);
    try {
      const text = ARTICLE.repeat(3);
      const bytes = new TextEncoder().encode(`\uFEFF${text}`);
      assert.deepEqual(await pool.summarize(bytes, 10_000), summarize(analyze(text), text), 'a byte-order mark is dropped, as the editor does');
      assert.equal(bytes.length > 0, true, 'the caller\'s bytes are copied, not moved away');
      await assert.rejects(pool.summarize(new Uint8Array([0x63, 0xe9]), 10_000), (error: Error) => error instanceof ArticleInputError && error.message === 'not valid UTF-8 text');
      await assert.rejects(pool.summarize(bytes, 10), (error: Error) => error instanceof ArticleInputError && /^longer than 10 characters/.test(error.message));
    } finally {
      await pool.close();
    }
  });

  it('runs a priority job before the jobs queued without it, and withdraws an aborted queued job', async () => {
    const pool = new WorkerPool(script, 1);
    try {
      const finished: string[] = [];
      const track = (name: string, job: Promise<unknown>) => job.then(() => finished.push(name), (error: Error) => finished.push(`${name}: ${error.name}`));
      const abort = new AbortController();
      const jobs = [
        track('running', pool.analyze(ARTICLE.repeat(200))),
        track('background', pool.analyze(ARTICLE)),
        track('withdrawn', pool.analyze(ARTICLE, { signal: abort.signal })),
        track('urgent', pool.analyze(ARTICLE, { priority: true })),
      ];
      abort.abort();
      await Promise.all(jobs);
      assert.deepEqual(finished, ['withdrawn: AbortError', 'running', 'urgent', 'background']);
    } finally {
      await pool.close();
    }
  });

  it('fails only the job of a worker that dies, and goes on with a new worker', async () => {
    const dying = path.join(folder, 'dying.js');
    // Dies on a text saying so, answers an empty analysis otherwise.
    writeFileSync(dying, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, text }) => { if (text === 'die') process.exit(3); parentPort.postMessage({ id, kind: 'part', actors: [], claims: [], last: true }); });`);
    const pool = new WorkerPool(dying, 1);
    try {
      await assert.rejects(pool.analyze('die'), /exited with code 3/);
      assert.deepEqual(await pool.analyze('fine'), { actors: [], claims: [] });
    } finally {
      await pool.close();
    }
  });

  it('with depth 2, hands a worker its next job before the current one is answered', async () => {
    // Answers nothing until it holds two jobs: with one job at a time it would never answer.
    const pairs = path.join(folder, 'pairs.js');
    writeFileSync(pairs, `const { parentPort } = require('node:worker_threads');
const held = [];
parentPort.on('message', ({ id }) => { held.push(id); if (held.length === 2) for (const id of held.splice(0)) parentPort.postMessage({ id, kind: 'line', result: { claims: 0, actors: 0, words: id } }); });`);
    const pool = new WorkerPool(pairs, 1, { depth: 2 });
    try {
      const both = Promise.all([pool.line(new Uint8Array(1), { line: 1 }), pool.line(new Uint8Array(1), { line: 2 })]);
      assert.equal(pool.pending, 2);
      assert.deepEqual((await both).map((result) => result.words), [1, 2]);
    } finally {
      await pool.close();
    }
  });

  it('gives every worker a first job before any worker a second', async () => {
    const whoami = path.join(folder, 'whoami.js');
    writeFileSync(whoami, `const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id }) => setTimeout(() => parentPort.postMessage({ id, kind: 'line', result: { claims: 0, actors: 0, words: threadId } }), 20));`);
    const pool = new WorkerPool(whoami, 2, { depth: 2 });
    try {
      const [first, second] = await Promise.all([pool.line(new Uint8Array(1), { line: 1 }), pool.line(new Uint8Array(1), { line: 2 })]);
      assert.notEqual(first.words, second.words, 'both jobs went to one worker while the other idled');
    } finally {
      await pool.close();
    }
  });

  it('with depth 2, a worker that dies fails its running job only: the job handed to it behind that one runs on its replacement', async () => {
    const dying = path.join(folder, 'dying-behind.js');
    writeFileSync(dying, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, text }) => { if (text === 'die') process.exit(3); parentPort.postMessage({ id, kind: 'part', actors: [], claims: [], last: true }); });`);
    const pool = new WorkerPool(dying, 1, { depth: 2 });
    try {
      const [died, behind] = await Promise.allSettled([pool.analyze('die'), pool.analyze('fine')]);
      assert.match(died.status === 'rejected' ? (died.reason as Error).message : 'resolved', /exited with code 3/);
      assert.deepEqual(behind.status === 'fulfilled' ? behind.value : behind.reason, { actors: [], claims: [] });
    } finally {
      await pool.close();
    }
  });

  it('with depth 2, a result in parts is finished before the worker starts the job queued behind it', async () => {
    const pool = new WorkerPool(script, 1, { depth: 2 });
    try {
      const texts = [ARTICLE.repeat(300), ARTICLE, ARTICLE.repeat(2)];
      const results = await Promise.all(texts.map((text) => pool.analyze(text)));
      assert.ok(results[0].claims.length > PART_SIZE, 'the first result came in several parts');
      results.forEach((result, i) => assert.deepEqual(result, analyze(texts[i])));
    } finally {
      await pool.close();
    }
  });

  it('fails only the article that outgrows a worker\'s heap limit, and goes on with a new worker', async () => {
    const pool = new WorkerPool(script, 1, { resourceLimits: { maxOldGenerationSizeMb: 64 } });
    try {
      await assert.rejects(pool.analyze(ARTICLE.repeat(15_000)), /memory limit/);
      assert.deepEqual(await pool.analyze(ARTICLE), analyze(ARTICLE));
    } finally {
      await pool.close();
    }
  });

  it('rejects jobs after close and a pool of no workers', async () => {
    const pool = new WorkerPool(script, 1);
    await pool.close();
    await assert.rejects(pool.analyze(ARTICLE), /closed/);
    assert.throws(() => new WorkerPool(script, 0), RangeError);
    assert.throws(() => new WorkerPool(script, 1, { depth: 0 }), RangeError);
  });
});
