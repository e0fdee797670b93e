/**
 * Asides between a subject and its cue (claims/subjects.ts, claims/context.ts, claims/index.ts): a relative
 * clause after a common noun ("The striker, who joined in May, said"), British spaced en dashes around an aside,
 * and a pronoun after the cue that opens the content ("said he was") rather than an inverted subject. Also the
 * platform "X" (names.ts), never a person. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { speakerOf } from '../resolution/helpers';
import { isSpacedHyphen, tokenize } from '../../../../src/engine/tokens';

function claimsOf(text: string): string[] {
  const a = analyze(text);
  return a.claims.map((c) => `${a.actors.find((x) => x.id === c.actor)?.name ?? '∅'}: ${c.content.text}`);
}

describe('asides between a subject and its cue', () => {
  it('gives "The striker, who joined in May, said he was delighted" to the striker, with the clause after "said"', () => {
    assert.deepEqual(claimsOf('The striker, who joined in May, said he was delighted.'), ['striker: he was delighted']);
  });

  it('does not read "said he was …" as an inverted "he said" when no subject is found before the cue', () => {
    // The tagger reads "forward" as an adverb, so no subject is found: better no claim than the words before "said"
    // given to "he".
    assert.ok(!claimsOf('The forward, who joined in May, said he was delighted.').some((c) => c.includes('The forward, who joined')));
  });

  it('still reads an inverted pronoun after a quote: "“We won,” said he."', () => {
    const a = analyze('Tom Hale spoke after the match. “We won,” said he.');
    assert.equal(speakerOf(a, 'We won'), 'Tom Hale');
  });

  it('reads an aside between hyphens typed for dashes like one between commas; a hyphen inside a word is none', () => {
    assert.deepEqual(claimsOf('Ana Ruiz - who won gold in 2016 - said she was retiring.'), ['Ana Ruiz: she was retiring']);
    const { tokens } = tokenize('It ended 3 - 1, a well-known paper said.');
    assert.deepEqual(tokens.filter((t) => t.text === '-').map((t) => isSpacedHyphen(t)), [true, false]);
  });

  it('reads a British aside between spaced en dashes like one between commas', () => {
    assert.deepEqual(claimsOf('Ana Ruiz – who won gold in 2016 – said she was retiring.'), ['Ana Ruiz: she was retiring']);
    assert.deepEqual(claimsOf('Ana Ruiz – the former champion – said she was retiring.'), ['Ana Ruiz: she was retiring']);
  });
});

describe('the platform X', () => {
  it('is no person the senator could be: "In a post on X, the senator wrote …"', () => {
    const a = analyze('In a post on X, the senator wrote that the vote was a disgrace.');
    assert.equal(speakerOf(a, 'the vote was a disgrace'), 'senator');
    assert.ok(!a.actors.some((x) => x.name === 'X' && x.kind === 'person'), JSON.stringify(a.actors.map((x) => [x.name, x.kind])));
  });
});

describe('a clause of time or condition before the subject', () => {
  it('gives "… until the Kestrel government agreed to pay" to the government, not to the place before "until"', () => {
    const a = analyze('The border stayed closed to trucks from Riverton until the Kestrel government agreed to pay for the wall.');
    assert.equal(speakerOf(a, 'to pay for the wall')?.toLowerCase(), 'kestrel government');
  });

  it('reads the noun after "as" as the subject of its clause: "… took place as a new poll showed …"', () => {
    const a = analyze('The debate took place as a new poll showed Ana Ruiz moving ahead of Tom Hale.');
    assert.deepEqual(a.claims.map((c) => c.source?.text), ['a new poll']);
  });

  it('still reads people at a body as the people: "Officials at the ministry said"', () => {
    assert.equal(speakerOf(analyze('Officials at the ministry said the plan was sound.'), 'the plan was sound'), 'officials');
  });
});

describe('a time between the subject and its verb', () => {
  it('reads "A Kestrel poll out Monday showed …" and "A Kestrel poll in January shows …" with the poll as subject', () => {
    for (const text of ['A Kestrel poll out Monday showed Ana Ruiz with a healthy lead.', 'A Kestrel poll in January shows Ana Ruiz with a healthy lead.']) {
      const a = analyze(text);
      assert.deepEqual(a.claims.map((c) => c.source?.text), ['A Kestrel poll'], text);
    }
  });
});
