/**
 * Doubts and criticism told through a noun (claims/nounFrames.ts): the frame decides who holds them, and the claim
 * is what they are about. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

function claimOf(text: string, cue: string) {
  const a = analyze(text);
  const claim = a.claims.find((c) => c.cue?.text === cue);
  assert.ok(claim, `no claim with cue “${cue}”: ${JSON.stringify(a.claims.map((c) => [c.cue?.text, c.content.text]))}`);
  const actor = a.actors.find((x) => x.id === claim.actor);
  return { content: claim.content.text, sourcing: claim.sourcing, speaker: actor?.name ?? null };
}

describe('claims: doubts and criticism in a noun frame', () => {
  it('gives "there are concerns that …" and "amid fears that …" no source', () => {
    assert.deepEqual(claimOf('There are growing concerns that the Riverton dam will fail.', 'are growing concerns'),
      { content: 'the Riverton dam will fail', sourcing: 'none', speaker: null });
    assert.deepEqual(claimOf('Amid fears that the dam could fail, residents left Riverton.', 'Amid fears'),
      { content: 'the dam could fail', sourcing: 'none', speaker: null });
  });

  it('ends a background phrase that opens the sentence at its comma, though the tagger reads "that" as a pronoun', () => {
    assert.equal(claimOf('Despite complaints that he is a crank, Tom Hale won.', 'Despite complaints').content, 'he is a crank');
  });

  it('gives questions raised by a person to that person, and those raised by a thing to nobody', () => {
    assert.deepEqual(claimOf('Ana Ruiz raised questions about the harbor budget.', 'raised questions'),
      { content: 'the harbor budget', sourcing: 'named', speaker: 'Ana Ruiz' });
    assert.deepEqual(claimOf('The audit raised new questions about the harbor budget.', 'raised new questions'),
      { content: 'the harbor budget', sourcing: 'none', speaker: null });
    assert.equal(claimOf('The vote stoked speculation that Ruiz will run.', 'stoked speculation').content, 'Ruiz will run');
  });

  it('reads a received criticism: the critic after "from", the claim its reason or else the criticised subject', () => {
    assert.deepEqual(claimOf('The council has faced criticism for the long delay.', 'faced criticism'),
      { content: 'the long delay', sourcing: 'none', speaker: null });
    assert.deepEqual(claimOf('The ferry plan drew sharp criticism from Tom Hale.', 'drew sharp criticism'),
      { content: 'The ferry plan', sourcing: 'named', speaker: 'Tom Hale' });
    assert.equal(claimOf('The work of the firm in Bayside has come under scrutiny.', 'under scrutiny').content, 'The work of the firm in Bayside');
  });

  it('reads the idioms of criticism received, "took heat for", "came under fire for", "endured criticism for"', () => {
    assert.deepEqual(claimOf('Ana Ruiz took heat for her vote on the Riverton levy.', 'took heat'),
      { content: 'her vote on the Riverton levy', sourcing: 'none', speaker: null });
    assert.equal(claimOf('The harbor board came under fire for the late repairs.', 'under fire').content, 'the late repairs');
    assert.equal(claimOf('Tom Hale has endured criticism for the ferry deal.', 'endured criticism').content, 'the ferry deal');
    for (const text of ['Firefighters took the fire seriously.', 'The crew took heat readings in Riverton.', 'The fire spread fast.']) {
      assert.ok(!analyze(text).claims.some((c) => c.sourcing === 'none'), text);
    }
  });

  it('reads doubts a subject receives, "faced questions about", "facing accusations of", as held by nobody named', () => {
    assert.deepEqual(claimOf('With Ana Ruiz facing accusations of bribery, Tom Hale spoke.', 'facing accusations'),
      { content: 'bribery', sourcing: 'none', speaker: null });
    assert.equal(claimOf('Tom Hale has endured sharp questions about the levy.', 'endured sharp questions').content, 'the levy');
    assert.equal(claimOf('Tom Hale faced questions from Ana Ruiz about the levy.', 'faced questions').speaker, 'Ana Ruiz');
    assert.ok(!analyze('Ana Ruiz faced questions.').claims.some((c) => c.sourcing === 'none'));
  });

  it('reads a shared view after "there is", "there was broad agreement that …", and not an agreement as a document', () => {
    assert.deepEqual(claimOf('There was broad agreement that Riverton should fix the port.', 'was broad agreement'),
      { content: 'Riverton should fix the port', sourcing: 'none', speaker: null });
    assert.equal(claimOf('There is no consensus on the levy.', 'is no consensus').content, 'the levy');
    assert.ok(!analyze('The council raised agreement about the levy.').claims.some((c) => c.sourcing === 'none'));
  });

  it('makes no claim of a noun without its frame or its complement', () => {
    for (const text of ['The questions were easy.', 'Ana Ruiz answered questions about the budget.', 'There are concerns.',
      'Despite the complaints of critics, the port opened.', 'The concerns that he raised were minor.']) {
      assert.ok(!analyze(text).claims.some((c) => c.sourcing === 'none'), text);
    }
  });

  it('keeps a frame over an attribution nested in what the doubt is about', () => {
    const a = analyze('The rise of Ana Ruiz stoked speculation that she might offer herself as a candidate.');
    assert.deepEqual(claimOf('The rise of Ana Ruiz stoked speculation that she might offer herself as a candidate.', 'stoked speculation'),
      { content: 'she might offer herself as a candidate', sourcing: 'none', speaker: null });
    assert.equal(a.claims.length, 1);
  });

  it('reads a view stated after "is that" with no holder, and leaves a possessed view alone', () => {
    assert.deepEqual(claimOf('One view is that the Lowell judge never meant to jail her.', 'One view is'),
      { content: 'the Lowell judge never meant to jail her', sourcing: 'none', speaker: null });
    assert.deepEqual(claimOf('A second view, which I share, is that the judge changed his mind.', 'A second view, which I share, is'),
      { content: 'the judge changed his mind', sourcing: 'none', speaker: null });
    assert.deepEqual(claimOf('The hope has been that insurers would cut prices.', 'The hope has been'),
      { content: 'insurers would cut prices', sourcing: 'none', speaker: null });
    assert.deepEqual(claimOf('The key question is whether Ruiz will run.', 'The key question is'),
      { content: 'whether Ruiz will run', sourcing: 'none', speaker: null });
    assert.ok(!analyze('His view is that the levy failed.').claims.some((c) => c.sourcing === 'none'));
  });

  it('reads a view past a relative clause of only a verb group, and not past one with a subject of its own', () => {
    assert.deepEqual(claimOf('The question that remains is whether Riverton will pay.', 'The question that remains is'),
      { content: 'whether Riverton will pay', sourcing: 'none', speaker: null });
    assert.equal(claimOf('The fear that has surfaced is that the dam will fail.', 'The fear that has surfaced is').content, 'the dam will fail');
    assert.ok(!analyze('The idea that Tom Hale floated is that fares rise.').claims.some((c) => c.cue?.text.startsWith('The idea')));
  });
});
