/**
 * Speakers the tagger or the subject reader used to lose: a share of people before a cue word tagged as a noun
 * ("4 in 10 say", "most support"), a relative "who" before one, and people before a modifier at the end of the
 * sentence ("…, officials familiar with the plan said"). Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

function claims(text: string): Array<[string, string | undefined, string | undefined]> {
  return analyze(text).claims.map((c) => [c.content.text, c.cue?.text, c.source?.text]);
}

describe('cues: a share of people before a cue word the tagger reads as a noun', () => {
  it('reads "4 in 10 say" and "Four in 10 support" as verbs with the share as speaker', () => {
    assert.deepEqual(claims('About 4 in 10 say they want the next mayor to act.')[0], ['they want the next mayor to act', 'say', '4 in 10']);
    assert.deepEqual(claims('Four in 10 support a ban.'), [['a ban', 'support', 'Four in 10']]);
  });

  it('reads "Most support", but not "the most support", as a verb', () => {
    assert.deepEqual(claims('Most support the levy.'), [['the levy', 'support', 'Most']]);
    assert.deepEqual(claims('The most support came from Bayside.'), []);
  });

  it('reads "Others call it …" with "it" as the object of a verb', () => {
    assert.deepEqual(claims('Others call it the lazy tax.'), [['it the lazy tax', 'call', 'Others']]);
  });
});

describe('cues: "who" before a cue word the tagger reads as a noun', () => {
  it('reads "who support" as a verb with the relative pronoun’s antecedent speaking', () => {
    const found = claims('The board met many voters who support Ruiz.');
    assert.deepEqual(found.map(([, cue, source]) => [cue, source]), [['support', 'many voters who']]);
  });
});

describe('subjects: people before a modifier, after the content', () => {
  it('gives the clause before the comma to "officials familiar with the plan"', () => {
    assert.deepEqual(claims('Tom Hale will leave, officials familiar with the plan said.'), [['Tom Hale will leave', 'said', 'officials familiar with the plan']]);
  });

  it('accepts an object pronoun after the modifier ("a source close to him")', () => {
    assert.deepEqual(claims('Tom Hale will leave, a source close to him said.'), [['Tom Hale will leave', 'said', 'a source close to him']]);
  });

  it('keeps "with officials saying …" an absolute clause of its own', () => {
    assert.deepEqual(claims('Cases rose, with officials saying the clinic was full.'), [['the clinic was full', 'saying', 'officials']]);
  });
});

describe('subjects: people a relative clause describes', () => {
  it('gives the claim to the people before "who …", through "with" and a verb the tagger reads as a noun', () => {
    assert.deepEqual(claims('Officials who spoke with the Riverton Post said the board has become a shell.'),
      [['the board has become a shell', 'said', 'Officials']]);
    assert.deepEqual(claims('A man who lives nearby said the noise was constant.'), [['the noise was constant', 'said', 'A man']]);
  });
});

describe('content: who is to act, after a verb of wanting', () => {
  it('reads "want the board to resign" and "expects prices to fall" with the agent in the content', () => {
    assert.deepEqual(claims('Voters want the board to resign.'), [['the board to resign', 'want', 'Voters']]);
    assert.deepEqual(claims('Ana Ruiz expects prices to fall next year.'), [['prices to fall next year', 'expects', 'Ana Ruiz']]);
  });

  it('reads a noun phrase object as what is wanted, ending as an object does', () => {
    assert.deepEqual(claims('Tom Hale wants a new levy, and the board is divided.'), [['a new levy', 'wants', 'Tom Hale']]);
    assert.deepEqual(claims('Investors fear declining sales at the Riverton plant.').filter(([, cue]) => cue === 'declining'), []);
    assert.deepEqual(claims('Tom Hale wants it.'), []);
  });
});

describe('subjects: two speakers together, and a subject in -ing', () => {
  it('reads "Tom Hale and Ana Ruiz said" and "he and Mr. Allen said" after the content as one source', () => {
    assert.deepEqual(claims('The plan works, Tom Hale and Ana Ruiz said.'), [['The plan works', 'said', 'Tom Hale and Ana Ruiz']]);
    assert.deepEqual(claims('The plan works, he and Mr. Allen said.'), [['The plan works', 'said', 'he and Mr. Allen']]);
  });

  it('does not split "Federal and state officials" into two speakers', () => {
    assert.deepEqual(claims('Federal and state officials said the two raised money.'), [['the two raised money', 'said', 'state officials']]);
  });

  it('keeps a body whose name holds "and" whole', () => {
    const found = claims('The Riverton Parks and Recreation Department describes the trail as safe.');
    assert.ok(found.every(([, , source]) => source !== 'The Riverton Parks'), JSON.stringify(found));
  });

  it('reads "Exit polling showed" with the noun in -ing as the subject', () => {
    assert.deepEqual(claims('Exit polling showed that Ruiz won every group.'), [['that Ruiz won every group', 'showed', 'Exit polling']]);
  });
});

describe('subjects: words that only stress the subject, shares, and a relative clause inside the content', () => {
  it('passes over "itself", "here", "all" between the subject and the cue', () => {
    assert.deepEqual(claims('The Riverton Council itself said the deal was on.'), [['the deal was on', 'said', 'The Riverton Council']]);
    assert.deepEqual(claims('Her campaign workers here said they have been busy.'), [['they have been busy', 'said', 'Her campaign workers']]);
  });

  it('reads "42% say" and a clause-opening "Some say" as speakers', () => {
    assert.deepEqual(claims('On taxes, 42% say they are liberal.'), [['they are liberal', 'say', '42%']]);
    assert.deepEqual(claims('Some say they hear echoes of the past.'), [['they hear echoes of the past', 'say', 'Some']]);
  });

  it('reads "the Riverton incumbent said" with a name before the adjective the tagger gives the head', () => {
    const found = claims('The Riverton incumbent said that her position is genuine.');
    assert.deepEqual(found.map(([content]) => content), ['that her position is genuine']);
  });

  it('keeps a relative clause that the content’s own verb follows ("the ruling, which …, shows …")', () => {
    assert.deepEqual(claims('Opponents said the ruling, which struck down the limits, illustrates the stakes.'),
      [['the ruling, which struck down the limits, illustrates the stakes', 'said', 'Opponents']]);
  });
});

describe('subjects: a headline’s role the tagger reads as an adjective', () => {
  it('reads "Union chief says …" with the role as the head', () => {
    assert.deepEqual(claims('Union chief says the mayor can win.'), [['the mayor can win', 'says', 'Union chief']]);
  });
});
