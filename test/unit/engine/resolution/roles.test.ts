/**
 * Roles and affiliations read while names are collected (actors.ts): a lowercase role noun before a name
 * ("goalscorer Tomas Brandvik"), a body before such a role and a person ("Riverton Rovers manager Dana Kolb"),
 * and "X of the Y" where the person X speaks, not the body Y.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { isRoleNoun, roleBeforeName } from '../../../../src/engine/actors';
import type { Token } from '../../../../src/engine/tokens';
import { actorCalled, mentionTexts, read, speakerOf } from './helpers';

/** A noun token as the tagger gives it. */
function noun(text: string): Token {
  return { start: 0, end: text.length, text, lower: text.toLowerCase(), pos: 'NOUN', sentence: 0, paragraph: 0, quote: -1 };
}

/** roleBeforeName for the name starting at the word `name` in a one-sentence text. */
function roleBefore(text: string, name: string): string | null {
  const { tokens, sentences } = read(text);
  const at = tokens.findIndex((t) => t.text === name);
  assert.ok(at >= 0, `no token “${name}”`);
  return roleBeforeName(tokens, at, sentences[0].first);
}

describe('actors: isRoleNoun', () => {
  it('is true for titles, role heads and lowercase agent nouns', () => {
    for (const word of ['coach', 'manager', 'spokeswoman', 'goalscorer', 'midfielder', 'forecaster', 'organist', 'librarian']) {
      assert.equal(isRoleNoun(noun(word)), true, word);
    }
  });

  it('is false for agent-looking words that name no person, and for words that are no noun', () => {
    for (const word of ['water', 'number', 'statement', 'corner', 'lock']) assert.equal(isRoleNoun(noun(word)), false, word);
    assert.equal(isRoleNoun({ ...noun('faster'), pos: 'ADJ' }), false);
  });
});

describe('actors: roleBeforeName', () => {
  it('reads a lowercase role noun right before a name', () => {
    assert.equal(roleBefore('The club signed goalscorer Tomas Brandvik on Friday.', 'Tomas'), 'goalscorer');
  });

  it('takes the capitalised words that say whose role it is', () => {
    assert.equal(roleBefore('Riverton Rovers manager Dana Kolb said the team was tired.', 'Dana'), 'Riverton Rovers manager');
  });

  it('is null without a role noun, for a capitalised word, or across the sentence start', () => {
    assert.equal(roleBefore('The club signed Tomas Brandvik on Friday.', 'Tomas'), null);
    assert.equal(roleBefore('They thanked Coach Tomas Brandvik on Friday.', 'Tomas'), null);
    assert.equal(roleBefore('Tomas Brandvik scored.', 'Tomas'), null);
  });
});

describe('actors: through analyze()', () => {
  it('gives "goalscorer Tomas Brandvik" the role goalscorer, and "Brandvik said" to him', () => {
    const a = analyze('The club signed goalscorer Tomas Brandvik on Friday. Brandvik said he was happy.');
    const brandvik = actorCalled(a, 'Tomas Brandvik');
    assert.equal(brandvik.role, 'goalscorer');
    assert.equal(speakerOf(a, 'he was happy'), 'Tomas Brandvik');
  });

  it('makes the name before "manager Dana Kolb" her club, an organisation, and gives her the role', () => {
    const a = analyze('Riverton Rovers manager Dana Kolb said the team was tired.');
    assert.equal(actorCalled(a, 'Riverton Rovers').kind, 'organization');
    const kolb = actorCalled(a, 'Dana Kolb');
    assert.equal(kolb.kind, 'person');
    assert.equal(kolb.role, 'Riverton Rovers manager');
    assert.equal(speakerOf(a, 'the team was tired'), 'Dana Kolb');
  });

  it('"X of the Y said": the person speaks, not the body', () => {
    for (const body of ['Riverton Water Board', 'Riverton Institute of Marine Study']) {
      const a = analyze(`Tomas Brandvik of the ${body} said the water was warm.`);
      assert.equal(speakerOf(a, 'the water was warm'), 'Tomas Brandvik', body);
      assert.deepEqual(mentionTexts(actorCalled(a, body)), [body]);
    }
  });

  it('keeps the person of "X of the Y" for a later "she"', () => {
    const a = analyze('Ana Ruiz of the Riverton Water Board said the pipes were old. She added that repairs would start soon.');
    assert.equal(speakerOf(a, 'repairs would start soon'), 'Ana Ruiz');
  });
});

describe('roles: an adjective of a title is no role', () => {
  it('gives no role "former" to a name after it ("a former Vantrell mine")', () => {
    const a = analyze('Ana Ruiz bought a former Vantrell mine. Vantrell said the sale was final.');
    assert.ok(a.actors.every((x) => x.role !== 'former'), JSON.stringify(a.actors.map((x) => [x.name, x.role])));
  });
});
