import * as assert from 'node:assert/strict';
import { actorFileDescription, uriFileName, workspaceActorDescription, workspaceActorTooltip } from '../../../../src/extension/tree/workspaceContent';
import type { WorkspaceActor } from '../../../../src/extension/workspaceIndex/actorGroups';
import { includeGlob, maxFiles, tooManyFilesNotice } from '../../../../src/extension/workspaceIndex/indexSettings';

const claim = (start: number, kind: 'direct' | 'indirect') => ({ start, end: start + 4, line: 3, kind, preview: 'the dam will hold', cue: 'said' });
const RUIZ: WorkspaceActor = {
  key: 'person|ana ruiz', name: 'Ana Ruiz', kind: 'person', aliases: ['Mayor Ana Ruiz'], claimCount: 3,
  files: [{ uri: 'file:///news/Day%20One.article', claims: [claim(1, 'direct'), claim(9, 'indirect')], claimCount: 2 }, { uri: 'file:///news/b.news', claims: [claim(2, 'indirect')], claimCount: 1 }],
};

describe('extension: workspace mode labels and settings', () => {
  it('describes an actor by kind, claims and files, and names each file in the tooltip', () => {
    assert.equal(workspaceActorDescription(RUIZ), 'person · 3 claims in 2 files');
    assert.equal(workspaceActorTooltip(RUIZ), 'Ana Ruiz (person)\nAlso named: Mayor Ana Ruiz\nDay One.article: 2 claims\nb.news: 1 claim');
    assert.equal(actorFileDescription(RUIZ.files[1]), '1 claim');
    assert.equal(actorFileDescription({ ...RUIZ.files[0], claimCount: 25_000 }), '25,000 claims (first 2 listed)');
    assert.equal(uriFileName('file:///x/bad%E0name.article'), 'bad%E0name.article', 'a malformed escape is shown as is');
  });

  it('validates the settings and says how to turn a too-large index on', () => {
    assert.equal(includeGlob(undefined), '**/*.{article,news}');
    assert.equal(includeGlob('  '), '**/*.{article,news}');
    assert.equal(includeGlob('news/**/*.txt'), 'news/**/*.txt');
    assert.equal(maxFiles('many'), 5000);
    assert.equal(maxFiles(-1), 5000);
    assert.equal(maxFiles(120.5), 120);
    assert.match(tooManyFilesNotice(5000, '**/*.article'), /more than 5,000 files matching \*\*\/\*\.article\. Raise attributionLens\.workspace\.maxFiles/);
  });
});
