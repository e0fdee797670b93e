/**
 * Robustness of analyze(): random text (fast-check) and hostile fixed cases must never throw, must finish, and
 * must give a well-formed, deterministic result. Hostile cases run in a worker thread with a deadline, so a
 * hang fails the test instead of freezing the suite (the deadline is a hang guard, not a speed target).
 */
import * as assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { analyze } from '../../src/engine';
import type { Analysis, Span } from '../../src/engine/types';
import { findQuotes } from '../../src/engine/quotes';
import { tokenize } from '../../src/engine/tokens';
import { buildSentences, markQuotedTokens } from '../../src/engine/units';
import { draftSentenceClaims, DraftClaim } from '../../src/engine/claims';

const CLAIM_KINDS = new Set(['direct', 'mixed', 'indirect']);
const ACTOR_KINDS = new Set(['person', 'organization', 'place', 'group']);

/** Every invariant of the output format that holds for any input. Throws an AssertionError naming the first break. */
function assertWellFormed(text: string, a: Analysis): void {
  assert.ok(a && Array.isArray(a.actors) && Array.isArray(a.claims), 'analysis must have actors and claims arrays');
  const checkSpan = (s: Span, what: string) => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: [${s.start}, ${s.end}) outside 0..${text.length}`);
    assert.equal(s.text, text.slice(s.start, s.end), `${what}: text does not read back from the offsets`);
  };
  const actorIds = new Set<string>();
  for (const actor of a.actors) {
    assert.ok(typeof actor.id === 'string' && !actorIds.has(actor.id), `actor id ${actor.id} missing or repeated`);
    actorIds.add(actor.id);
    assert.ok(typeof actor.name === 'string' && actor.name.trim().length > 0, `actor ${actor.id}: empty name`);
    assert.ok(ACTOR_KINDS.has(actor.kind), `actor ${actor.id}: kind ${actor.kind}`);
    assert.ok(actor.role === null || typeof actor.role === 'string', `actor ${actor.id}: role`);
    actor.mentions.forEach((m, i) => checkSpan(m, `actor ${actor.id} mention ${i}`));
  }
  const claimIds = new Set<string>();
  for (const c of a.claims) {
    assert.ok(typeof c.id === 'string' && !claimIds.has(c.id), `claim id ${c.id} missing or repeated`);
    claimIds.add(c.id);
    assert.ok(CLAIM_KINDS.has(c.kind), `claim ${c.id}: kind ${c.kind}`);
    assert.ok(c.actor === null || actorIds.has(c.actor), `claim ${c.id}: actor ${c.actor} is not an actor id`);
    assert.ok(typeof c.confidence === 'number' && c.confidence >= 0 && c.confidence <= 1, `claim ${c.id}: confidence ${c.confidence}`);
    assert.equal(typeof c.evidence, 'string', `claim ${c.id}: evidence`);
    checkSpan(c.content, `claim ${c.id} content`);
    if (c.cue) checkSpan(c.cue, `claim ${c.id} cue`);
    if (c.source) checkSpan(c.source, `claim ${c.id} source`);
    c.quotes.forEach((q, i) => {
      checkSpan(q, `claim ${c.id} quote ${i}`);
      assert.ok(q.start >= c.content.start && q.end <= c.content.end, `claim ${c.id} quote ${i} lies outside the content`);
    });
    assert.ok(c.parts.length > 0, `claim ${c.id}: no parts`);
    c.parts.forEach((p, i) => {
      checkSpan(p, `claim ${c.id} part ${i}`);
      assert.ok(p.start >= c.content.start && p.end <= c.content.end && p.end > p.start, `claim ${c.id} part ${i} lies outside the content`);
      assert.ok(i === 0 || p.start >= c.parts[i - 1].end, `claim ${c.id} part ${i} overlaps the part before`);
    });
  }
}

// ---- random text ------------------------------------------------------------------------------------------

/** Any UTF-16 code unit, lone surrogates included (fast-check's own units only make valid code points). */
const codeUnit = fc.nat({ max: 0xffff }).map((n) => String.fromCharCode(n));

/** Article-like noise: reporting words and names among quote marks of every kind, line breaks and odd characters. */
const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', '「', '」') },
  { weight: 4, arbitrary: fc.constantFrom('said', 'says', ' told reporters ', 'according to', 'Mr.', 'Dr. Ana Ruiz', 'He', 'she',
    'the ministry', 'noted that', 'President Lee', ',', '.', ':', ' — ', '(', ')', 'U.S.', "Ruiz's") },
  { weight: 4, arbitrary: fc.constantFrom(' ', '\n', '\r\n', '\n\n', '\r\n\r\n', '\t', '\r', '\u00a0') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u200b', '\u200d', '\ufeff', '\u202e', '\u2028', '\u2029', '\ufffd') },
  { weight: 1, arbitrary: fc.constantFrom('😀', '👩‍👩‍👧', '🇺🇦', 'שלום עולם', 'قال الوزير', '\u05d0“\u05d1”', '\ud800', '\udfff', 'e\u0301') },
);
const articleNoise = fc.array(fragment, { maxLength: 120 }).map((parts) => parts.join(''));

describe('robustness: random text', function () {
  this.timeout(120_000);

  it('gives a well-formed result for article-like noise full of quote marks', () => {
    fc.assert(fc.property(articleNoise, (text) => { assertWellFormed(text, analyze(text)); }), { numRuns: 400 });
  });

  it('gives a well-formed result for the noise the property once failed on (a quote mark run before a cue)', () => {
    for (const text of ['#“““" told reporters ', '“““" said ', '#“““"” said Ana Ruiz']) assertWellFormed(text, analyze(text));
  });

  it('gives a well-formed result for arbitrary UTF-16 strings', () => {
    fc.assert(fc.property(fc.string({ unit: codeUnit, maxLength: 300 }), (text) => { assertWellFormed(text, analyze(text)); }), { numRuns: 300 });
  });

  it('is deterministic: the same text gives deep-equal results', () => {
    fc.assert(fc.property(articleNoise, (text) => { assert.deepStrictEqual(analyze(text), analyze(text)); }), { numRuns: 100 });
  });
});

// ---- hostile fixed cases, in a worker with a deadline -------------------------------------------------------

const DEADLINE_MS = 20_000;

/** Texts written for this test; each stresses one way an attribution engine can break or loop. */
function hostileCases(): Array<[string, string]> {
  const sentence = 'Mr. Ruiz said “the plan works,” and she noted that it was fine, according to the ministry. ';
  return [
    ['empty string', ''],
    ['only whitespace', ' \n\t\r\n \u00a0 '.repeat(2_000)],
    ['unbalanced quotes', '“He said it was fine. Mr. Smith said “yes and “no. She added: “'.repeat(300)],
    ['mismatched quotes', '«Hello” said Ana. “Bye» said Bo. "x’ ‘y" said Cy. „Z“ ‹w› '.repeat(300)],
    ['10,000 opening quote marks', '“'.repeat(10_000)],
    ['10,000 alternating quote marks with words', '“a” "b said '.repeat(2_500)],
    ['10,000 straight quotes', '"'.repeat(10_000)],
    ['1 MB without a newline', sentence.repeat(Math.ceil(1_000_000 / sentence.length))],
    ['lone surrogates', '\ud800 said \udc00 “\ud83d” Mr. \udfff Lee told\ud83d'.repeat(500)],
    ['NUL bytes', `${'\u0000'.repeat(10_000)}Ms. Ola Ng said “no.”\u0000${'\u0000 '.repeat(5_000)}`],
    ['control characters', Array.from({ length: 32 }, (_, i) => `${String.fromCharCode(i)}said “x${String.fromCharCode(i)}” Dr. Ray`).join('').repeat(50)],
    ['100k-character single word', 'a'.repeat(100_000)],
    ['100k-character capitalised word', `Mr. ${'Q'.repeat(100_000)} said “so.”`],
    ['name repeated 20k times', 'Smith '.repeat(20_000)],
    ['CRLF article', ['Senator Ana Ruiz spoke on Monday.', '“We will vote,” she said.', '', '“Then we will see.”', 'Aides said talks would go on.'].join('\r\n').repeat(200)],
    ['emoji and right-to-left text', '“שלום 😀 עולם,” said 🇺🇦 Dr. Amal Haddad, قال الوزير ‏“مرحبا”‎ 👩‍👩‍👧. '.repeat(500)],
    ['a quote that never closes over many paragraphs', `Mr. Lee said:\n${'“This paragraph opens and never closes.\n'.repeat(2_000)}`],
  ];
}

interface WorkerReply { id: number; analysis?: Analysis; deterministic?: boolean; error?: string }

/**
 * One worker thread that analyses texts on request (twice, to check determinism). `run` rejects when the worker
 * does not answer before the deadline, and then terminates it: a hang fails instead of blocking mocha.
 */
class AnalysisWorker {
  private worker: Worker;
  private waiting = new Map<number, (reply: WorkerReply) => void>();
  private nextId = 0;

  constructor(enginePath: string) {
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const { isDeepStrictEqual } = require('node:util');
      const { analyze } = require(workerData);
      parentPort.on('message', ({ id, text }) => {
        try {
          const first = analyze(text);
          parentPort.postMessage({ id, analysis: first, deterministic: isDeepStrictEqual(first, analyze(text)) });
        } catch (error) {
          parentPort.postMessage({ id, error: String(error && error.stack || error) });
        }
      });`;
    this.worker = new Worker(source, { eval: true, workerData: enginePath });
    this.worker.on('message', (reply: WorkerReply) => this.waiting.get(reply.id)?.(reply));
    this.worker.on('error', (error) => { for (const resolve of this.waiting.values()) resolve({ id: -1, error: String(error) }); });
  }

  run(text: string, deadlineMs: number): Promise<WorkerReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        void this.worker.terminate();
        reject(new Error(`analyze did not finish within ${deadlineMs / 1000} s (hang guard)`));
      }, deadlineMs);
      this.waiting.set(id, (reply) => { clearTimeout(timer); this.waiting.delete(id); resolve(reply); });
      this.worker.postMessage({ id, text });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

