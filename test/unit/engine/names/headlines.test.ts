/**
 * Title-case headlines (headlineNames.ts, actors.ts): a headline's run of capitals is cut into the names the body
 * gives, its first name speaks when a verb parts two names, and an all-capitals transcript label that spells a
 * person's surname is that person. Every fixture text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { tokenize } from '../../../../src/engine/tokens';
import { isTitleCase, headlineSubjectIndex } from '../../../../src/engine/headlineNames';
import { actorList, speakerOf } from '../resolution/helpers';

const body = 'Ana Ruiz, the mayor of Riverton, spoke on Monday. Tom Hale runs the port authority. Ruiz said the port had failed the town.';

describe('headline names: title case', () => {
  it('reads a headline that capitalises every word but the short ones as title case', () => {
    const { tokens, sentences } = tokenize('Mayor Ana Ruiz Slams Tom Hale Over the Harbor Plan');
    assert.equal(isTitleCase(tokens, sentences[0][0], sentences[0][1]), true);
  });

  it('does not read running text with a lower-case verb as title case, however many names it holds', () => {
    const { tokens, sentences } = tokenize('Ana Ruiz, Tom Hale and Bo Li said so.');
    assert.equal(isTitleCase(tokens, sentences[0][0], sentences[0][1]), false);
  });
});

describe('headline names: runs cut into the body’s names', () => {
  it('lists the two people of "X Slams Y" rather than one person named by the whole run', () => {
    const a = analyze(`Ana Ruiz Slams Tom Hale: ‘He Failed the Town’\n\n${body}`);
    const names = a.actors.map((x) => x.name);
    assert.ok(names.includes('Ana Ruiz') && names.includes('Tom Hale'), names.join(', '));
    assert.ok(!names.some((n) => n.includes('Slams')), names.join(', '));
    assert.equal(speakerOf(a, 'He Failed the Town'), 'Ana Ruiz');
  });

  it('leaves a run alone when the body’s name it holds is not its first words (the object, not the subject)', () => {
    const a = analyze(`Harbor Workers Slam Tom Hale: ‘He Failed Us’\n\n${body}`);
    assert.notEqual(speakerOf(a, 'He Failed Us'), 'Tom Hale');
  });

  it('keeps a name whose title only stands before it: the last name of "Kestrel Port Chief Tom Hale" speaks', () => {
    const tokens = tokenize('Kestrel Port Chief Tom Hale Says the Harbor Is Safe').tokens;
    // Names at "Kestrel Port" (0-1) and "Tom Hale" (3-4), parted only by the title word "chief".
    assert.equal(headlineSubjectIndex(tokens, [{ first: 0, last: 1 }, { first: 3, last: 4 }], (w) => w === 'chief'), -1);
    // A verb between them makes a clause whose first name is the subject.
    const clause = tokenize('Kestrel Port Blames Tom Hale for the Delay').tokens;
    assert.equal(headlineSubjectIndex(clause, [{ first: 0, last: 1 }, { first: 3, last: 4 }], (w) => w === 'chief'), 0);
  });

  it('changes nothing outside title-case sentences', () => {
    const a = analyze('Ana Ruiz Hale, the new harbor chief, said the port was safe. Ruiz Hale said it twice.');
    assert.ok(a.actors.some((x) => x.name === 'Ana Ruiz Hale'), actorList(a));
  });
});

describe('headline names: all-capitals transcript labels', () => {
  const transcript = 'Moderator Tom Hale asked Ana Ruiz about the harbor.\n\nRUIZ: We will rebuild the harbor.\n\nHALE: When?';

  it('gives a label that spells a person’s surname in capitals to that person', () => {
    const a = analyze(transcript);
    assert.equal(speakerOf(a, 'We will rebuild the harbor'), 'Ana Ruiz');
    assert.ok(!a.actors.some((x) => x.name === 'RUIZ'), actorList(a));
  });

  it('keeps an acronym that no person’s surname spells a body', () => {
    const a = analyze('Tom Hale chairs the port board.\n\nNATO: The alliance will meet on Monday.');
    assert.ok(a.actors.some((x) => x.name === 'NATO' && x.kind === 'organization'), JSON.stringify(a.actors.map((x) => [x.name, x.kind])));
  });
});

describe('headline names: a given name and a surname the body gives alone', () => {
  it('cuts "Walter Okafor Wins Big In Riverton Primary" to the person when the body says "Okafor"', () => {
    const a = analyze('Walter Okafor Wins Big In Riverton Primary\n\nOkafor won 60 percent of the vote, officials said. Okafor said he was grateful.');
    assert.deepEqual(a.actors.filter((x) => x.kind === 'person').map((x) => x.name), ['Walter Okafor']);
  });
});

describe('names: identifiers are no names', () => {
  it('lists no actor for a post\'s identifier ("QxTrBzKm") and keeps brands with inner capitals', () => {
    const a = analyze('Ana Ruiz posted the clip QxTrBzKm on Monday. KestrelWatch said HarborCastLive and McAllister agreed.');
    const names = a.actors.map((x) => x.name);
    assert.ok(!names.includes('QxTrBzKm'), names.join(', '));
    assert.ok(names.includes('KestrelWatch'), names.join(', '));
  });
});
