/**
 * Engine behaviour on short texts written for these tests: quotes, cues, speakers, actors, bad input.
 */
import * as assert from 'node:assert/strict';
import { analyze, Analysis, Claim } from '../../src/engine';

function speakerOf(a: Analysis, claim: Claim): string | undefined {
  return a.actors.find((x) => x.id === claim.actor)?.name;
}

function claimHolding(a: Analysis, fragment: string): Claim {
  const claim = a.claims.find((c) => c.content.text.includes(fragment));
  assert.ok(claim, `no claim holds “${fragment}”; claims: ${a.claims.map((c) => c.content.text).join(' | ')}`);
  return claim;
}

describe('engine: direct quotes', () => {
  it('attributes an inverted quote to the named speaker, not the nearest name', () => {
    const text = 'Ms. Alvarez met Mr. Brandt on Monday.\n“We will not sign this treaty,” said Ms. Alvarez, the trade minister.';
    const a = analyze(text);
    const claim = claimHolding(a, 'We will not sign');
    assert.equal(claim.kind, 'direct');
    assert.equal(speakerOf(a, claim), 'Alvarez');
    assert.equal(claim.cue?.text, 'said');
    assert.equal(a.actors.find((x) => x.name === 'Alvarez')?.role, 'trade minister');
  });

  it('handles straight quotes and a pronoun after the quote', () => {
    const text = 'Governor Ellen Kato spoke in Albany.\n"The budget is balanced," she said.';
    const a = analyze(text);
    const claim = claimHolding(a, 'The budget is balanced');
    assert.equal(speakerOf(a, claim), 'Ellen Kato');
    assert.equal(claim.source?.text, 'she');
  });

  it('gives a cue-less quote in the next paragraph to the same speaker', () => {
    const text = 'Senator Ruth Okafor said the vote was close.\n“We counted every ballot twice.”';
    const a = analyze(text);
    const claim = claimHolding(a, 'We counted every ballot');
    assert.equal(speakerOf(a, claim), 'Ruth Okafor');
    assert.equal(claim.cue, null);
  });

  it('follows a quote over several paragraphs', () => {
    const text = 'Dr. Lena Fischer, the lead researcher, said:\n“The samples were clean.\n“We repeated the test three times.”';
    const a = analyze(text);
    for (const fragment of ['The samples were clean', 'We repeated the test']) {
      assert.equal(speakerOf(a, claimHolding(a, fragment)), 'Lena Fischer');
    }
  });
});

describe('engine: indirect and mixed speech', () => {
  it('keeps the subject of the cue as speaker for every quote in its clause', () => {
    const text = 'Mr. Varga confirmed that Mr. Hollis had “delivered the letter” and that Mr. Quint “accepted its terms.”';
    const a = analyze(text);
    for (const fragment of ['delivered the letter', 'accepted its terms']) {
      const claim = claimHolding(a, fragment);
      assert.equal(speakerOf(a, claim), 'Varga');
      assert.equal(claim.kind, 'mixed');
    }
  });

  it('reads indirect speech with an appositive subject', () => {
    const text = 'Marta Reyes, the city’s police chief, told reporters that the road would reopen on Monday.';
    const a = analyze(text);
    const claim = claimHolding(a, 'the road would reopen');
    assert.equal(claim.kind, 'indirect');
    assert.equal(speakerOf(a, claim), 'Marta Reyes');
    assert.equal(claim.cue?.text, 'told');
    assert.ok(claim.source?.text.startsWith('Marta Reyes'));
  });

  it('reads "according to" and "as stated by"', () => {
    const a = analyze('The factory will close in May, according to the Labor Department.');
    const claim = claimHolding(a, 'The factory will close');
    assert.equal(claim.cue?.text, 'according to');
    assert.equal(speakerOf(a, claim), 'Labor Department');
  });

  it('resolves "He" to the last speaker rather than the nearest name', () => {
    const text = 'Mr. Dorsey said the talks would resume after Mr. Kim returned. He added that no date had been set.';
    const a = analyze(text);
    const claim = claimHolding(a, 'no date had been set');
    assert.equal(speakerOf(a, claim), 'Dorsey');
    assert.equal(claim.source?.text, 'He');
  });

  it('does not treat a verb without a reported clause as a claim', () => {
    const a = analyze('The committee held a meeting in the morning and adjourned at noon.');
    assert.equal(a.claims.length, 0);
  });
});

