/**
 * Interviews in questions and answers (claims/interview.ts, speakers.ts): each answer is a claim of the person the
 * article names before its first question, "I" and "we" in it are that person, and without a "Q:" an "A:" is no
 * label. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';

const interview = 'Ana Ruiz became Riverton’s police chief in March. She spoke about her plans.\n\n' +
  'Q: What comes first?\n\nA: Trust. People have to believe we are on their side.\n\n' +
  'Q: How will you measure it?\n\nA: We will publish our numbers every month.';

function claims(text: string): Array<[string | null, string]> {
  const a = analyze(text);
  return a.claims.map((c) => [a.actors.find((x) => x.id === c.actor)?.name ?? null, c.content.text]);
}

describe('interviews in questions and answers', () => {
  it('gives each answer, to its paragraph’s end, to the person interviewed', () => {
    const found = claims(interview);
    assert.ok(found.some(([who, what]) => who === 'Ana Ruiz' && what === 'Trust. People have to believe we are on their side.'), JSON.stringify(found));
    assert.ok(found.some(([who, what]) => who === 'Ana Ruiz' && what === 'We will publish our numbers every month.'), JSON.stringify(found));
  });

  it('reads "we" inside an answer as the person interviewed, not the writer', () => {
    const found = claims(interview);
    assert.ok(found.some(([who, what]) => who === 'Ana Ruiz' && what === 'our numbers every month'), JSON.stringify(found));
  });

  it('gives the questions to nobody', () => {
    assert.ok(!claims(interview).some(([, what]) => what.includes('What comes first')));
  });

  it('reads no answer without a question before it', () => {
    const found = claims('Ana Ruiz spoke on Monday.\n\nA: Trust comes first.');
    assert.ok(!found.some(([who, what]) => who === 'Ana Ruiz' && what.includes('Trust comes first')), JSON.stringify(found));
  });
});
