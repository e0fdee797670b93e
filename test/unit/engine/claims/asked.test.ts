/**
 * Questions and requests (claims/asked.ts): who asks, and which words are the claim. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

/** The claim whose cue is a form of "ask": its content, source phrase and sourcing. */
function asked(text: string) {
  const a = analyze(text);
  const claim = a.claims.find((c) => c.cue && /^ask/i.test(c.cue.text));
  assert.ok(claim, `no "ask" claim in: ${JSON.stringify(a.claims.map((c) => [c.cue?.text, c.content.text]))}`);
  return { content: claim.content.text, source: claim.source?.text ?? null, sourcing: claim.sourcing };
}

describe('claims: questions and requests', () => {
  it('gives a fronted "Asked whether …" question no source, and ends it before the main clause', () => {
    assert.deepEqual(asked('Asked whether she would run again, Ana Ruiz said no.'),
      { content: 'whether she would run again', source: null, sourcing: 'none' });
    assert.deepEqual(asked('Asked about the ferry, Tom Hale declined to comment.'), { content: 'the ferry', source: null, sourcing: 'none' });
  });

  it('ends a fronted question at its quote when the main clause follows', () => {
    assert.equal(asked('Asked whether Hale “has the votes to win,” most voters said yes.').content, 'whether Hale “has the votes to win,”');
  });

  it('keeps the speaker’s own claim beside the question put to them', () => {
    const a = analyze('“It is fine,” Ruiz said when asked about the budget.');
    assert.equal(asked('“It is fine,” Ruiz said when asked about the budget.').content, 'the budget');
    assert.ok(a.claims.some((c) => c.cue?.text === 'said' && c.content.text === '“It is fine,”'));
  });

  it('reads a passive question or request, naming the one who asked after "by"', () => {
    assert.deepEqual(asked('Tom Hale was asked to name a single win of the council.'),
      { content: 'to name a single win of the council', source: null, sourcing: 'none' });
    assert.deepEqual(asked('Ana Ruiz was asked by host Tom Hale whether the port would open.'),
      { content: 'whether the port would open', source: 'host Tom Hale', sourcing: 'named' });
    assert.equal(asked('Ruiz was asked by a caller why young people leave Riverton.').content, 'why young people leave Riverton');
  });

  it('reads an active question after its hearer, and a request with its hearer', () => {
    assert.deepEqual(asked('Later, Ana Ruiz asked the mayor about the ferry dispute.'),
      { content: 'the ferry dispute', source: 'Ana Ruiz', sourcing: 'named' });
    assert.equal(asked('Tom Hale asked the council whether the port would open.').content, 'whether the port would open');
    assert.equal(asked('Tom Hale asked the council to reopen the library.').content, 'the council to reopen the library');
  });

  it('ends a request before a second predicate of the one who asked', () => {
    assert.equal(asked('Tom Hale has asked the council to drop the levy and has since called it unfair.').content,
      'the council to drop the levy');
  });

  it('ends a request at a comma that opens a clause of its own', () => {
    assert.equal(asked('Since June, when he asked supporters to run for office, at least 200 said they would.').content,
      'supporters to run for office');
  });

  it('tells a participle after a clause or a subject from a verb after an appositive', () => {
    assert.deepEqual(asked('Tom Hale, asked about the delay, said it was fine.'), { content: 'the delay', source: null, sourcing: 'none' });
    assert.deepEqual(asked('“It has been years,” Hale said, asked about the delay.'), { content: 'the delay', source: null, sourcing: 'none' });
    assert.equal(asked('A reporter, Mia Lund, asked whether the plant would close.').sourcing, 'named');
  });

  it('makes no question of "asked about" with no hearer, and leaves a quoted question to the general drafting', () => {
    assert.ok(!analyze('Nobody asked about the delay.').claims.length);
    assert.deepEqual(asked('“Why now?” Tom Hale asked.'), { content: '“Why now?”', source: 'Tom Hale', sourcing: 'named' });
  });

  it('keeps spans exact', () => {
    const text = 'Asked whether the port opens, Hale said no. Ruiz was asked by a caller why. Hale asked Ruiz to leave.';
    for (const c of analyze(text).claims) assert.equal(text.slice(c.content.start, c.content.end), c.content.text);
  });

  it('stays linear on hostile input', () => {
    const time = (n: number) => {
      const text = 'Asked whether asked about, asked by asked to ask when asked why, '.repeat(n);
      const started = process.hrtime.bigint();
      analyze(text);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    time(200);
    const small = time(500);
    const large = time(4000);
    assert.ok(large < small * 8 * 3 + 50, `8× input took ${(large / small).toFixed(1)}× the time`);
  });
});