describe('robustness: hostile text', function () {
  // Two analyses per case within the deadline each, on a shared two-core machine.
  this.timeout(2 * DEADLINE_MS + 5_000);
  let worker: AnalysisWorker;
  before(() => { worker = new AnalysisWorker(require.resolve('../../src/engine')); });
  after(() => worker?.close());

  for (const [name, text] of hostileCases()) {
    it(`${name} (${text.length.toLocaleString('en')} chars): no throw, finishes, well-formed, deterministic`, async () => {
      const reply = await worker.run(text, 2 * DEADLINE_MS);
      assert.equal(reply.error, undefined, `analyze threw: ${reply.error}`);
      assertWellFormed(text, reply.analysis!);
      assert.equal(reply.deterministic, true, 'two runs on the same text differ');
    });
  }
});

describe('robustness: bad arguments', () => {
  it('rejects a non-string with a TypeError or answers with an empty result, never another crash', () => {
    for (const bad of [undefined, null, 42, {}, ['text']] as unknown[]) {
      try {
        assert.deepEqual(analyze(bad as string), { actors: [], claims: [] });
      } catch (error) {
        assert.ok(error instanceof TypeError, `${JSON.stringify(bad)}: ${String(error)}`);
      }
    }
  });

  it('returns an empty result for a text over maxLength instead of analysing it', () => {
    assert.deepEqual(analyze('Mr. Ruiz said “the plan works.”', { maxLength: 10 }), { actors: [], claims: [] });
  });

  it('has an invariant check that catches broken output', () => {
    const text = 'Ana said “hi.”';
    const claim = { id: 'c1', actor: null, kind: 'mixed' as const, sourcing: 'none' as const, content: { start: 9, end: 14, text: '“hi.”' },
      parts: [{ start: 9, end: 14, text: '“hi.”' }], quotes: [], cue: null, source: null, confidence: 0.5, evidence: '' };
    assert.doesNotThrow(() => assertWellFormed(text, { actors: [], claims: [claim] }));
    const broken: Array<[Partial<typeof claim> & Record<string, unknown>, RegExp]> = [
      [{ content: { start: 9, end: 13, text: '“hi.”' } }, /does not read back/],
      [{ content: { start: 9, end: 99, text: '“hi.”' } }, /outside/],
      [{ quotes: [{ start: 0, end: 3, text: 'Ana' }] } as never, /quote 0 lies outside the content/],
      [{ parts: [{ start: 0, end: 3, text: 'Ana' }] }, /part 0 lies outside the content/],
      [{ actor: 'a9' } as never, /not an actor id/],
      [{ confidence: 1.5 }, /confidence/],
    ];
    for (const [change, message] of broken) {
      assert.throws(() => assertWellFormed(text, { actors: [], claims: [{ ...claim, ...change }] }), message);
    }
    assert.throws(() => assertWellFormed(text, { actors: [], claims: [claim, claim] }), /repeated/);
  });
});

