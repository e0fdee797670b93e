/**
 * Datelines (datelines.ts) and dates (names.ts): the place a wire story was filed from, and a month's short form,
 * name no actor. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { tokenize } from '../../../src/engine/tokens';
import { datelineAt } from '../../../src/engine/datelines';
import { actorList } from './resolution/helpers';

function dateline(text: string): string | null {
  const { tokens } = tokenize(text);
  const d = datelineAt(tokens, 0);
  return d ? text.slice(tokens[d.first].start, tokens[d.last].end) : null;
}

describe('datelines', () => {
  it('reads the place, its state and the agency before the dash', () => {
    assert.equal(dateline('RIVERTON, N.C. — The council voted.'), 'RIVERTON, N.C.');
    assert.equal(dateline('KESTREL BAY, Calif. (Reuters) -- Ana Ruiz spoke.'), 'KESTREL BAY, Calif. (Reuters)');
    assert.equal(dateline('RIVERTON (AP) — Police said so.'), 'RIVERTON (AP)');
    assert.equal(dateline('RIVERTON, Ont. — A fire broke out.'), 'RIVERTON, Ont.');
    assert.equal(dateline('LONDON: The minister spoke on Monday.'), 'LONDON');
    // A label that names no known place is an interview's speaker, not a dateline.
    assert.equal(dateline('HALE: We will rebuild.'), null);
  });

  it('finds none without the dash, in mixed case, or after a paragraph’s start', () => {
    assert.equal(dateline('NATO said on Monday that it would meet.'), null);
    assert.equal(dateline('Riverton, N.C. — The council voted.'), null);
    const { tokens } = tokenize('The vote was close. RIVERTON — The council met.');
    assert.equal(datelineAt(tokens, 5), null);
  });

  it('lists no actor for the dateline, and gives the next sentence’s "it" to no dateline', () => {
    const a = analyze('RIVERTON, N.C. — The council voted to close the harbor. It did not say whether the mayor agreed, officials said.');
    assert.ok(!a.actors.some((x) => /RIVERTON|N\.C\./.test(x.name)), actorList(a));
  });

  it('gives no claim to a colon dateline ("LONDON: …") and lets the sentence after it speak', () => {
    const a = analyze('Budget row\n\nLONDON: Finance Minister Ana Ruiz on Monday defended the budget, saying it would boost growth.');
    const speakers = a.claims.map((c) => a.actors.find((x) => x.id === c.actor)?.name ?? null);
    assert.ok(speakers.length > 0 && speakers.every((n) => n === 'Ana Ruiz'), JSON.stringify(speakers));
    assert.ok(!a.actors.some((x) => /london/i.test(x.name)), actorList(a));
  });

  it('keeps a paragraph that opens with an acronym that speaks', () => {
    const a = analyze('NATO said on Monday that it would meet.');
    assert.deepEqual(a.actors.map((x) => x.name), ['NATO']);
  });
});

describe('dates are no names', () => {
  it('does not make "Jan." the subject that speaks in "since Jan. 1, 2015, shows"', () => {
    const a = analyze('An analysis of the groups that raised money since Jan. 1, 2015, shows the council ahead.');
    const speakers = a.claims.map((c) => a.actors.find((x) => x.id === c.actor)?.name ?? null);
    assert.ok(a.claims.length > 0 && !speakers.some((n) => n !== null && /^jan/i.test(n)), JSON.stringify(speakers));
    assert.ok(!a.actors.some((x) => x.name === 'Jan.' && x.kind === 'person'), actorList(a));
  });

  it('keeps "Jan" without a full stop a given name', () => {
    const a = analyze('Jan Kowal said the harbor would reopen.');
    assert.deepEqual(a.actors.map((x) => x.name), ['Jan Kowal']);
  });
});

describe('datelines: a province in lower case, and no subject across the dash', () => {
  it('keeps "RIVERTON, Ont. —" out of the first claim\'s content', () => {
    const text = 'RIVERTON, Ont. — A man has been charged after a crash on Quay Street, police said Saturday.';
    const claim = analyze(text).claims.find((c) => c.content.text.includes('charged'));
    assert.ok(claim, 'no claim');
    assert.ok(claim.content.text.startsWith('A man has been charged'), claim.content.text);
  });

  it('lets no subject run from the dateline into the sentence ("KESTREL FALLS, Iowa — The council voted")', () => {
    const a = analyze('KESTREL FALLS, Iowa — The council voted to raise fees, the mayor said.');
    assert.ok(!a.claims.some((c) => c.source?.text.includes('Iowa')), JSON.stringify(a.claims.map((c) => c.source?.text)));
    assert.ok(!a.actors.some((x) => x.name.toLowerCase() === 'iowa'));
  });
});

describe('datelines: a city in capitals before a colon that opens the article', () => {
  it('reads "MARLOWTON: …" before a lead paragraph as a dateline, no actor', () => {
    const a = analyze('MARLOWTON: The Kestrel Reserve Bank on Friday kept its key interest rate unchanged at 6.5%, as most economists had expected it would.\n\nGovernor Ana Ruiz said inflation remained a concern.');
    assert.ok(!a.actors.some((x) => x.name === 'MARLOWTON'), actorList(a));
  });

  it('keeps a transcript\'s speaker label and an outlet\'s label before a short headline as they were', () => {
    const transcript = analyze('RUIZ: We will win this race and we will win it well, whatever the polls and the papers say about us now.\n\nHALE: No.\n\nRUIZ: Watch us.');
    assert.ok(transcript.actors.some((x) => x.name === 'Ruiz'), actorList(transcript));
    const headline = analyze('KESTRELWIRE: Mayor routed port money to lobbyists.\n\nThe mayor denied it.');
    assert.ok(headline.actors.some((x) => x.name === 'KESTRELWIRE'), actorList(headline));
  });
});
