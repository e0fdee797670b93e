/**
 * Hostile input for the resolution passes: an article naming 10,000 distinct invented people, and 5,000
 * repetitions of one description ("The company said it was fine."). Each analysis runs in a worker thread with a
 * deadline (a hang fails instead of freezing mocha), must read back every actor mention from its offsets, and must
 * take time that grows with the text, not its square: n against 4n, with a generous factor (linear is 4×,
 * quadratic 16×). Times are the best of several runs, after a warm-up, so that a busy machine rarely decides.
 */
import * as assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../../../../src/engine/types';

const DEADLINE_MS = 60_000;
const RUNS = 5;
/** The allowed growth from n to 4n: twice linear, half of quadratic; plus a little for timer noise (ms). */
const FACTOR = 8;
const SLACK_MS = 20;

interface Reply { id: number; ms?: number; analysis?: Analysis; error?: string }

/** A worker that analyses a text RUNS times and answers with the best time and the last analysis. */
class TimingWorker {
  private worker: Worker;
  private waiting = new Map<number, (reply: Reply) => void>();
  private nextId = 0;

  constructor(enginePath: string) {
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const { analyze } = require(workerData);
      analyze('Ana Ruiz of the Riverton Water Board said the pipes were old. The board said so. He said it too.');
      parentPort.on('message', ({ id, text, runs }) => {
        try {
          let best = Infinity, analysis;
          for (let r = 0; r < runs; r++) {
            const t0 = process.hrtime.bigint();
            analysis = analyze(text);
            best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
          }
          parentPort.postMessage({ id, ms: best, analysis });
        } catch (error) {
          parentPort.postMessage({ id, error: String(error && error.stack || error) });
        }
      });`;
    this.worker = new Worker(source, { eval: true, workerData: enginePath });
    this.worker.on('message', (reply: Reply) => this.waiting.get(reply.id)?.(reply));
    this.worker.on('error', (error) => { for (const resolve of this.waiting.values()) resolve({ id: -1, error: String(error) }); });
  }

  run(text: string): Promise<{ ms: number; analysis: Analysis }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        void this.worker.terminate();
        reject(new Error(`analyze did not finish ${RUNS} runs within ${DEADLINE_MS / 1000} s (hang guard)`));
      }, DEADLINE_MS);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        if (reply.error !== undefined) reject(new Error(`analyze threw: ${reply.error}`));
        else resolve({ ms: reply.ms!, analysis: reply.analysis! });
      });
      this.worker.postMessage({ id, text, runs: RUNS });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/** Every actor mention reads back from its offsets. */
function assertMentionsReadBack(text: string, a: Analysis): void {
  for (const actor of a.actors) {
    for (const m of actor.mentions) {
      assert.ok(m.start >= 0 && m.start < m.end && m.end <= text.length, `${actor.id}: [${m.start}, ${m.end})`);
      assert.equal(text.slice(m.start, m.end), m.text, `${actor.id} (${actor.name}): mention [${m.start}, ${m.end})`);
    }
  }
}

// Invented names: three syllables of 22 give 10,648 distinct surnames.
const SYLLABLES = ['ba', 'ko', 'ri', 've', 'lu', 'ta', 'mo', 'ne', 'si', 'da', 'fe', 'gu', 'ho', 'ja', 'pe', 'zo', 'wi', 'cha', 'tre', 'yl', 'qua', 'sto'];
const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);
const syllable = (i: number, place: number) => SYLLABLES[Math.floor(i / 22 ** place) % 22];
const surname = (i: number) => `${capitalised(syllable(i, 0) + syllable(i, 1) + syllable(i, 2))}ov`;
const givenName = (i: number) => `${capitalised(syllable(i * 7, 0) + syllable(i, 1))}a`;
const fullName = (i: number) => `${givenName(i)} ${surname(i)}`;

function namesArticle(n: number): string {
  return Array.from({ length: n }, (_, i) => `${fullName(i)} said the plan was fine.`).join(' ');
}

function companyArticle(n: number): string {
  return 'The company said it was fine. '.repeat(n);
}

describe('resolution: linear in hostile input', function () {
  this.timeout(4 * DEADLINE_MS);
  let worker: TimingWorker;
  before(() => { worker = new TimingWorker(require.resolve('../../../../src/engine')); });
  after(() => worker?.close());

  it('the fixture holds 10,000 distinct names', () => {
    assert.equal(new Set(Array.from({ length: 10_000 }, (_, i) => fullName(i))).size, 10_000);
  });

  it('10,000 distinct invented names: one person each, every claim spoken, time linear', async () => {
    const small = namesArticle(2_500);
    const large = namesArticle(10_000);
    const a = await worker.run(small);
    const b = await worker.run(large);
    for (const [text, run, n] of [[small, a, 2_500], [large, b, 10_000]] as const) {
      assertMentionsReadBack(text, run.analysis);
      assert.equal(run.analysis.actors.length, n);
      assert.ok(run.analysis.actors.every((x) => x.kind === 'person' && x.named && x.mentions.length === 1));
      assert.equal(run.analysis.claims.length, n);
      assert.ok(run.analysis.claims.every((c) => c.actor !== null));
    }
    assert.equal(b.analysis.actors[9_999].name, fullName(9_999));
    assert.ok(b.ms <= FACTOR * a.ms + SLACK_MS, `2,500 names: ${a.ms.toFixed(1)} ms; 10,000 names: ${b.ms.toFixed(1)} ms`);
  });

  it('5,000 × "The company said it was fine.": one unnamed company with every mention, time linear', async () => {
    const small = companyArticle(1_250);
    const large = companyArticle(5_000);
    const a = await worker.run(small);
    const b = await worker.run(large);
    for (const [text, run, n] of [[small, a, 1_250], [large, b, 5_000]] as const) {
      assertMentionsReadBack(text, run.analysis);
      assert.equal(run.analysis.actors.length, 1);
      const [company] = run.analysis.actors;
      assert.equal(company.name, 'company');
      assert.equal(company.named, false);
      assert.equal(company.mentions.length, n);
      assert.equal(run.analysis.claims.length, n);
      assert.ok(run.analysis.claims.every((c) => c.actor === company.id));
    }
    assert.ok(b.ms <= FACTOR * a.ms + SLACK_MS, `1,250 sentences: ${a.ms.toFixed(1)} ms; 5,000: ${b.ms.toFixed(1)} ms`);
  });

  it('one titled run of 8,000 capitalised words: every mention read back, time linear', async () => {
    const run = (n: number) => `Mr. ${Array.from({ length: n }, (_, i) => capitalised(syllable(i, 0) + syllable(i, 1) + syllable(i, 2))).join(' ')} said “so.” Ana Ruiz agreed.`;
    const small = run(2_000);
    const large = run(8_000);
    const a = await worker.run(small);
    const b = await worker.run(large);
    assertMentionsReadBack(small, a.analysis);
    assertMentionsReadBack(large, b.analysis);
    assert.ok(b.ms <= FACTOR * a.ms + SLACK_MS, `2,000 words: ${a.ms.toFixed(1)} ms; 8,000 words: ${b.ms.toFixed(1)} ms`);
  });
});