/** The draft claims of a text's sentences before speakers are resolved, as analyze() makes them. */
function draftClaims(text: string): DraftClaim[] {
  const { tokens, sentences: rawSentences } = tokenize(text);
  const quotes = findQuotes(text);
  markQuotedTokens(tokens, quotes);
  const sentences = buildSentences(text, tokens, rawSentences, quotes);
  return sentences.flatMap((s, i) => draftSentenceClaims(tokens, quotes, s, i, sentences[i + 1]));
}

describe('robustness: work grows with the text, not its square', () => {
  it('drafts a sentence of coordinated "that" clauses in a number of claims that grows with its cues', () => {
    const unit = 'Ruiz said that it works and that it holds and ';
    const small = draftClaims(unit.repeat(100)).length;
    const large = draftClaims(unit.repeat(400)).length;
    assert.ok(large <= 4 * small + 10, `100 cues: ${small} drafts, 400 cues: ${large}`);
  });
});

describe('robustness: short texts found by fuzzing', () => {
  it('does not throw on a lone colon before a quote in the next paragraph', () => {
    const text = ':\n\n““';
    assertWellFormed(text, analyze(text));
  });
});

describe('robustness: very many quotes', () => {
  it('finds 150,000 quotes of one paragraph without overflowing the stack', () => {
    assert.equal(findQuotes('“a” '.repeat(150_000)).length, 150_000);
  });
});
