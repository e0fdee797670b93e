import * as assert from 'node:assert/strict';
import type { Actor, Analysis, Claim, Sourcing } from '../../../src/engine/types';
import { actorCardMarkdown } from '../../../src/extension/hover/hoverContent';
import {
  actorAccessibilityLabel, actorDescription, buildActorsTreeModel, claimAccessibilityLabel, claimDescription, claimLabel, claimTooltipMarkdown,
} from '../../../src/extension/tree/treeContent';
import { BERG, DIRECT, fixtureAnalysis, INDIRECT, LUND, UNATTRIBUTED } from './fixtures';

function actor(id: string, name: string, firstMention: number, named = true): Actor {
  return { id, name, kind: 'person', role: null, aliases: [], named, mentions: [{ start: firstMention, end: firstMention + name.length, text: name }] };
}

function claimBy(id: string, actorId: string | null, start: number, sourcing: Sourcing = 'named'): Claim {
  return { ...INDIRECT, id, actor: actorId, content: { start, end: start + 5, text: 'words' }, sourcing };
}

describe('extension: Actors tree model', () => {
  it('puts speakers first by claim count, ties by first mention; the silent and the unattributed apart', () => {
    const analysis: Analysis = {
      actors: [actor('a1', 'First', 0), actor('a2', 'Second', 10), actor('a3', 'Silent', 5), actor('a4', 'Busy', 50)],
      claims: [claimBy('c1', 'a2', 12), claimBy('c2', 'a4', 60), claimBy('c3', 'a1', 70), claimBy('c4', 'a4', 80), claimBy('c5', null, 90)],
    };
    const model = buildActorsTreeModel(analysis);
    assert.deepEqual(model.speakers.map((entry) => entry.actor.name), ['Busy', 'First', 'Second']);
    assert.deepEqual(model.speakers[0].claims.map((claim) => claim.id), ['c2', 'c4'], 'claims in text order');
    assert.deepEqual(model.mentionedOnly.map((entry) => entry.name), ['Silent']);
    assert.deepEqual(model.unattributed.map((claim) => claim.id), ['c5']);
  });

  it('treats a claim whose actor id is unknown as unattributed rather than losing it', () => {
    const model = buildActorsTreeModel({ actors: [], claims: [claimBy('c1', 'a9', 0)] });
    assert.deepEqual(model.unattributed.map((claim) => claim.id), ['c1']);
  });

  it('is empty for an empty analysis', () => {
    assert.deepEqual(buildActorsTreeModel({ actors: [], claims: [] }), { speakers: [], mentionedOnly: [], unnamed: [], unattributed: [], unsourced: [] });
  });

  it('lists unnamed actors apart, after every named one: speakers by claims as above, then the silent', () => {
    const analysis: Analysis = {
      actors: [
        actor('a1', 'a neighbor', 0, false), actor('a2', 'Ana Ruiz', 10), actor('a3', 'officials', 20, false),
        actor('a4', 'residents', 5, false), actor('a5', 'Elm Park', 30), actor('a6', 'critics', 40, false),
      ],
      claims: [claimBy('c1', 'a1', 2, 'unnamed'), claimBy('c2', 'a2', 12), claimBy('c3', 'a3', 22, 'unnamed'), claimBy('c4', 'a3', 24, 'unnamed'),
        claimBy('c5', 'a6', 42, 'unnamed')],
    };
    const model = buildActorsTreeModel(analysis);
    assert.deepEqual(model.speakers.map((entry) => entry.actor.name), ['Ana Ruiz']);
    assert.deepEqual(model.mentionedOnly.map((entry) => entry.name), ['Elm Park']);
    assert.deepEqual(model.unnamed.map((entry) => entry.actor.name), ['officials', 'a neighbor', 'critics', 'residents']);
    assert.deepEqual(model.unnamed[0].claims.map((claim) => claim.id), ['c3', 'c4'], 'an unnamed speaker keeps its claims');
    assert.deepEqual(model.unnamed[3].claims, [], 'a silent unnamed actor has none');
  });

  it('on the fixture: Berg with her two claims, Lund only mentioned, the "according to" claim with no source', () => {
    const model = buildActorsTreeModel(fixtureAnalysis());
    assert.deepEqual(model.speakers.map((entry) => [entry.actor.name, entry.claims.map((claim) => claim.id)]), [['Anna Berg', ['c1', 'c2']]]);
    assert.deepEqual(model.mentionedOnly, [LUND]);
    assert.deepEqual(model.unsourced, [UNATTRIBUTED]);
    assert.deepEqual(model.unattributed, []);
  });

  it('groups claims by sourcing: a named body\'s claims through unnamed people go under unnamed sources', () => {
    const analysis: Analysis = {
      actors: [actor('a1', 'Riverton Agency', 0), actor('a2', 'company', 30, false)],
      claims: [claimBy('c1', 'a1', 2), claimBy('c2', 'a1', 12, 'unnamed'), claimBy('c3', 'a2', 32), claimBy('c4', null, 50, 'none'), claimBy('c5', null, 60)],
    };
    const model = buildActorsTreeModel(analysis);
    assert.deepEqual(model.speakers.map((e) => [e.actor.name, e.claims.map((c) => c.id)]), [['Riverton Agency', ['c1']], ['company', ['c3']]],
      'a definite description ("the company") is on the record');
    assert.deepEqual(model.unnamed.map((e) => [e.actor.name, e.claims.map((c) => c.id)]), [['Riverton Agency', ['c2']]]);
    assert.deepEqual(model.unsourced.map((c) => c.id), ['c4']);
    assert.deepEqual(model.unattributed.map((c) => c.id), ['c5']);
    assert.equal(actorDescription(analysis.actors[0], 1, true), 'through unnamed people · 1 claim');
  });
});

