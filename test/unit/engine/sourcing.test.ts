/**
 * Sourcing (sourcing.ts): every claim says whether a named actor, an unidentified one or nobody speaks. Every
 * fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { isVaguePhrase } from '../../../src/engine/sourcing';
import { claimHolding } from './resolution/helpers';

describe('sourcing: how traceable a claim\'s speaker is', () => {
  it('is "named" for a named speaker and for a pronoun that refers to one', () => {
    const a = analyze('Mayor Ana Ruiz said the bridge would open in May. She said the cost had doubled.');
    assert.equal(claimHolding(a, 'the bridge would open in May').sourcing, 'named');
    assert.equal(claimHolding(a, 'the cost had doubled').sourcing, 'named');
  });

  it('is "unnamed" for people the text never identifies', () => {
    const a = analyze('Two officials said the bridge would open late.');
    assert.equal(claimHolding(a, 'the bridge would open late').sourcing, 'unnamed');
  });

  it('is "unnamed" for anonymous officials of a named body, though they speak for it', () => {
    const a = analyze('The Riverton Transit Authority runs the ferry. Transit Authority officials said fares would rise.');
    assert.equal(claimHolding(a, 'fares would rise').sourcing, 'unnamed');
  });

  it('is "named" for a group whose "including" appositive names a member, and "unnamed" when it names none', () => {
    const a = analyze('Several critics, including Ana Ruiz, said the bridge would open late. Some engineers, including two from the county, said the toll was too high.');
    assert.equal(claimHolding(a, 'the bridge would open late').sourcing, 'named');
    assert.equal(claimHolding(a, 'the toll was too high').sourcing, 'unnamed');
  });

  it('is "named" for a definite description of one body or document', () => {
    const a = analyze('The company said profits fell. The report found that wages rose.');
    assert.equal(claimHolding(a, 'profits fell').sourcing, 'named');
    assert.equal(claimHolding(a, 'wages rose').sourcing, 'named');
  });

  it('is "none" only when a claim has neither an actor nor a source phrase', () => {
    const a = analyze('Mayor Ana Ruiz said the bridge would open in May. According to the plan, tolls will rise.');
    for (const c of a.claims) {
      assert.ok(['named', 'unnamed', 'none'].includes(c.sourcing));
      assert.equal(c.sourcing === 'none', c.actor === null && c.source === null);
    }
  });
});

describe('isVaguePhrase: does a source phrase leave its speaker unidentified?', () => {
  const vague = ['officials', 'Sources', 'a senior administration official', 'two officials familiar with the plan',
    'people familiar with the talks', 'some Republicans', 'Senate Democrats', 'critics', 'the experts', 'his advisers',
    'Ruiz’s aides', '40 percent of voters', 'a new poll', 'polls', 'Canadians', 'several environmental groups',
    'one of the lawyers', 'the source', 'Those close to the mayor', 'a poll released Monday'];
  const named = ['Ana Ruiz', 'Mayor Ana Ruiz', 'the appeals court', 'the company', 'the report', 'the Riverton governor',
    'his lawyer', 'Ruiz’s spokeswoman', 'Ruiz’s remarks', 'Dr. Ruiz’s statements', 'Ana Ruiz, an analyst at the Riverton Institute', 'one of the lawyers, Ana Ruiz',
    'the Riverton Observer', 'a Riverton Herald poll', 'a report by the Riverton Herald', 'both candidates', 'Reuters',
    'police', 'a retired judge, Tom Hale', 'the 40-year-old mother of two', 'a 46-page analysis released by the Riverton Health Board',
    'an audit conducted by Kestrel Partners', 'a new United Riverton Press poll', 'Proponents, including the United Riverton Mayors Conference'];
  for (const phrase of vague) it(`"${phrase}" is vague`, () => assert.equal(isVaguePhrase(phrase), true));
  for (const phrase of named) it(`"${phrase}" is not`, () => assert.equal(isVaguePhrase(phrase), false));

  it('takes time linear in the phrase', () => {
    const long = 'the ' + 'very '.repeat(200_000) + 'officials';
    const started = Date.now();
    assert.equal(isVaguePhrase(long), true);
    assert.ok(Date.now() - started < 2000);
  });

  it('reads past a leading adverb and ends a name\'s phrase at its verb', () => {
    assert.equal(isVaguePhrase('Perhaps the ferry inspectors'), false);
    assert.equal(isVaguePhrase('Perhaps some inspectors'), true);
    assert.equal(isVaguePhrase('Even his aides'), true);
    assert.equal(isVaguePhrase('Ruiz unleashed a series of posts early Friday'), false);
    assert.equal(isVaguePhrase('a retired judge'), true);
  });
});
