/**
 * Where a claim's content stops when the sentence goes on to another cue (claims/index.ts), and cues reached
 * through a verb of aspect (cues.ts). Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { speakerOf } from '../resolution/helpers';

function contents(text: string): string[] {
  return analyze(text).claims.map((c) => c.content.text);
}

describe('claims: content before the next cue', () => {
  it('stops before "but" when the next cue has auxiliaries and a negation before it', () => {
    const found = contents('Ana Ruiz said Tom Hale stopped the audits, but Ruiz did not say when.');
    assert.equal(found[0], 'Tom Hale stopped the audits');
  });

  it('stops before "and" when the next cue’s subject is a hyphenated word', () => {
    const found = contents('Six in 10 voters said the mayor is honest, and three-quarters said the same of the clerk.');
    assert.deepEqual(found, ['the mayor is honest', 'the same of the clerk']);
  });

  it('runs on past an aside whose clause goes on with an auxiliary and a cue', () => {
    const found = contents('Ana Ruiz noted that Tom Hale, during his speech, had laid out so many terms that no deal could hold.');
    assert.equal(found[0], 'that Tom Hale, during his speech, had laid out so many terms that no deal could hold');
  });

  it('still runs on through "and" when no new subject follows it', () => {
    const found = contents('Ana Ruiz said the bridge is safe and the road will reopen.');
    assert.deepEqual(found, ['the bridge is safe and the road will reopen']);
  });
});

describe('cues: a verb of aspect before "to"', () => {
  it('reads "continued to insist" and "began to argue" as the second verb’s claims, for the first verb’s subject', () => {
    const a = analyze('Ana Ruiz is continuing to insist she will release the files. Tom Hale began to argue that the levy was fair.');
    assert.deepEqual(a.claims.map((c) => [c.content.text, c.cue?.text, c.source?.text]), [
      ['she will release the files', 'insist', 'Ana Ruiz'],
      ['that the levy was fair', 'argue', 'Tom Hale'],
    ]);
  });

  it('still leaves a cue after "to" to an intention verb before it', () => {
    const a = analyze('Tom Hale decided to describe the levy as fair.');
    assert.ok(a.claims.every((c) => c.cue?.text !== 'describe'), JSON.stringify(a.claims.map((c) => c.cue?.text)));
  });
});

describe('claims: the writer’s contrast after the content', () => {
  it('ends the content before ", but" outside quotes', () => {
    assert.deepEqual(contents('Ana Ruiz said the vote was close, but the count in Bayside goes on.'), ['the vote was close']);
  });

  it('ends the content before ", while" and ", whereas" as well', () => {
    assert.deepEqual(contents('Ana Ruiz said the levy was fair, while prices in Riverton kept rising.'), ['the levy was fair']);
    assert.deepEqual(contents('Tom Hale argued that the ferry was safe, whereas the bridge in Bayside was not.'), ['that the ferry was safe']);
  });

  it('ends the content before the writer\'s concession, ", although" or ", though"', () => {
    assert.deepEqual(contents('Ana Ruiz said the levy was fair, although prices in Riverton kept rising.'), ['the levy was fair']);
    assert.deepEqual(contents('Tom Hale argued that the ferry was safe, though the dock in Bayside was old.'), ['that the ferry was safe']);
  });

  it('keeps ", but" inside a quote', () => {
    assert.deepEqual(contents('Ana Ruiz said “the vote was close, but the count goes on.”'), ['“the vote was close, but the count goes on.”']);
  });
});

describe('subjects: a broken noun phrase after "according to"', () => {
  it('takes the words up to the comma or the sentence’s end as the source', () => {
    const before = analyze('According to recent polling, the mayor is leading the field.').claims;
    assert.deepEqual(before.map((c) => [c.content.text, c.source?.text]), [['the mayor is leading the field', 'recent polling']]);
    const after = analyze('The mayor leads, according to exit polls reported by the station.').claims;
    assert.deepEqual(after.map((c) => [c.content.text, c.source?.text]), [['The mayor leads', 'exit polls reported by the station']]);
  });
});

describe('content: an aside between the cue and "that"', () => {
  it('skips ", however," and a dashed aside to the "that" clause', () => {
    assert.deepEqual(contents('Ana Ruiz now says, however, that she will run.'), ['that she will run']);
    assert.deepEqual(contents('Tom Hale said — on the radio, as it happens — that the levy passed.'), ['that the levy passed']);
  });
});

describe('content: the writer’s note and the next speaker’s contrast', () => {
  it('ends the content before ", which" outside quotes', () => {
    assert.deepEqual(contents('Tom Hale said he backs the bill, which includes a new levy.'), ['he backs the bill']);
  });

  it('ends the content before "while" and the next speaker’s clause, with or without a comma', () => {
    assert.deepEqual(contents('In the poll, 72 percent of voters said yes while 48 percent of the board agreed.'), ['yes']);
    assert.deepEqual(contents('Ana Ruiz said the levy is fair whereas Tom Hale argued it was a tax.'), ['the levy is fair', 'it was a tax']);
  });
});

describe('claims: a participle after a coordinated predicate', () => {
  it('gives ", saying …" after "…, but has remained firm" to the speaker of the claim before', () => {
    const a = analyze('The Riverton bank forecasts that rates will fall in 2027, but has remained firm, saying “the target is the priority”.');
    assert.deepEqual(a.claims.map((c) => [c.content.text, c.cue?.text, a.actors.find((x) => x.id === c.actor)?.name]), [
      ['that rates will fall in 2027', 'forecasts', 'Riverton bank'],
      ['“the target is the priority”', 'saying', 'Riverton bank'],
    ]);
  });
});

describe('nested attributions: a participle inside a clause "according to" someone', () => {
  it('keeps the belief of the participle’s own subject as a claim of its own', () => {
    const a = analyze('Rescuers searched the ridge and volunteers used phone data, believing that Tom Hale was still alive, according to police.');
    assert.deepEqual(a.claims.map((c) => [c.cue?.text, c.source?.text]), [['according to', 'police'], ['believing', 'volunteers']]);
  });
});

describe('content: a semicolon outside quotes', () => {
  it('ends what was said', () => {
    assert.deepEqual(contents('Tom Hale admitted the levy was late; the board met again on Monday.'), ['the levy was late']);
  });
});

describe('claims: a finite cue after a short aside', () => {
  it('keeps "she, too, wants …" inside the claim before it', () => {
    assert.deepEqual(contents('Ana Ruiz said Wednesday she, too, wants a review of the levy.'), ['she, too, wants a review of the levy']);
  });
});

describe('cues: a progressive with a negation or an adverb of time', () => {
  it('reads "isn’t saying", "is also praising", "was still hoping" as cues', () => {
    assert.deepEqual(contents('Tom Hale isn’t saying what other steps he would support.'), ['what other steps he would support']);
    assert.deepEqual(contents('The campaign was still hoping to pick up seats.'), ['to pick up seats']);
  });
});

describe('cues: a gerund after "to" or an en dash', () => {
  it('gives "has taken to urging", "pivoted to arguing" and "– saying" to the clause’s subject', () => {
    const a = analyze('Tom Hale pivoted to arguing that the levy was fair. Ana Ruiz flipped her choice – saying she was rooting for Bayside.');
    assert.deepEqual(a.claims.map((c) => [c.content.text, c.cue?.text, c.source?.text]), [
      ['that the levy was fair', 'arguing', 'Tom Hale'],
      ['she was rooting for Bayside', 'saying', 'Ana Ruiz'],
    ]);
  });
});

describe('claims: a later cue past one inside the content', () => {
  it('ends "said that she did not want to think about …" before "and predicted …"', () => {
    const a = analyze('Ana Ruiz said that she did not want to think about the levy and predicted that Tom Hale will win.');
    assert.deepEqual(a.claims.map((c) => [c.content.text, c.cue?.text, a.actors.find((x) => x.id === c.actor)?.name]), [
      ['that she did not want to think about the levy', 'said', 'Ana Ruiz'],
      ['that Tom Hale will win', 'predicted', 'Ana Ruiz'],
    ]);
  });
});

describe('claims: "As X reported, …"', () => {
  it('takes the clause after the comma of a fronted "as" clause as what was reported', () => {
    assert.deepEqual(contents('As the Riverton Post reported on Monday, the levy will pass.'), ['the levy will pass']);
    assert.deepEqual(contents('And, as the Riverton Post previously reported, Ana Ruiz is the top recipient.'), ['Ana Ruiz is the top recipient']);
  });
});

describe('claims: an "as" clause of time', () => {
  it('does not read "As the morning rush continued, …" as a report', () => {
    assert.deepEqual(analyze('As the morning rush continued, the trains ran late.').claims, []);
  });
});

describe('content: an answer by reference', () => {
  it('reads "said the same" and "said yes" as claims', () => {
    assert.deepEqual(contents('Last month, 26 percent of voters said the same.'), ['the same']);
    assert.ok(contents('Asked about the plan, most members said yes.').includes('yes'));
  });
});

describe('claims: content before a trailing speaker set between commas', () => {
  it('ends a claim inside the reported clause before "its general secretary, Tom Hale, said"', () => {
    const a = analyze('The Riverton Miners Union has threatened a strike over wages, its general secretary, Tom Hale, said on Monday.');
    assert.ok(a.claims.every((c) => !c.content.text.includes('general secretary')), JSON.stringify(a.claims.map((c) => c.content.text)));
    assert.equal(speakerOf(a, 'has threatened a strike'), 'Tom Hale');
  });
});

describe('claims: a clause reported by a trailing "…, Ruiz said"', () => {
  it('ends the clause\'s own claim before the comma that opens the later speaker', () => {
    for (const text of ['Officials believe the fire was set, Ana Ruiz said.', 'Officials believe the fire was set, Ana Ruiz said on Monday.',
      'An audit found the fire was set, one of the Ruiz family said.']) {
      const a = analyze(text);
      assert.ok(a.claims.every((c) => !/Ruiz (family )?said/.test(c.content.text)), a.claims.map((c) => c.content.text).join(' | '));
    }
  });

  it('keeps what a document relays as a claim of its own ("bystanders reported …, the officer\'s report indicated")', () => {
    const a = analyze('Police received calls from bystanders who reported a man had jumped into the water, Officer Tom Hale\'s report indicated.');
    assert.ok(a.claims.some((c) => c.content.text === 'a man had jumped into the water'), a.claims.map((c) => c.content.text).join(' | '));
  });
});

describe('claims: a participle after a listed noun reports nothing', () => {
  it('makes no claim of "…, potent chemicals found in refrigerants" and keeps "…, the study found"', () => {
    const listed = analyze('The talks produced a deal to cut emissions of HFCs, potent planet-warming chemicals found in refrigerants.');
    assert.equal(listed.claims.length, 0, listed.claims.map((c) => c.cue?.text).join(', '));
    const study = analyze('Sales fell in March, the Kestrel study found.');
    assert.equal(study.claims.length, 1);
  });
});
