/**
 * Lexicons for sourcing (sourcing.ts): the words that make a source phrase vague, so that a reader cannot trace
 * the claim to one checkable source.
 */

import { wordSet } from './wordSet';

/** Words opening an indefinite or quantified phrase: "a source", "some Republicans", "two officials", "most voters". */
export const INDEFINITE_OPENERS = wordSet(`a an another some many most several few fewer more other others one two three
  four five six seven eight nine ten eleven twelve dozens hundreds thousands millions any no certain various numerous
  multiple nearly about roughly almost only those not everyone everybody anyone anybody someone somebody nobody`);

/** Heads whose people stay anonymous even after "the" or a possessive: "the sources", "his advisers". */
export const VAGUE_HEADS = wordSet(`source sources official officials insider insiders person persons people expert
  experts critic critics analyst analysts observer observers aide aides adviser advisers advisor advisors confidant
  confidants associate associates ally allies supporter supporters opponent opponents detractor detractors skeptic
  skeptics sceptics proponent proponents advocate advocates activist activists protester protesters protestor protestors
  demonstrator demonstrators resident residents neighbor neighbors neighbour neighbours witness witnesses voter voters
  observer observers commentator commentators pundit pundits scholar scholars historian historians economist economists
  environmentalists lawmakers legislators diplomats surrogates operatives insiders staffers authorities
  polls surveys studies media others someone somebody everyone anyone`);

/** Documents: "a Bloomberg poll" or "a report by the Riverton Herald" can be traced through the body that issued it. */
export const DOCUMENT_HEADS = wordSet(`poll survey study report article analysis review database document documents
  complaint filing letter memo statement audit assessment investigation ruling order editorial column book paper
  records data figures estimate estimates`);

/** Post-modifiers that end a source phrase's head: "officials familiar with the plan", "people who saw it". */
export const HEAD_ENDERS = wordSet(`who whom whose which that familiar close with from at in on of for to by and or but
  including involved briefed knowledgeable`);

/** Possessive determiners: "his advisers" are anonymous people, "his lawyer" is one identifiable person. */
export { POSSESSIVE_DETERMINERS } from './names';

/** Pronouns that speak for one identifiable person or body once resolved; "they" may be anyone. */
export const SINGULAR_PRONOUNS = wordSet(`i me we us he him she her it`);
export const PLURAL_PRONOUNS = wordSet(`they them`);
