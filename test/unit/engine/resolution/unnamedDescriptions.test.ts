/**
 * Unnamed descriptions (resolution/nominals.ts mergeUnnamedDescriptions, actors.ts): one head noun and a shared
 * modifier make one actor ("a senior Riverton official" … "the Riverton official", "officials" … "Riverton
 * officials"); "the source" is the unnamed person the story leans on; "another source" is someone else; "many of
 * them" is the group that spoke before; a capitalised plural people noun ("Students say") is a group. Every fixture
 * text is invented.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { actorCalled, claimHolding, mentionTexts } from './helpers';

function sameSpeaker(text: string, first: string, second: string): boolean {
  const a = analyze(text);
  const one = claimHolding(a, first).actor;
  assert.notEqual(one, null);
  return one === claimHolding(a, second).actor;
}

describe('resolution: unnamed people sharing a head noun', () => {
  it('merges descriptions that share a modifier', () => {
    const text = 'A senior Riverton official said the deal was close. The Riverton official said talks would resume.';
    assert.equal(sameSpeaker(text, 'the deal was close', 'talks would resume'), true);
    const official = actorCalled(analyze(text), 'senior Riverton official');
    assert.deepEqual(mentionTexts(official), ['A senior Riverton official', 'The Riverton official']);
    assert.equal(official.named, false);
  });

  it('keeps apart descriptions whose modifiers differ entirely', () => {
    const text = 'A senior official said the deal was close. A junior official said it was not.';
    assert.equal(sameSpeaker(text, 'the deal was close', 'it was not'), false);
  });

  it('merges unnamed groups with one head noun ("officials" … "Riverton officials")', () => {
    const text = 'Officials said the road would close. Riverton officials said it would reopen in May.';
    assert.equal(sameSpeaker(text, 'the road would close', 'it would reopen'), true);
    assert.deepEqual(actorCalled(analyze(text), 'officials').aliases, ['riverton officials']);
  });
});

describe('resolution: sources', () => {
  it('makes "the source" the unnamed person the story already leans on', () => {
    const text = 'A senior official said the deal was close. The source said talks would resume.';
    assert.equal(sameSpeaker(text, 'the deal was close', 'talks would resume'), true);
  });

  it('keeps "the source" one actor when it speaks twice', () => {
    const text = 'The source said the deal was close. The source said talks would resume.';
    assert.equal(sameSpeaker(text, 'the deal was close', 'talks would resume'), true);
  });

  it('makes "another source" someone else', () => {
    const text = 'The source said the vote would fail. Another source said it would pass.';
    assert.equal(sameSpeaker(text, 'the vote would fail', 'it would pass'), false);
    // Shown apart in the Actors view: "source" and "another source".
    assert.deepEqual(analyze(text).actors.map((x) => x.name).filter((n) => n.endsWith('source')).sort(), ['another source', 'source']);
  });
});

describe('resolution: groups', () => {
  it('reads a capitalised plural people noun that opens a sentence as a group ("Students say")', () => {
    const a = analyze('Students say the library closes too early.');
    const students = actorCalled(a, 'students');
    assert.equal(students.kind, 'group');
    assert.equal(students.named, false);
  });

  it('makes "many of them" the group that spoke before it', () => {
    const text = 'Dozens of residents met on Monday. Students say the library closes too early. Many of them said the bridge was too narrow.';
    assert.equal(sameSpeaker(text, 'the library closes too early', 'the bridge was too narrow'), true);
    assert.deepEqual(actorCalled(analyze(text), 'students').aliases, ['many of them']);
  });

  it('makes "one of the jurors" one juror, the same as "one juror", and not the jurors as a group', () => {
    const text = 'One juror said she was not sure at first. Jurors said they were deadlocked. One of the jurors said “guilty” twice.';
    const a = analyze(text);
    assert.equal(sameSpeaker(text, 'she was not sure at first', '“guilty” twice'), true);
    assert.equal(sameSpeaker(text, 'they were deadlocked', '“guilty” twice'), false);
    const juror = actorCalled(a, 'one juror');
    assert.equal(juror.kind, 'person');
    assert.equal(juror.named, false);
  });
});

describe('unnamed descriptions: a source is a person', () => {
  it('reads "one Republican source" and "an insider" as people, and "sources" as a group', () => {
    const a = analyze('“We will win the vote,” said one Republican source on the committee. An insider said the deal was off. ' +
      'Sources said the count was late.');
    const kindOf = (fragment: string) => a.actors.find((x) => x.id === claimHolding(a, fragment).actor)?.kind;
    assert.equal(kindOf('We will win the vote'), 'person');
    assert.equal(kindOf('the deal was off'), 'person');
    assert.equal(kindOf('the count was late'), 'group');
  });
});
