/**
 * Reporting cues: the verbs and phrases that introduce what someone said, wrote, or holds.
 * Each base verb is expanded to its inflected forms, so the lexicon holds several hundred surface forms.
 */
import { inflect, VerbForm } from './inflect';
import type { Complement } from '../complements';
import { GENERATED_HAND_VERB_EXTENSIONS, GENERATED_VERB_CUES } from './generatedCues';
import { particleVerbPhrases } from './particleVerbs';

/**
 * How a cue takes its content:
 * - speech: a bare clause may follow ("said the talks failed"); inversion is common ("…,” said X).
 * - that:   needs "that", a quote or a colon after it ("found that …"); otherwise it is not a report.
 * - infinitive: also takes "to …" ("vowed to veto the bill").
 * - object: takes what follows as its content ("criticized the plan", "called for a vote").
 */
export type CueClass = 'speech' | 'that' | 'infinitive' | 'object';

/** Participles that follow the people a survey asked: "voters polled", "those surveyed", "residents interviewed". */
export const SURVEY_PARTICIPLES = new Set(['polled', 'surveyed', 'interviewed', 'questioned', 'sampled', 'contacted']);

const SPEECH = `say tell state note add confirm insist warn argue claim explain declare announce report write
  acknowledge admit assert contend maintain predict suggest reply respond answer tweet recall stress emphasize
  emphasise comment mention remark observe concede deny reveal disclose complain allege testify reiterate repeat
  indicate inform assure reassure remind caution counter retort joke quip boast brag conclude speculate
  estimate proclaim affirm clarify elaborate underscore underline lament protest plead recount
  exclaim shout yell whisper mutter murmur cry chant posit opine contend charge advise brief notify signal hint
  imply concur agree disagree object question wonder muse grumble scoff sneer snap thunder fume vent gush
  concede guarantee swear pledge vow promise threaten predict forecast project clarify correct stipulate
  specify detail outline characterize characterise summarize summarise tout trumpet hail insinuate
  acknowledge affirm aver avow attest certify confide divulge leak blog post email text message cable`;

const THAT_ONLY = `believe think feel know find show demonstrate suggest conclude decide determine realize realise
  understand learn discover recognize recognise agree rule expect fear worry hope doubt suspect assume
  presume suppose reckon figure guess imagine bet sense judge consider acknowledge prove continue`;

const INFINITIVE = `want hope plan vow promise pledge refuse decline urge ask threaten agree offer intend expect
  seek aim order instruct encourage push press beg implore`;

const OBJECT = `propose demand request describe express voice call label dub brand term liken compare criticize criticise praise endorse support oppose condemn denounce welcome applaud reject dismiss
  defend blame accuse attack blast slam laud hail thank question challenge dispute mock ridicule deride
  decry lambast castigate chide rebuke scold`;

/**
 * Verbs that report only through a speech act as their object: "issued a warning", "released a statement", "issued
 * 35 flood alerts" report; "issued bonds" or "released the prisoners" do not.
 */
export const ISSUING_VERBS = new Set(['issue', 'release'].flatMap((base) => inflect(base).map(([f]) => f)));

/** The speech acts an issuing verb reports (singular and plural). */
export const SPEECH_ACT_NOUNS = new Set(`warning warnings alert alerts statement statements advisory advisories apology
  apologies denial denials ultimatum ultimatums appeal appeals notice notices guidance recommendation recommendations
  plea pleas reminder reminders threat threats ruling rulings verdict decision forecast forecasts report reports
  clarification correction rebuttal response condemnation call calls`.split(/\s+/));

/** Verbs whose first object is the hearer, not the content ("told reporters that …"). */
export const HEARER_VERBS = new Set(`tell inform assure reassure remind warn advise brief notify ask urge promise
  convince persuade caution email text message encourage invite order instruct implore beg press
  push challenge dare`.split(/\s+/).flatMap((base) => inflect(base).map(([f]) => f)));

