/**
 * "According to" sources and "people familiar with" speakers (claims/subjects.ts): the source after "according to"
 * ends at its comma unless an appositive closes there; a phrase the tagger misreads before a name still names the
 * source; "…, people familiar with the talks said" gives the clause before it to those people. Every fixture text is
 * invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

function claimsOf(text: string): Array<[string | null, string, string | null]> {
  const a = analyze(text);
  return a.claims.map((c) => [a.actors.find((x) => x.id === c.actor)?.name ?? null, c.content.text, c.source?.text ?? null]);
}

describe('according to: where the source ends', () => {
  it('ends the source at its comma when the next words are the content ("Kestrel\'s share … fell")', () => {
    assert.deepEqual(claimsOf('According to Market Lens, Kestrel’s share of the market fell to 12 percent last year.'),
      [['Market Lens', 'Kestrel’s share of the market fell to 12 percent last year', 'Market Lens']]);
  });

  it('keeps an appositive that a comma closes ("According to Ana Ruiz, the mayor, …")', () => {
    assert.deepEqual(claimsOf('According to Ana Ruiz, the mayor, the deal is off.'), [['Ana Ruiz', 'the deal is off', 'Ana Ruiz, the mayor']]);
  });

  it('reads "research firm Market Lens" as the source although the tagger finds no noun phrase there', () => {
    assert.deepEqual(claimsOf('Sales fell, according to research firm Market Lens.').map((c) => c[0]), ['Market Lens']);
  });
});

describe('people familiar with', () => {
  it('gives "The deal is off, people familiar with the talks said" to those people, unnamed', () => {
    const a = analyze('The deal is off, people familiar with the talks said.');
    assert.deepEqual(a.claims.map((c) => [c.content.text, c.sourcing]), [['The deal is off', 'unnamed']]);
  });

  it('still reads "with" after a clause as an absolute clause: "Cases rose, with officials saying …"', () => {
    const a = analyze('Cases rose, with officials saying the peak was near.');
    assert.deepEqual(a.claims.map((c) => c.content.text), ['the peak was near']);
  });
});

describe('according to: a source with a modifier, set off by commas', () => {
  it('reads the clause after the aside as the second part of what was said', () => {
    const a = analyze('The levy, according to two officials familiar with the talks, will rise.');
    assert.equal(a.claims.length, 1);
    assert.deepEqual(a.claims[0].parts?.map((p) => p.text), ['The levy', 'will rise']);
    assert.equal(a.claims[0].source?.text, 'two officials familiar with the talks');
  });

  it('leaves a source at the sentence\'s end as it was', () => {
    const a = analyze('The dock will close, according to Ana Ruiz of the port board.');
    assert.deepEqual(a.claims.map((c) => c.content.text), ['The dock will close']);
  });
});