describe('engine: less common shapes', () => {
  it('takes any verb after a quote that closes on a comma as the cue ("shot back")', () => {
    const a = analyze('The debate grew heated.\n“You have no plan at all,” Senator Lena Moss shot back.');
    const claim = claimHolding(a, 'You have no plan');
    assert.equal(speakerOf(a, claim), 'Lena Moss');
    assert.equal(claim.cue?.text, 'shot');
  });

  it('gives the quote after a colon-ended sentence to that sentence\'s speaker', () => {
    const a = analyze('The mayor, Rita Osei, put it plainly:\n“We cannot keep patching this road.”');
    assert.equal(speakerOf(a, claimHolding(a, 'We cannot keep patching')), 'Rita Osei');
  });

  it('reads an interview transcript label as the speaker of its paragraph', () => {
    const a = analyze('HOST: Will you run again?\nMARLOWE: I have not decided. My family comes first.');
    assert.equal(speakerOf(a, claimHolding(a, 'I have not decided')), 'Marlowe');
  });

  it('keeps the subject across a time phrase and a party label', () => {
    const a = analyze('Rep. Dana Holt (D-Ore.) on Monday criticized the bill, saying it would “gut the program.”');
    assert.equal(speakerOf(a, claimHolding(a, 'gut the program')), 'Dana Holt');
  });

  it('nests a straight quote inside a curly one instead of closing it there', () => {
    const a = analyze('“They called it a "temporary fix" three years ago,” said Omar Haddad.');
    const claim = claimHolding(a, 'three years ago');
    assert.equal(speakerOf(a, claim), 'Omar Haddad');
    assert.equal(claim.kind, 'direct');
  });

  it('takes "asked whether …" and a document that "shows" something as claims', () => {
    const asked = analyze('A reporter, Mia Lund, asked whether the plant would close.');
    assert.equal(speakerOf(asked, claimHolding(asked, 'the plant would close')), 'Mia Lund');
    const poll = analyze('A new poll by the Harbor Institute shows the mayor trailing by six points.');
    assert.ok(poll.claims.some((c) => c.content.text.includes('the mayor trailing')));
  });

  it('leaves a dateline out of the content and keeps "European" in an organisation\'s name', () => {
    const a = analyze('VIENNA — The talks collapsed on Friday, the European Commission said.');
    const claim = claimHolding(a, 'The talks collapsed');
    assert.ok(!claim.content.text.includes('VIENNA'));
    assert.equal(speakerOf(a, claim), 'European Commission');
  });
});

describe('engine: actors', () => {
  it('groups a full name, honorific and surname into one person with a title role', () => {
    const text = 'President Amara Diallo arrived on Tuesday. Ms. Diallo said the summit was useful. Diallo left at noon.';
    const a = analyze(text);
    const people = a.actors.filter((x) => x.name === 'Amara Diallo');
    assert.equal(people.length, 1);
    assert.equal(people[0].kind, 'person');
    assert.equal(people[0].role, 'President');
    assert.ok(people[0].mentions.length >= 3);
  });

  it('classifies countries as places and news outlets as organizations', () => {
    const a = analyze('Officials in Canada spoke to the Daily Herald about the plan.');
    assert.equal(a.actors.find((x) => x.name === 'Canada')?.kind, 'place');
    assert.equal(a.actors.find((x) => x.name === 'Daily Herald')?.kind, 'organization');
  });
});

describe('engine: output contract and bad input', () => {
  it('returns an empty analysis for empty, blank and non-English text', () => {
    for (const text of ['', '   \n\n ', '这是一个没有引语的句子。', '\u0000\u0001\u0002']) {
      const a = analyze(text);
      assert.ok(Array.isArray(a.actors) && Array.isArray(a.claims));
    }
    assert.deepEqual(analyze(''), { actors: [], claims: [] });
  });

  it('rejects a non-string with a clear error', () => {
    assert.throws(() => analyze(42 as unknown as string), /text must be a string/);
  });

  it('keeps every span consistent with the text, CRLF included', () => {
    const text = 'Mayor Joan Pike said:\r\n“The bridge opens Friday.”\r\n"It is safe," she added.';
    const a = analyze(text);
    assert.ok(a.claims.length >= 2);
    const spans = [
      ...a.claims.flatMap((c) => [c.content, ...c.quotes, ...(c.cue ? [c.cue] : []), ...(c.source ? [c.source] : [])]),
      ...a.actors.flatMap((x) => x.mentions),
    ];
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it('keeps its output linear in the input on a long run of quotes and cues', () => {
    const text = Array.from({ length: 4000 }, (_, i) => `"point ${i}" he said,`).join(' ');
    const size = JSON.stringify(analyze(text)).length;
    // Each claim holds its own quote; before the fix every claim ran to the end of the 90k-character run.
    assert.ok(size < 60 * text.length, `output of ${size} characters for ${text.length} of input`);
    const chain = Array.from({ length: 3000 }, () => 'Smith said that').join(' ');
    for (const claim of analyze(chain).claims) assert.ok(claim.content.end - claim.content.start <= 5000);
  });

  it('is deterministic', () => {
    const text = '“Rates will stay put,” said Governor Hal Ostrow. He added that inflation was easing.';
    assert.deepEqual(analyze(text), analyze(text));
  });
});