/** Multi-word cues; the key is the lowercased phrase, matched token by token. */
export const PHRASE_CUES: Record<string, CueClass> = {
  'according to': 'speech',
  'as stated by': 'speech', 'as reported by': 'speech', 'as said by': 'speech', 'as noted by': 'speech',
  'as announced by': 'speech', 'as confirmed by': 'speech', 'as claimed by': 'speech', 'as described by': 'speech',
  'as told to': 'speech', 'as quoted by': 'speech',
  'point out': 'speech', 'points out': 'speech', 'pointed out': 'speech', 'pointing out': 'speech',
  'went on to say': 'speech', 'goes on to say': 'speech', 'go on to say': 'speech',
  'made it clear': 'that', 'makes it clear': 'that', 'made clear': 'that', 'make clear': 'that',
  'called for': 'object', 'calls for': 'object', 'calling for': 'object', 'call for': 'object',
  'called on': 'object', 'calls on': 'object', 'calling on': 'object', 'call on': 'object',
  'spoke of': 'object', 'speaks of': 'object', 'spoke about': 'object', 'talked about': 'object', 'talks about': 'object',
  'warned of': 'object', 'warns of': 'object', 'warned against': 'object',
  'pushed for': 'object', 'pushes for': 'object', 'pressed for': 'object', 'argued for': 'object',
  'is expected to': 'infinitive', 'are expected to': 'infinitive', 'was expected to': 'infinitive',
  'were expected to': 'infinitive',
  ...particleVerbPhrases(),
};

/** The cue phrases after which the source follows the cue instead of preceding it. */
export const SOURCE_AFTER_PHRASES = new Set(Object.keys(PHRASE_CUES).filter((p) => p.startsWith('as ') || p === 'according to'));

export interface CueWord {
  cueClass: CueClass;
  form: VerbForm;
  base: string;
  /** Complements beyond its class with which the verb also reports, as a generated verb does ("showed a tie"). */
  extensions?: ReadonlySet<Complement>;
}

function build(): Map<string, CueWord> {
  const table = new Map<string, CueWord>();
  // Later classes never override earlier ones: speech is the most permissive and wins.
  const groups: Array<[CueClass, string]> = [['speech', SPEECH], ['infinitive', INFINITIVE], ['that', THAT_ONLY], ['object', OBJECT]];
  for (const [cueClass, words] of groups) {
    for (const base of words.split(/\s+/).filter(Boolean)) {
      for (const [form, verbForm] of inflect(base)) {
        if (!table.has(form)) table.set(form, { cueClass, form: verbForm, base });
      }
    }
  }
  const extensions = complementsByLemma(GENERATED_HAND_VERB_EXTENSIONS);
  for (const entry of table.values()) {
    const extra = extensions.get(entry.base);
    if (extra) entry.extensions = extra;
  }
  return table;
}

/** Lemma → the complements a generated table lists for it. */
function complementsByLemma(rows: ReadonlyArray<readonly [string, Complement, ...unknown[]]>): Map<string, Set<Complement>> {
  const byLemma = new Map<string, Set<Complement>>();
  for (const [lemma, complement] of rows) {
    const set = byLemma.get(lemma) ?? new Set<Complement>();
    set.add(complement);
    byLemma.set(lemma, set);
  }
  return byLemma;
}

/** Lowercased surface form → cue entry. */
export const CUE_WORDS: ReadonlyMap<string, CueWord> = build();

/** A verb of the generated lexicon: a cue only with one of its complements ("cited the report"). */
export interface GeneratedCueWord {
  form: VerbForm;
  base: string;
  complements: ReadonlySet<Complement>;
}

/**
 * Lowercased surface form → generated cue entry (generatedCues.ts, made from WordNet and PolNeAR train). A form
 * the hand-written lexicon or the issuing verbs hold keeps their rules.
 */
export const GENERATED_CUE_WORDS: ReadonlyMap<string, GeneratedCueWord> = (() => {
  const table = new Map<string, GeneratedCueWord>();
  for (const [base, complements] of complementsByLemma(GENERATED_VERB_CUES)) {
    for (const [form, verbForm] of inflect(base)) {
      if (!CUE_WORDS.has(form) && !ISSUING_VERBS.has(form) && !table.has(form)) table.set(form, { form: verbForm, base, complements });
    }
  }
  return table;
})();

/**
 * Adjectives of a stance or a feeling about something, which report a view after "be" ("is skeptical of the plan",
 * "was adamant that …"; adjectiveCues.ts). Words of certainty ("sure", "certain") are left out: "is sure to win" is
 * the writer's forecast.
 */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set(`critical skeptical sceptical supportive wary proud confident
  optimistic pessimistic hopeful adamant convinced worried concerned angry upset unhappy happy pleased satisfied
  frustrated disappointed eager keen aware doubtful dismissive complimentary fearful enthusiastic furious outraged
  troubled uneasy insistent vocal receptive hostile sympathetic`.split(/\s+/));

/** Nouns that stand for what someone said; "the statement said", "a report found". */
export const SPEECH_NOUNS = new Set(`statement report study poll survey memo letter email e-mail post tweet
  release announcement document filing complaint lawsuit indictment ruling order analysis review audit
  investigation assessment transcript interview editorial column article op-ed book speech message note
  paper survey data figures records minutes draft documents filings emails results polls surveys reports
  studies letters statements research findings`.split(/\s+/));
