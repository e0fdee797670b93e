/**
 * Documents (resolution/documents.ts): "a statement", "the report" speak for their issuer: the body or person the
 * source phrase names, the issuer that document had before, or the named speaker just before; with nobody in
 * reach, for nobody.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import type { Entity } from '../../../../src/engine/actors';
import type { DraftClaim } from '../../../../src/engine/claims';
import type { Resolved } from '../../../../src/engine/speakers';
import { rootOf } from '../../../../src/engine/resolution/clusters';
import { assignDocumentIssuers, isDocument } from '../../../../src/engine/resolution/documents';
import { actorCalled, actorList, described, mentionTexts, named, speakerOf } from './helpers';

/** A resolved claim whose content starts at `at`, spoken by `entity`. */
function claimAt(at: number, entity: Entity | null): Resolved {
  return { draft: { contentStart: at, contentEnd: at + 10 } as DraftClaim, entity, confidence: 0.8, evidence: 'subject of “said”' };
}

describe('resolution/documents: isDocument', () => {
  it('is true for a description headed by a document noun, false for a name or a people noun', () => {
    assert.equal(isDocument(described('statement', 'organization', 0)), true);
    assert.equal(isDocument(described('second tweet', 'organization', 0)), true);
    assert.equal(isDocument(described('news release', 'organization', 0)), true);
    assert.equal(isDocument(described('spokeswoman', 'person', 0)), false);
    assert.equal(isDocument(described('board', 'organization', 0)), false);
    // A proper name that happens to end in a document word is not a document.
    assert.equal(isDocument(named('Riverton Report', 'organization', 0)), false);
  });
});

describe('resolution/documents: assignDocumentIssuers', () => {
  it('gives the claim to the last body or person its source phrase names', () => {
    const statement = described('statement', 'organization', 0);
    const board = named('Riverton Water Board', 'organization', 20);
    const r = claimAt(60, statement);
    assignDocumentIssuers([r], () => [board]);
    assert.equal(r.entity, board);
    assert.match(r.evidence, /^issued by Riverton Water Board: /);

    // "Officer Ana Ruiz's Riverton Water Board": the last name in the phrase is the issuer.
    const ruiz = named('Ana Ruiz', 'person', 10);
    const second = claimAt(90, described('report', 'organization', 70));
    assignDocumentIssuers([second], () => [ruiz, board]);
    assert.equal(second.entity, board);
  });

  it('takes no place as issuer, and the root of a merged issuer', () => {
    const statement = described('statement', 'organization', 0);
    const rpd = named('Riverton Police Department', 'organization', 20);
    const acronym = named('RPD', 'organization', 40);
    acronym.mergedInto = rpd;
    const town = named('Riverton', 'place', 60);
    const r = claimAt(80, statement);
    assignDocumentIssuers([r], () => [acronym, town]);
    assert.equal(r.entity, rpd);
  });

  it('keeps the issuer of a document met again ("The statement added …")', () => {
    const statement = described('statement', 'organization', 0);
    const board = named('Riverton Water Board', 'organization', 20);
    const hale = named('Tom Hale', 'person', 100);
    const first = claimAt(50, statement);
    const between = claimAt(120, hale);
    const again = claimAt(200, statement);
    assignDocumentIssuers([again, between, first], (r) => (r === first ? [board] : []));
    assert.equal(first.entity, board);
    assert.equal(again.entity, board, 'the issuer the statement had, not the speaker just before');
    assert.match(again.evidence, /^the statement of Riverton Water Board: /);
    assert.equal(between.entity, hale);
  });

  it('falls back to the last named body or person that spoke before it', () => {
    const ruiz = named('Ana Ruiz', 'person', 0);
    const crowd = described('residents', 'group', 40);
    const report = described('report', 'organization', 80);
    const spoken = claimAt(10, ruiz);
    const residents = claimAt(50, crowd);
    const r = claimAt(90, report);
    assignDocumentIssuers([spoken, residents, r], () => []);
    assert.equal(r.entity, ruiz);
    assert.match(r.evidence, /last named speaker/);
  });

  it('speaks for nobody when no named speaker is in reach', () => {
    const statement = described('statement', 'organization', 0);
    const alone = claimAt(10, statement);
    assignDocumentIssuers([alone], () => []);
    assert.equal(alone.entity, null);
    assert.match(alone.evidence, /^a document with no issuer named: /);

    // A named speaker thirteen claims back is out of reach.
    const ruiz = named('Ana Ruiz', 'person', 0);
    const claims = [claimAt(0, ruiz), ...Array.from({ length: 12 }, (_, i) => claimAt(100 + i * 10, null))];
    const report = claimAt(1000, described('report', 'organization', 990));
    assignDocumentIssuers([...claims, report], () => []);
    assert.equal(report.entity, null);
  });

  it('leaves claims that no document speaks alone', () => {
    const hale = named('Tom Hale', 'person', 0);
    const board = named('Riverton Water Board', 'organization', 30);
    const r = claimAt(10, hale);
    const nobody = claimAt(20, null);
    assignDocumentIssuers([r, nobody], () => [board]);
    assert.equal(r.entity, hale);
    assert.equal(nobody.entity, null);
    assert.equal(r.evidence, 'subject of “said”');
  });

  it('reads the speaker through its cluster root', () => {
    const statement = described('statement', 'organization', 0);
    const alias = described('news release', 'organization', 5);
    alias.mergedInto = statement;
    const board = named('Riverton Water Board', 'organization', 20);
    const r = claimAt(40, alias);
    assignDocumentIssuers([r], () => [board]);
    assert.equal(rootOf(r.entity), board);
  });
});

