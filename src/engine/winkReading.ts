/**
 * One reading of a text by wink-nlp: its tokens' values and part-of-speech tags, and the care its word cache needs.
 * tokens.ts turns them into Tokens with offsets.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * wink-nlp caches every new word it meets, and its tokenizer then treats a cached word differently ("Smith's"
 * stays one token once seen whole, but is cut in two when new), so results would depend on what was read before.
 * After each reading we therefore forget the words with punctuation that it added (their hash entries only: the
 * lists stay aligned), which makes every analysis behave as on a fresh pipeline. A word that wink-nlp reads as one
 * token even when new ("1,000", "U.S.", "well-known", most of them) is cut the same either way, so once a reading
 * of the word alone has shown that, it may stay cached: this spares re-reading it in every article. The
 * forgotten entries still take memory, so the pipeline is rebuilt once they pile up.
 */
interface Lexemes { hash: Record<string, number>; list: string[] }
interface Pipeline {
  nlp: ReturnType<typeof winkNLP>;
  lexemes: Lexemes;
  /** The model's part-of-speech names, by the number a token's entry holds. */
  tagNames: string[];
  base: number;
  /** Words with punctuation found to read as one token when new (kept cached), and found not to (forgotten). */
  wholeWhenNew: Set<string>;
  cutWhenNew: Set<string>;
  /** Each lexeme entry's text and lower-case form, side by side, made on first use (see TableReading). */
  forms: string[];
}

const REBUILD_AFTER = 500_000;
let current: Pipeline | undefined;
// The model's metaCER loader re-serialises its data on every call; one result serves every rebuild.
let metaCER: unknown;

interface Core { features: { lexeme: Lexemes; pos?: { list: string[] } } }

function pipeline(): Pipeline {
  if (current && current.lexemes.list.length - current.base < REBUILD_AFTER) return current;
  let core: Core | undefined;
  const source = model as unknown as Record<string, (...args: unknown[]) => unknown>;
  const wrapped = Object.assign(Object.create(null), model, {
    core: () => (core = source.core() as Core),
    metaCER: () => (metaCER ??= source.metaCER()),
  });
  // No 'sbd': wink-nlp tags the whole text at once whether or not it splits sentences, and sentenceBreaks.ts
  // finds the same ends from the tokens in a fraction of the time.
  const nlp = winkNLP(wrapped, ['pos']);
  const lexemes = core!.features.lexeme;
  current = { nlp, lexemes, tagNames: core!.features.pos?.list ?? [], base: lexemes.list.length, wholeWhenNew: new Set(), cutWhenNew: new Set(), forms: [] };
  return current;
}

const HAS_PUNCTUATION = /[^\p{L}\p{N}]/u;
/** Bounds on the words judged per reading (a reading of a word costs about what a short sentence does) and kept. */
const JUDGED_PER_READING = 200;
const JUDGEMENTS_KEPT = 100_000;

/** Whether wink-nlp, not knowing `word`, reads it alone as that one token. Forgets what the trial reading added. */
function readsWholeWhenNew(p: Pipeline, word: string): boolean {
  const { hash, list } = p.lexemes;
  delete hash[word];
  const before = list.length;
  const values = p.nlp.readDoc(word).tokens().out() as string[];
  const whole = values.length === 1 && values[0] === word;
  for (let i = before; i < list.length; i++) {
    const added = list[i];
    if (hash[added] === i && HAS_PUNCTUATION.test(added) && !(whole && added === word)) delete hash[added];
  }
  return whole;
}

/** Forgets the words with punctuation added since `before`, but those that read as one token even when new. */
function forgetWordsThatReadDifferently(p: Pipeline, before: number): void {
  const { hash, list } = p.lexemes;
  const end = list.length;
  let judged = 0;
  for (let i = before; i < end; i++) {
    const word = list[i];
    if (hash[word] !== i || !HAS_PUNCTUATION.test(word) || p.wholeWhenNew.has(word)) continue;
    if (p.cutWhenNew.has(word) || judged >= JUDGED_PER_READING) { delete hash[word]; continue; }
    judged++;
    // With the verdict tables full, a word is forgotten unjudged, as before the tables.
    const room = p.wholeWhenNew.size + p.cutWhenNew.size < JUDGEMENTS_KEPT;
    if (room && readsWholeWhenNew(p, word)) p.wholeWhenNew.add(word);
    else {
      delete hash[word];
      if (room) p.cutWhenNew.add(word);
    }
  }
}

/**
 * wink-nlp 2.4's own reading of its document table, as its.value and its.pos do it: four numbers per token, the
 * first the word's entry in the lexeme list, the third holding the part of speech in these bits.
 */
const ENTRY_SIZE = 4;
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;
interface DocumentTable { tokens: number[] }

