/**
 * Clusters (resolution/clusters.ts): rootOf follows mergedInto and compresses the path; merge moves mentions and
 * name forms into the surviving root and keeps the stronger kind, role and gender.
 */
import * as assert from 'node:assert/strict';
import { merge, rootOf } from '../../../../src/engine/resolution/clusters';
import { described, named } from './helpers';

describe('resolution/clusters: rootOf', () => {
  it('is the entity itself when nothing merged it, and null for null', () => {
    const ruiz = named('Ana Ruiz', 'person', 0);
    assert.equal(rootOf(ruiz), ruiz);
    assert.equal(rootOf(null), null);
  });

  it('follows a chain of merges to its root and points every entity of the chain straight at it', () => {
    const a = named('Ana Ruiz', 'person', 0);
    const b = named('Ruiz', 'person', 20);
    const c = named('Ms. Ruiz', 'person', 40);
    const d = named('Ana', 'person', 60);
    d.mergedInto = c;
    c.mergedInto = b;
    b.mergedInto = a;
    assert.equal(rootOf(d), a);
    assert.equal(d.mergedInto, a);
    assert.equal(c.mergedInto, a);
    assert.equal(b.mergedInto, a);
    assert.equal(a.mergedInto, null);
  });
});

describe('resolution/clusters: merge', () => {
  it('moves the mentions, forms and descriptions of the merged entity into the root, without duplicates', () => {
    const board = named('Riverton Water Board', 'organization', 4);
    const short = named('Water Board', 'organization', 50, { forms: ['Water Board', 'Riverton Water Board'] });
    const root = merge(board, short);
    assert.equal(root, board);
    assert.equal(short.mergedInto, board);
    assert.deepEqual(board.mentions, [[4, 24], [50, 61]]);
    assert.deepEqual(short.mentions, []);
    assert.deepEqual(board.forms, ['Riverton Water Board', 'Water Board']);

    const theBoard = described('board', 'organization', 80);
    merge(board, theBoard);
    const again = described('board', 'organization', 120);
    merge(board, again);
    assert.deepEqual(board.described, ['board']);
    assert.deepEqual(board.mentions.map(([s]) => s), [4, 50, 80, 120]);
  });

  it('merges clusters through their roots, whichever members it is given', () => {
    const ruiz = named('Ana Ruiz', 'person', 0);
    const surname = named('Ruiz', 'person', 30);
    const chief = described('chief', 'person', 60);
    const she = named('Ana', 'person', 90);
    merge(ruiz, surname);
    merge(chief, she);
    // Members, not roots: the clusters {Ana Ruiz, Ruiz} and {chief, Ana} become one.
    const root = merge(surname, she);
    assert.equal(root, ruiz);
    assert.equal(rootOf(chief), ruiz);
    assert.equal(rootOf(she), ruiz);
    assert.equal(ruiz.mentions.length, 4);
  });

  it('returns the root unchanged when both entities are already one cluster', () => {
    const ruiz = named('Ana Ruiz', 'person', 0);
    const surname = named('Ruiz', 'person', 30);
    merge(ruiz, surname);
    const mentions = ruiz.mentions.length;
    assert.equal(merge(surname, ruiz), ruiz);
    assert.equal(merge(ruiz, ruiz), ruiz);
    assert.equal(ruiz.mentions.length, mentions);
    assert.equal(ruiz.mergedInto, null);
  });

  it('gives a description merged into a name the name\'s kind, and a name keeps its own kind', () => {
    // A description of kind organization ("the leader" misread) absorbing a named person becomes a person.
    const desc = described('leader', 'organization', 40);
    const hale = named('Tom Hale', 'person', 0);
    merge(desc, hale);
    assert.equal(desc.kind, 'person');
    assert.equal(desc.proper, true);

    // A named body absorbing a description read as a person stays an organisation.
    const board = named('Riverton Water Board', 'organization', 0);
    merge(board, described('chair', 'person', 40));
    assert.equal(board.kind, 'organization');
  });

  it('lets a name of unknown kind take the kind of the name merged into it', () => {
    const unknown = named('Vantrell', 'unknown', 0);
    merge(unknown, named('Vantrell Corp.', 'organization', 30));
    assert.equal(unknown.kind, 'organization');
  });

  it('keeps the root\'s role and gender and fills them from the merged entity only when missing', () => {
    const ruiz = named('Ana Ruiz', 'person', 0, { role: 'Police Chief', gender: 'female' });
    merge(ruiz, named('Ruiz', 'person', 30, { role: 'officer', gender: 'male' }));
    assert.equal(ruiz.role, 'Police Chief');
    assert.equal(ruiz.gender, 'female');

    const hale = named('Tom Hale', 'person', 0);
    merge(hale, named('Hale', 'person', 30, { role: 'coach', gender: 'male' }));
    assert.equal(hale.role, 'coach');
    assert.equal(hale.gender, 'male');
  });

  it('keeps the earliest first mention of the cluster', () => {
    const later = named('Ana Ruiz', 'person', 120);
    merge(later, described('chief', 'person', 15));
    assert.equal(later.firstMention, 15);
    merge(later, named('Ruiz', 'person', 300));
    assert.equal(later.firstMention, 15);
  });
});