describe('resolution/documents: through analyze()', () => {
  it('"according to a statement from the Riverton Water Board" is the board', () => {
    const a = analyze('The pipes are old, according to a statement from the Riverton Water Board.');
    assert.equal(speakerOf(a, 'The pipes are old'), 'Riverton Water Board');
  });

  it('a quote "read a statement from" the board is the board\'s', () => {
    const a = analyze('"The pipes are old," read a statement from the Riverton Water Board.');
    assert.equal(speakerOf(a, 'The pipes are old'), 'Riverton Water Board');
  });

  it('"The statement said" later keeps the issuer', () => {
    const text = 'A statement from the Riverton Water Board said the pipes were old. Mayor Tom Hale said he was worried. '
      + 'The statement said repairs would start soon.';
    const a = analyze(text);
    assert.equal(speakerOf(a, 'the pipes were old'), 'Riverton Water Board');
    assert.equal(speakerOf(a, 'he was worried'), 'Tom Hale');
    assert.equal(speakerOf(a, 'repairs would start soon'), 'Riverton Water Board');
  });

  it('lends the document\'s mentions to its issuer', () => {
    const text = 'A statement from the Riverton Water Board said the pipes were old. The statement said repairs would start soon.';
    const board = actorCalled(analyze(text), 'Riverton Water Board');
    assert.deepEqual(mentionTexts(board), ['A statement', 'Riverton Water Board', 'The statement']);
  });

  it('a statement that names no issuer is the last named speaker\'s', () => {
    const a = analyze('The Riverton Water Board met Monday. Chair Ana Ruiz said the pipes were old. A statement said repairs would start soon.');
    assert.equal(speakerOf(a, 'repairs would start soon'), 'Ana Ruiz');
  });

  it('a document with nobody in reach speaks for nobody', () => {
    const a = analyze('The storm hit Riverton on Monday. Nobody was hurt. A statement said repairs would start soon.');
    const claim = a.claims.find((c) => c.content.text.includes('repairs would start soon'));
    assert.ok(claim);
    assert.equal(claim.actor, null);
    assert.equal(claim.source?.text, 'A statement');
  });

  it('"Ruiz\'s report" speaks for Ruiz', () => {
    const a = analyze('Officer Ana Ruiz stopped the car. Ruiz\'s report said the car was stolen.');
    assert.equal(speakerOf(a, 'the car was stolen'), 'Ana Ruiz');
  });
});

describe('documents: plans and proposals', () => {
  it('reads "Plans call for …" at a sentence\'s start as a document, never as a group named "Plans"', () => {
    const a = analyze('The Riverton Transit Authority voted on Monday. Plans call for nine lines to be cut in June.');
    assert.ok(!a.actors.some((x) => x.name === 'Plans'), actorList(a));
    const claim = a.claims.find((c) => c.cue?.text === 'call for');
    assert.ok(claim, 'a claim for "call for"');
  });
});

describe('resolution/documents: research and findings', () => {
  it('gives "The research, led by Ana Ruiz, found …" to its leader, and lists no person "research"', () => {
    const a = analyze('The research, led by Ana Ruiz, found that coral cover had doubled.');
    assert.deepEqual(a.claims.map((c) => a.actors.find((x) => x.id === c.actor)?.name), ['Ana Ruiz']);
    assert.ok(!a.actors.some((x) => x.name.toLowerCase() === 'research'), actorList(a));
  });
});
