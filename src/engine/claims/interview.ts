/**
 * Interviews written as questions and answers: "Q: What comes first? ¶ A: Trust. We will publish our numbers."
 * Each answer, to the end of its paragraph, is a claim of the person interviewed (speakers.ts gives it to the
 * person the article names before its first question); the questions are the interviewer's and claim nothing.
 * The one-letter labels are read only when the article has a "Q:" before the "A:".
 */
import type { Token } from '../tokens';
import { newCue } from '../cues';
import { DraftClaim, Context, Subject, make } from './context';
import { opensParagraph } from '../units';

/** The first token of the article's first "Q:" paragraph, or -1; computed once per article. */
const firstQuestions = new WeakMap<Token[], number>();

function opensParagraphWith(tokens: Token[], k: number, letter: string): boolean {
  return opensParagraph(tokens, k) && tokens[k].text === letter && tokens[k + 1]?.text === ':';
}

export function firstQuestion(tokens: Token[]): number {
  let found = firstQuestions.get(tokens);
  if (found === undefined) {
    found = -1;
    for (let k = 0; k + 1 < tokens.length; k++) if (opensParagraphWith(tokens, k, 'Q')) { found = k; break; }
    firstQuestions.set(tokens, found);
  }
  return found;
}

/** The answer that opens this sentence's paragraph ("A: …"), as one claim to the paragraph's end, or null. */
export function interviewAnswerClaim(ctx: Context): DraftClaim | null {
  const { tokens, s } = ctx;
  const label = s.first;
  if (!opensParagraphWith(tokens, label, 'A') || label + 2 > s.last) return null;
  const question = firstQuestion(tokens);
  if (question < 0 || question > label) return null;
  let end = s.last;
  while (end + 1 < tokens.length && tokens[end + 1].paragraph === tokens[s.last].paragraph) end++;
  const subject: Subject = { source: { first: label, last: label }, head: { first: label, last: label }, appositive: null };
  const cue = newCue(label + 1, label + 1, 'speech', ':', 'phrase', false, false);
  const draft = make(ctx, { first: label + 2, last: s.last }, cue, subject, 'colon');
  draft.contentEnd = tokens[end].end;
  draft.answer = true;
  return draft;
}

/** The paragraphs that hold an interview's answers ("A: …" after a "Q: …"); computed once per article. */
const answerParagraphsOf = new WeakMap<Token[], Set<number>>();

export function answerParagraphs(tokens: Token[]): Set<number> {
  let found = answerParagraphsOf.get(tokens);
  if (!found) {
    found = new Set();
    const question = firstQuestion(tokens);
    if (question >= 0) for (let k = question; k + 1 < tokens.length; k++) if (opensParagraphWith(tokens, k, 'A')) found.add(tokens[k].paragraph);
    answerParagraphsOf.set(tokens, found);
  }
  return found;
}
