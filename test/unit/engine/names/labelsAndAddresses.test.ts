/**
 * Capitals and abbreviations that name no actor: a party and state label between commas ("Sen. Tom Hale, R-S.C.,"),
 * a state's short form ending an address ("Riverton, N.Y.,"), a headline shouted in capitals run into the first
 * sentence, an item's label before its colon ("SHOCK:"), and a time zone ("9 p.m. EST"). Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorList, nameChunks, speakerOf } from '../resolution/helpers';

describe('names: labels and addresses that are no actors', () => {
  it('reads "R-S.C." between commas as the senator\'s label: the senator speaks, in one sentence', () => {
    const a = analyze('Sen. Tom Hale, R-S.C., a long-shot candidate, said the plan was oversold.');
    assert.equal(speakerOf(a, 'the plan was oversold'), 'Tom Hale');
    assert.ok(!a.actors.some((x) => x.name === 'C.'), actorList(a));
    assert.equal(speakerOf(analyze('Rep. Jo Ng, D-Ohio, said the vote was rigged.'), 'the vote was rigged'), 'Jo Ng');
  });

  it('gives no speaker to a state\'s short form that ends an address', () => {
    const a = analyze('Investigators who searched the house in Riverton, N.Y., speaking on condition of anonymity, said it was secure.');
    assert.notEqual(speakerOf(a, 'it was secure'), 'New York');
    assert.equal(a.actors.find((x) => x.name === 'New York')?.kind ?? 'place', 'place');
  });

  it('gives the claim of "Ana Ruiz of Riverton, Ohio says" to the person, not the state', () => {
    const a = analyze('Ana Ruiz of Riverton, Ohio says she thinks the plan can win.');
    assert.equal(speakerOf(a, 'she thinks the plan can win'), 'Ana Ruiz');
  });

  it('splits a headline in capitals from the sentence it runs into, so the sentence\'s subject speaks', () => {
    const a = analyze('FIVE HURT IN RIVERTON FERRY FIRE Mayor Ana Ruiz said the crew had fled.');
    assert.equal(speakerOf(a, 'the crew had fled'), 'Ana Ruiz');
    assert.deepEqual(nameChunks('FIVE HURT IN RIVERTON FERRY FIRE Mayor Ana Ruiz said so.').map((c) => c.core), ['Ana Ruiz']);
  });

  it('keeps a two-word speaker label in capitals, and a lone acronym', () => {
    const a = analyze('The debate went on.\n\nNINA MORROW: Why not debate?\n\nThe FBI said the files were sealed.');
    assert.equal(speakerOf(a, 'Why not debate'), 'NINA MORROW');
    assert.equal(speakerOf(a, 'the files were sealed'), 'FBI');
  });

  it('reads an item label before its colon and a time zone as no names', () => {
    assert.deepEqual(nameChunks('SHOCK: the council raised fees.').map((c) => c.core), []);
    assert.deepEqual(nameChunks('The show airs at 9 p.m. EST on Kestrel Radio.').map((c) => c.core), ['Kestrel Radio']);
  });
});
