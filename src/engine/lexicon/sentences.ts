/**
 * Words for finding where sentences end (sentenceBreaks.ts). An abbreviation's full stop ("U.S.", "Calif.", "in.")
 * ends a sentence only when a word that commonly opens one follows: a determiner, pronoun, conjunction, preposition,
 * auxiliary or sentence adverb ("… in the U.S. They said …"), not a name ("the U.S. Harbor Board").
 */
import { wordSet } from './wordSet';

export const SENTENCE_OPENING_WORDS = wordSet(`
  a an the this that these those some any all both each every another such no many most more other
  i you he she it we they my your his her its our their one someone nobody
  and but or so yet nor then thus therefore however meanwhile moreover nevertheless instead indeed also still
  although though because since while whereas unless until once if whether when whenever where wherever
  what whatever which who whom whose why how there here
  about above according across after against along amid among around as at before behind by despite during
  except for from in inside near of on outside over through to under unlike upon with within without
  is are was were do does did can could may might must shall should will would have has had
  actually anyway even first just last later maybe now only perhaps rather today yes well oh
`);

/** Abbreviations that stand before what they qualify, so never end a sentence. */
export const NON_FINAL_ABBREVIATIONS = wordSet(`e.g. eg. i.e. ie. viz. cf. pp. messrs. vs. st. mt.`);
