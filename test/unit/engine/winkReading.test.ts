/**
 * wink-nlp's reading (winkReading.ts): the values and tags read straight from wink-nlp's document table must be
 * exactly what its own out() gives, token for token. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readWithWink } from '../../../src/engine/winkReading';

const texts = [
  "“We can't sail,” said Capt. Ana Ruiz's deputy at 7:30 p.m. on the Kestrel-Riverton line.",
  'Riverton Mayor Tom Hale said on Monday that the ferry, which left at dawn, was late.\n\nHe added: “It won’t happen again.”',
  '  Lots   of    spaces\tand a tab, 4,250 dollars, U.S.-backed talks - and a spaced hyphen.  ',
  'I',
];

describe('winkReading: the document table read directly', () => {
  for (const text of texts) {
    it(`gives out()'s values and tags for ${JSON.stringify(text.slice(0, 24))}…`, () => {
      const nlp = winkNLP(model, ['pos']);
      const doc = nlp.readDoc(text);
      const expected = { values: doc.tokens().out() as string[], tags: doc.tokens().out(nlp.its.pos) as string[] };
      const reading = readWithWink(text);
      const read = { values: [] as string[], tags: [] as string[] };
      for (let i = 0; i < reading.count; i++) { read.values.push(reading.value(i)); read.tags.push(reading.tag(i)); }
      assert.deepEqual(read, expected);
      assert.ok(read.values.length > 0 && read.tags.every((t) => typeof t === 'string' && t.length > 0));
    });
  }

  it('gives each word its lower-case form, the same on a second reading where it is remembered', () => {
    const text = 'RIVERTON Ana Ruiz met ÉLODIE Hale and ana ruiz in Ärlöv.';
    for (let round = 0; round < 2; round++) {
      const reading = readWithWink(text);
      const lowers: string[] = [];
      for (let i = 0; i < reading.count; i++) lowers.push(reading.lower(i));
      assert.deepEqual(lowers, ['riverton', 'ana', 'ruiz', 'met', 'élodie', 'hale', 'and', 'ana', 'ruiz', 'in', 'ärlöv', '.']);
    }
  });

  it("reads wink-nlp's table itself, not the fallback through out()", () => {
    assert.equal(readWithWink('Ana Ruiz said so.').constructor.name, 'TableReading');
  });

  it('reads an empty or blank text as no word', () => {
    assert.equal(readWithWink('').count, 0);
    const blank = readWithWink('   ');
    for (let i = 0; i < blank.count; i++) assert.equal(blank.tag(i), 'SPACE');
  });
});