describe('extension: Actors tree labels', () => {
  it('labels a claim by its opening words, quote marks kept, cut with an ellipsis', () => {
    assert.equal(claimLabel(DIRECT), '"productive, if slow,"');
    const long = { ...INDIRECT, content: { start: 0, end: 0, text: 'one two  three\nfour five six seven eight nine ten' } };
    assert.equal(claimLabel(long), 'one two three four five six seven eight …');
    assert.equal(claimLabel(long, 3), 'one two three …');
  });

  it('describes an actor by role and claim count', () => {
    assert.equal(actorDescription(BERG, 2), 'trade commissioner · 2 claims');
    assert.equal(actorDescription(BERG, 1), 'trade commissioner · 1 claim');
    assert.equal(actorDescription(LUND, 0), 'no claims');
  });

  it('describes a claim by its cue', () => {
    assert.equal(claimDescription(DIRECT), 'said');
    assert.equal(claimDescription({ ...DIRECT, cue: null }), '');
  });

  it('gives the whole claim, its speaker and kind in the tooltip, escaped', () => {
    const tooltip = claimTooltipMarkdown(DIRECT, BERG);
    assert.ok(tooltip.startsWith('**Anna Berg** — trade commissioner'), tooltip);
    assert.match(tooltip, /\*direct quote\* · “said” · confidence 90%/);
    assert.ok(tooltip.replace(/\\([!-/:-@[-`{-~])/g, '$1').endsWith('\n\n"productive, if slow,"'), tooltip);
    assert.match(claimTooltipMarkdown(UNATTRIBUTED, undefined), /^\*\*No source given\*\*/);
    assert.match(claimTooltipMarkdown({ ...DIRECT, sourcing: 'unnamed' }, { ...BERG, name: 'a neighbor', role: null, named: false }), /^Unnamed source: \*\*a neighbor\*\*\n/);
  });

  it('gives an actor row the actor card as tooltip: aliases under "Also called", escaped', () => {
    // ActorNode sets exactly this markdown as its tooltip (it needs vscode; the card does not).
    const ruiz: Actor = { ...BERG, name: 'Ana Ruiz', role: 'mayor', aliases: ['Ruiz', 'the *mayor*'] };
    const tooltip = actorCardMarkdown(fixtureAnalysis(), ruiz);
    assert.match(tooltip, /\n\nAlso called: “Ruiz”, “the \\\*mayor\\\*”$/);
    assert.ok(!actorCardMarkdown(fixtureAnalysis(), LUND).includes('Also called'), 'no line when the text uses one name only');
  });

  it('gives screen readers a full sentence for actors and claims', () => {
    assert.equal(actorAccessibilityLabel(BERG, 2), 'Anna Berg, trade commissioner, 2 claims');
    assert.equal(actorAccessibilityLabel(LUND, 0), 'Mr. Lund, person, no claims');
    assert.equal(actorAccessibilityLabel({ ...LUND, name: 'a neighbor', named: false }, 1), 'a neighbor, person, not named in the article, 1 claim');
    assert.equal(claimAccessibilityLabel(DIRECT, BERG), 'direct quote by Anna Berg: "productive, if slow,"');
    assert.equal(claimAccessibilityLabel(UNATTRIBUTED, undefined), 'indirect (paraphrase) with no source given: the tariffs will stay');
  });
});
