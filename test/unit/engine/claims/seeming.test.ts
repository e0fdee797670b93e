/**
 * Seeming (claims/seeming.ts): hedges name no holder of the impression; "X seemed to suggest …" is X's hedged claim.
 * Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

function seeming(text: string) {
  const a = analyze(text);
  const claim = a.claims.find((c) => c.cue && /^(?:seem|appear)/i.test(c.cue.text));
  if (!claim) return null;
  return { content: claim.content.text, cue: claim.cue!.text, source: claim.source?.text ?? null, sourcing: claim.sourcing };
}

describe('claims: seeming', () => {
  it('gives "X seemed to suggest that …" to X, with the reporting verb in the cue', () => {
    assert.deepEqual(seeming('Tom Hale seemed to suggest on Monday that the port would close.'),
      { content: 'that the port would close', cue: 'seemed to suggest', source: 'Tom Hale', sourcing: 'named' });
    assert.deepEqual(seeming('In an interview, Ana Ruiz appeared to blame the ferry staff.'),
      { content: 'the ferry staff', cue: 'appeared to blame', source: 'Ana Ruiz', sourcing: 'named' });
  });

  it('keeps a hedge with a reporting verb but nothing reported as a hedge of the whole clause', () => {
    assert.deepEqual(seeming('The voters of Riverton seem to agree.'),
      { content: 'The voters of Riverton seem to agree', cue: 'seem', source: null, sourcing: 'none' });
  });

  it('keeps a hedged state before a reporting verb as the hedge, not the subject\'s report', () => {
    const text = 'The Riverton judges seemed ready to declare that the fee is void.';
    assert.deepEqual(seeming(text),
      { content: 'The Riverton judges seemed ready to declare that the fee is void', cue: 'seemed', source: null, sourcing: 'none' });
    assert.ok(!analyze(text).claims.some((c) => c.sourcing !== 'none'));
    assert.equal(seeming('Tom Hale appears more willing to endorse the levy.')?.sourcing, 'none');
    assert.equal(analyze('Ana Ruiz was ready to declare that the fee is void.').claims[0]?.sourcing, 'named');
  });

  it('reads a hedged state: an adjective, a participle or "like" after the verb', () => {
    assert.deepEqual(seeming('The council seemed ready to give in, and the port stayed shut.'),
      { content: 'The council seemed ready to give in', cue: 'seemed', source: null, sourcing: 'none' });
    assert.equal(seeming('The mayor’s team appeared paralyzed.')?.content, 'The mayor’s team appeared paralyzed');
    assert.equal(seeming('It seemed like the vote was lost.')?.content, 'the vote was lost');
  });

  it('makes no claim of an appearance or a non-finite use', () => {
    for (const text of ['Tom Hale appeared on television on Monday.', 'Ana Ruiz appeared at the rally.',
      'Hale wants to seem calm.', 'Ruiz is scheduled to appear before the board.']) {
      assert.equal(seeming(text), null, text);
    }
  });

  it('reads a comparative or "likely" the tagger calls an adverb as a hedged state, not a time or a manner', () => {
    assert.deepEqual(seeming('The Riverton council appeared closer to a deal.'),
      { content: 'The Riverton council appeared closer to a deal', cue: 'appeared', source: null, sourcing: 'none' });
    assert.deepEqual(seeming('Tom Hale seems unlikely to run again.'),
      { content: 'Tom Hale seems unlikely to run again', cue: 'seems', source: null, sourcing: 'none' });
    for (const text of ['Ana Ruiz appeared later at the rally.', 'Tom Hale appeared together with the mayor.']) assert.equal(seeming(text), null, text);
  });

  it('reads "it appears, though, that …" past a short aside', () => {
    assert.deepEqual(seeming('It appears, though, that the ferry vote was close.'),
      { content: 'the ferry vote was close', cue: 'appears', source: null, sourcing: 'none' });
  });

  it('reads "it seems" and "it would seem as if" before a clause with its own subject and verb', () => {
    assert.deepEqual(seeming('It seems the Lowell board has too many members.'),
      { content: 'the Lowell board has too many members', cue: 'seems', source: null, sourcing: 'none' });
    assert.deepEqual(seeming('It would seem as if her plan is to wait.'),
      { content: 'her plan is to wait', cue: 'seem', source: null, sourcing: 'none' });
    assert.equal(seeming('It seems a shame.'), null);
  });

  it('opens a hedge after a relative pronoun with that pronoun', () => {
    assert.deepEqual(seeming('Ana Ruiz, who seems worried about the vote, has not spoken.'),
      { content: 'who seems worried about the vote', cue: 'seems', source: null, sourcing: 'none' });
  });

  it('keeps "it seems that …" over an attribution inside its clause', () => {
    const a = analyze('It seems that Ana Ruiz told the board the ferry was late.');
    assert.deepEqual(seeming('It seems that Ana Ruiz told the board the ferry was late.'),
      { content: 'Ana Ruiz told the board the ferry was late', cue: 'seems', source: null, sourcing: 'none' });
    assert.equal(a.claims.length, 1);
  });

  it('reads a verb of the senses as a hedge of a state only: "sounds reasonable", "looked tired", "it looks like …"', () => {
    const hedge = (text: string) => analyze(text).claims.map((c) => [c.content.text, c.cue?.text, c.sourcing]);
    assert.deepEqual(hedge('The Riverton plan sounds reasonable.'), [['The Riverton plan sounds reasonable', 'sounds', 'none']]);
    assert.deepEqual(hedge('Tom Hale looked tired.'), [['Tom Hale looked tired', 'looked', 'none']]);
    assert.deepEqual(hedge('It looks like the ferry will close.'), [['the ferry will close', 'looks like', 'none']]);
    assert.deepEqual(hedge('Ana Ruiz looked at the dam.'), []);
    assert.ok(!analyze('The Lowell firm looks to expand.').claims.some((c) => c.sourcing === 'none'));
    assert.equal(analyze('Ana Ruiz sounded the alarm about the dam.').claims[0]?.sourcing, 'named');
  });

  it('reads a manner adverb before the state, an indefinite noun after "seem", and ends the clause at a colon', () => {
    assert.deepEqual(seeming('The Lowell levy might seem profoundly unfair, but it passed.'),
      { content: 'The Lowell levy might seem profoundly unfair', cue: 'seem', source: null, sourcing: 'none' });
    assert.deepEqual(seeming('For Hale, the returns seemed a reminder that rallies are not enough.'),
      { content: 'the returns seemed a reminder that rallies are not enough', cue: 'seemed', source: null, sourcing: 'none' });
    assert.deepEqual(seeming('Ana Ruiz seemed irritated: “It is a public statement,” she said.'),
      { content: 'Ana Ruiz seemed irritated', cue: 'seemed', source: null, sourcing: 'none' });
    assert.equal(seeming('Tom Hale appeared a day later at the rally.'), null);
  });
});
