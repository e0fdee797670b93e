import * as assert from 'node:assert/strict';
import { groupActors } from '../../../../src/extension/workspaceIndex/actorGroups';
import type { FileSummary, IndexedActor } from '../../../../src/extension/workspaceIndex/fileSummary';

function actor(name: string, claimStarts: number[], extra: Partial<IndexedActor> = {}): IndexedActor {
  const claims = claimStarts.map((start) => ({ start, end: start + 5, line: 1, kind: 'indirect' as const, preview: `claim at ${start}`, cue: 'said' }));
  return { name, kind: 'person', aliases: [], claims, claimCount: claims.length, ...extra };
}

const files = (entries: Record<string, IndexedActor[]>) => new Map<string, FileSummary>(Object.entries(entries).map(([uri, actors]) => [uri, { actors }]));

describe('extension: workspace actor groups', () => {
  it('makes one actor of the same name in three files, with the claim count per file', () => {
    const groups = groupActors(files({
      'file:///a.article': [actor('Ana Ruiz', [10, 40])],
      'file:///b.article': [actor('Ana Ruiz', [5]), actor('Tom Hale', [60])],
      'file:///c.article': [actor('ana  ruiz', [7])],
    }));
    const ruiz = groups.find((group) => group.name === 'Ana Ruiz');
    assert.ok(ruiz);
    assert.deepEqual(ruiz.files.map((file) => [file.uri, file.claims.length]), [['file:///a.article', 2], ['file:///b.article', 1], ['file:///c.article', 1]]);
    assert.equal(ruiz.claimCount, 4);
    assert.deepEqual(ruiz.aliases, ['ana  ruiz']);
    assert.equal(groups[0], ruiz, 'the actor in most files comes first');
    assert.equal(groups.length, 2);
  });

  it('joins through a full-name alias but never through a one-word alias, nor across kinds', () => {
    const groups = groupActors(files({
      'file:///a.article': [actor('Mayor Ana Ruiz', [1], { aliases: ['Ana Ruiz', 'Ruiz'] })],
      'file:///b.article': [actor('Ana Ruiz', [1])],
      'file:///c.article': [actor('Luis Ruiz', [1], { aliases: ['Ruiz'] })],
      'file:///d.article': [actor('Ana Ruiz', [1], { kind: 'organization' })],
    }));
    const names = groups.map((group) => `${group.name}/${group.kind}/${group.files.length}`).sort();
    assert.deepEqual(names, ['Ana Ruiz/organization/1', 'Luis Ruiz/person/1', 'Mayor Ana Ruiz/person/2']);
  });

  it('lists a file\'s claims in text order when one file holds two actors of one group', () => {
    const [group] = groupActors(files({ 'file:///a.article': [actor('Ana Ruiz', [50]), actor('Ana Ruiz', [3])] }));
    assert.deepEqual(group.files[0].claims.map((claim) => claim.start), [3, 50]);
  });

  it('counts every claim, also those a huge file does not list', () => {
    const [group] = groupActors(files({ 'file:///a.article': [actor('Ana Ruiz', [1, 2], { claimCount: 40_000 })], 'file:///b.article': [actor('Ana Ruiz', [3])] }));
    assert.equal(group.claimCount, 40_001);
    assert.deepEqual(group.files.map((file) => [file.uri, file.claimCount, file.claims.length]), [['file:///a.article', 40_000, 2], ['file:///b.article', 1, 1]]);
  });

  it('answers no groups for no files', () => {
    assert.deepEqual(groupActors(new Map()), []);
  });
});
