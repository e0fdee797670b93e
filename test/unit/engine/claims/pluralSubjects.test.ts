/**
 * Subjects the tagger or the appositive rule used to miss: people a survey asked ("voters polled said"), a bare
 * plural interrupting a sentence ("Ms. Ruiz, officials said, has …"), a cue's base form after a plural noun read
 * as a noun ("polls show that …"), and a participle modifying the noun before it ("voters saying they …").
 * Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { claimHolding } from '../resolution/helpers';

const sourceOf = (text: string, fragment: string) => claimHolding(analyze(text), fragment).source?.text;

describe('claims: survey participles and plural subjects', () => {
  it('takes "56 percent of voters polled" and "those surveyed" as the subject of "said"', () => {
    assert.equal(sourceOf('Some 56 percent of voters polled said they were less likely to back the mayor.', 'less likely'), 'Some 56 percent of voters polled');
    assert.equal(sourceOf('Those surveyed said the mayor was best able to handle the flood.', 'best able'), 'Those surveyed');
  });

  it('reads "Ms. Ruiz, officials said, has become …" as the officials speaking of her', () => {
    const claim = claimHolding(analyze('Ms. Ruiz, officials said, has become skeptical about the bridge.'), 'skeptical');
    assert.equal(claim.source?.text, 'officials');
    assert.deepEqual(claim.parts.map((p) => p.text), ['Ms. Ruiz', 'has become skeptical about the bridge']);
  });

  it('still reads "Ines Roa, a spokeswoman, said" as Roa with her appositive', () => {
    assert.equal(sourceOf('Ines Roa, a spokeswoman, said the bridge will reopen.', 'reopen'), 'Ines Roa, a spokeswoman');
  });

  it('reads "polls show that …" and "the reports show the fund …" with the plural noun as subject', () => {
    assert.equal(sourceOf('Polls show that most voters favor the levy.', 'favor the levy'), 'Polls');
    assert.equal(sourceOf('The reports show the fund raised four million dollars.', 'raised'), 'The reports');
  });

  it('reads "most voters support a ban" as a stance, and leaves "the TV show" and "voter support levels" alone', () => {
    assert.equal(sourceOf('Most voters support a temporary ban on the levy.', 'temporary ban'), 'Most voters');
    assert.deepEqual(analyze('The TV show was a hit in Riverton.').claims, []);
    assert.deepEqual(analyze('Rising voter support levels surprised the council.').claims, []);
  });

  it('ends a noun-modifying participle’s content where the sentence’s own verb takes over', () => {
    const backing = claimHolding(analyze('Neighbors supporting Ms. Ruiz have pointed to the mayor.'), 'Ruiz');
    assert.equal(backing.content.text, 'Ms. Ruiz');
    assert.equal(backing.source?.text, 'Neighbors');
    const saying = claimHolding(analyze('The share of voters saying they want a ban is high.'), 'want a ban');
    assert.equal(saying.content.text, 'they want a ban');
  });

  it('reads a participle whose object opens with a title’s adjective ("backing former Mayor Ana Ruiz")', () => {
    const backing = claimHolding(analyze('The group backing former Mayor Ana Ruiz spent heavily.'), 'Ruiz');
    assert.equal(backing.content.text, 'former Mayor Ana Ruiz');
    assert.equal(backing.cue?.text, 'backing');
    assert.deepEqual(analyze('The group backing local schools spent heavily.').claims, []);
  });
});

describe('claims: a participle after the hearer of a verb of telling', () => {
  it('gives "texted his wife saying …" to no wife', () => {
    const a = analyze('Tom Hale texted his wife saying he was lost near the ridge.');
    assert.ok(!a.actors.some((x) => x.name === 'wife' && a.claims.some((c) => c.actor === x.id)));
  });
});

describe('claims: a subject modified by a past participle', () => {
  it('takes "new polls released Sunday" and "officials reached by phone" as the subject', () => {
    assert.equal(sourceOf('The report published Tuesday showed that Ms. Ruiz met the donors.', 'met the donors'), 'The report published Tuesday');
    assert.equal(sourceOf('Officials reached by phone said the bridge was closed.', 'bridge was closed'), 'Officials reached by phone');
  });

  it('reads "believe this provides …" as a clause, not as the time "this …"', () => {
    assert.equal(claimHolding(analyze('Economists believe this provides an incentive to employers.'), 'incentive').content.text, 'this provides an incentive to employers');
  });
});

describe('claims: subjects before a time or a participial aside', () => {
  it('reads "Ana Ruiz, the mayor, on Tuesday called …" with Ruiz as the subject', () => {
    const claim = claimHolding(analyze('Ana Ruiz, the city’s mayor, on Tuesday called the levy unfair.'), 'levy unfair');
    assert.match(claim.source?.text ?? '', /^Ana Ruiz/);
  });

  it('reads "called the flood a warning" after a participial aside as the verb, and "a technique, called X," as naming', () => {
    assert.equal(sourceOf('Tom Hale, speaking with the board, called the flood a warning.', 'a warning'), 'Tom Hale');
    assert.deepEqual(analyze('They used a technique, called transit photometry, to find planets.').claims, []);
  });
});

describe('claims: relative clauses, negated questions and coordinated verbs', () => {
  it('takes "the experts I interviewed" as the subject, not "I"', () => {
    assert.equal(sourceOf('All the experts I interviewed said her plan was more detailed.', 'more detailed'), 'the experts I interviewed');
  });

  it('reads "has not said when …" with the question as the content', () => {
    assert.equal(claimHolding(analyze('Council members have not said when they would take up the levy.'), 'take up').content.text, 'when they would take up the levy');
  });

  it('gives "… but has said …" the subject of the verb before "but"', () => {
    assert.equal(sourceOf('Ana Ruiz has urged the towns to spend more but has said she will hold firm to the plan.', 'hold firm'), 'Ana Ruiz');
  });
});

describe('claims: a fronted phrase without a comma', () => {
  it('takes the name after "In a meeting with the board" as the subject, and keeps "the singer Adele" whole', () => {
    assert.equal(sourceOf('In a meeting with the board Ruiz said that the levy may need to be cut.', 'levy'), 'Ruiz');
    assert.match(sourceOf('A song by the singer Lia Moss said that love may need to be cut.', 'love') ?? '', /singer Lia Moss$/);
  });
});

describe('claims: a present-tense cue after a name, read as a noun by the tagger', () => {
  it('reads "Hale claims he …" and ", Ruiz notes." as cues', () => {
    assert.equal(sourceOf('Tom Hale claims he is worth ten million dollars.', 'worth ten million'), 'Tom Hale');
    assert.equal(sourceOf('The levy cannot pass without the council, Ruiz notes.', 'cannot pass'), 'Ruiz');
  });

  it('leaves a name before a plural noun alone ("Riverton reports were late")', () => {
    assert.deepEqual(analyze('The Riverton reports were late again.').claims, []);
  });
});

describe('claims: figures compared and sentence adverbs', () => {
  it('makes no claim of ", compared to 24% …" and no speaker of "Conversely"', () => {
    const a = analyze('Conversely, the panel rated the statements false, compared to only 24% of the mayor’s statements.');
    assert.ok(!a.claims.some((c) => c.cue?.text === 'compared'));
    assert.ok(!a.actors.some((x) => x.name.toLowerCase() === 'conversely'));
  });

  it('still reads "likened the levy to a tax" as a claim', () => {
    assert.ok(analyze('Ana Ruiz likened the levy to a tax on the poor.').claims.some((c) => c.cue?.text === 'likened'));
  });
});