/**
 * out() builds each property's array by calling an accessor per token through two layers of checks (measured:
 * about 3% of the token pass); the table the accessors read is reached by handing wink-nlp one more accessor for a
 * single token, which it calls with the table. wink-nlp only calls accessors it lists as allowed, so this one is
 * added to its list (the version is pinned in package.json). readWithWink() falls back to out() if that ever fails.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const allowedAccessors = (require('wink-nlp/src/allowed.js') as { its4token?: Set<unknown> }).its4token;
let lastTable: DocumentTable | undefined;
const captureTable = (_index: number, table: DocumentTable): void => { lastTable = table; };
allowedAccessors?.add(captureTable);

/** The lower-case form; most words are lower-case ASCII already, and keep their string (no copy to collect). */
function lowerOf(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return value.toLowerCase();
  }
  return value;
}

/**
 * The string table's copy of `s` (V8 keeps one copy of each property name): the engine compares token texts and
 * lower-case forms with literals and looks them up in its lexicons thousands of times an article, and two such
 * strings compare by address, where others compare their characters. wink-nlp's new words are forwarding strings until
 * a collection and lower-cased forms are plain copies (measured: `analyze` 5–11% faster with every token's text and
 * lower-case form taken from the table). A name that is an array index ("2016") stays as it is.
 */
function internalized(s: string): string {
  NAME_HOLDER[s] = 0;
  let name = s;
  for (const held in NAME_HOLDER) name = held;
  delete NAME_HOLDER[s];
  return name;
}
/**
 * One object without a prototype, which V8 keeps as a dictionary: a fresh object per name would leave a hidden class
 * per distinct name behind (measured: 21 MB after PolNeAR train).
 */
const NAME_HOLDER: Record<string, number> = Object.create(null);

/** wink-nlp's tokens of one text, whitespace tokens included: their texts, lower-case forms and parts of speech ('SPACE' for whitespace). */
export interface WinkReading {
  readonly count: number;
  value(i: number): string;
  lower(i: number): string;
  tag(i: number): string;
}

/** The tokens read from wink-nlp's table where they stand, with no array built per property. */
class TableReading implements WinkReading {
  readonly count: number;
  constructor(private readonly entries: number[], private readonly words: string[], private readonly tagNames: string[], private readonly forms: string[],
    private readonly base: number) {
    this.count = entries.length / ENTRY_SIZE;
  }
  /**
   * Each entry's text and lower-case form, side by side in one table (so a token's two reads fall on one cache line),
   * made once per pipeline: a capitalised word is lower-cased once rather than at each use, and both strings are the
   * string table's (see internalized). The model's own words are the keys of wink-nlp's word index, so the string
   * table's already; only the words a pipeline adds (from `base` on), and lower-case forms that differ from their
   * word, are looked up there. The table is filled in entry order up to the highest entry asked for, so it stays a
   * dense array (one written at scattered high indices turns into a hash table, which measured slower than
   * lower-casing each time).
   */
  private formAt(slot: number): string {
    const forms = this.forms;
    for (let k = forms.length >> 1; k <= slot >> 1; k++) {
      const word = this.words[k];
      const text = k < this.base ? word : internalized(word);
      const lower = lowerOf(text);
      forms.push(text, lower === text ? text : internalized(lower));
    }
    return forms[slot];
  }
  value(i: number): string {
    return this.formAt(this.entries[i * ENTRY_SIZE] * 2);
  }
  lower(i: number): string {
    return this.formAt(this.entries[i * ENTRY_SIZE] * 2 + 1);
  }
  tag(i: number): string {
    return this.tagNames[(this.entries[i * ENTRY_SIZE + 2] & POS_MASK) >>> POS_SHIFT];
  }
}

/** The tokens as out() gives them: the fallback, should the table not be reached. */
class ArrayReading implements WinkReading {
  readonly count: number;
  constructor(private readonly values: string[], private readonly tags: string[]) {
    this.count = values.length;
  }
  value(i: number): string {
    return this.values[i];
  }
  lower(i: number): string {
    return lowerOf(this.values[i]);
  }
  tag(i: number): string {
    return this.tags[i];
  }
}

function readTable(p: Pipeline, doc: ReturnType<Pipeline['nlp']['readDoc']>): WinkReading | undefined {
  if (doc.tokens().length() === 0) return new ArrayReading([], []);
  lastTable = undefined;
  doc.tokens().itemAt(0).out(captureTable as never);
  const table = lastTable as DocumentTable | undefined;
  lastTable = undefined;
  if (!table || !Array.isArray(table.tokens) || table.tokens.length % ENTRY_SIZE !== 0 || p.tagNames.length === 0) return undefined;
  const reading = new TableReading(table.tokens, p.lexemes.list, p.tagNames, p.forms, p.base);
  return reading.value(0) === doc.tokens().itemAt(0).out() ? reading : undefined;
}

/** wink-nlp's tokens and tags of `text`, leaving its cache as described above. */
export function readWithWink(text: string): WinkReading {
  const p = pipeline();
  const before = p.lexemes.list.length;
  const doc = p.nlp.readDoc(text);
  const read = readTable(p, doc) ?? new ArrayReading(doc.tokens().out() as string[], doc.tokens().out(p.nlp.its.pos) as string[]);
  // Only words holding punctuation change how later text is cut ("Smith's", "U.S.-backed"); plain words may
  // stay cached, which spares re-reading them (measured: the same tags either way over PolNeAR train).
  forgetWordsThatReadDifferently(p, before);
  return read;
}
