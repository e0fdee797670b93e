/**
 * The reference article, checked against its hand-made gold: hovers on all 10 quotes, the Actors
 * tree, and selecting a claim. Expectations are derived from the gold at run time, not hard-coded.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../../src/engine/types';
import { REFERENCE_ARTICLE, REFERENCE_GOLD } from '../workspaceFiles';
import { bestGoldMatch, goldQuotes, namesOf, overlapWithGold, parseGold, type GoldDocument } from './gold';
import { api, hoverTextAt, openInEditor, readActorsTree, readWorkspaceText, waitFor, workspaceFileExists, type ActorRow } from './helpers';

/** The speakers the issue names; the gold decides which claims are theirs. */
const EXPECTED_ACTORS = ['Dmitri S. Peskov', 'Vladimir V. Putin', 'Michael Waltz', 'Volodymyr Zelensky', 'Donald Trump', 'Steve Witkoff'];

describe('the reference article', function () {
  let gold: GoldDocument;
  let editor: vscode.TextEditor;
  let analysis: Analysis;

  before(async function () {
    if (!(await workspaceFileExists(REFERENCE_GOLD))) {
      console.log('SKIPPED: ../shared/fixtures is absent, so the reference article and its gold are not in the workspace.');
      this.skip();
    }
    gold = parseGold(await readWorkspaceText(REFERENCE_GOLD));
    const lens = await api();
    editor = await openInEditor(REFERENCE_ARTICLE);
    const found = lens.getAnalysis(editor.document);
    assert.ok(found, 'the store returned no analysis for the reference article');
    analysis = found;
  });

  /** The reference article is the active editor (other tests and views may have taken focus). */
  async function focusArticle(): Promise<vscode.TextEditor> {
    editor = await vscode.window.showTextDocument(editor.document, { viewColumn: vscode.ViewColumn.One, preview: false });
    return editor;
  }

  it('is the gold text, so gold offsets are document offsets', () => {
    assert.equal(editor.document.getText(), gold.text);
  });

  it('hovers every one of its 10 quotes with the right speaker', async () => {
    const quotes = goldQuotes(gold);
    assert.equal(quotes.length, 10, 'the gold should hold 10 quoted segments');
    const wrong: string[] = [];
    for (const quote of quotes) {
      // Two characters in: inside the quote's first word, away from any name the quote may contain.
      const position = editor.document.positionAt(quote.start + 2);
      const text = await hoverTextAt(editor.document.uri, position);
      if (!text.includes(quote.speaker)) wrong.push(`${quote.text.slice(0, 40)}… → expected ${quote.speaker}, hover: ${JSON.stringify(text.slice(0, 160))}`);
    }
    assert.deepEqual(wrong, [], `quotes hovered without their speaker:\n${wrong.join('\n')}`);
  });

  async function actorRows(): Promise<ActorRow[]> {
    await focusArticle();
    const tree = (await api()).actorsTree;
    return waitFor('the Actors tree to list the reference article', async () => {
      const rows = await readActorsTree(tree);
      return rows.some((row) => row.label === EXPECTED_ACTORS[0]) ? rows : undefined;
    });
  }

  it('lists Peskov, Putin, Waltz, Zelensky, Trump and Witkoff in the Actors tree with the right claims', async () => {
    const rows = await actorRows();
    const problems: string[] = [];
    for (const name of EXPECTED_ACTORS) {
      const names = namesOf(gold, name);
      const row = rows.find((candidate) => names.includes(candidate.label));
      if (!row) {
        problems.push(`${name}: not in the tree under any of ${names.join(' / ')} (tree: ${rows.map((r) => r.label).join(', ')})`);
        continue;
      }
      const claims = row.claims.map(({ ref }) => analysis.claims.find((claim) => claim.id === ref.claimId));
      // No claim under the actor is someone else's in the gold (claims the gold does not list at all, such as
      // "Mr. Peskov's remarks suggest that …", are the engine's own reading and may stand)...
      for (const claim of claims) {
        if (!claim) {
          problems.push(`${name}: a claim row refers to an id the analysis does not have`);
          continue;
        }
        const match = bestGoldMatch(claim.content, gold);
        if (match && match.speaker !== name) problems.push(`${name}: "${claim.content.text.slice(0, 50)}…" belongs to ${match.speaker}`);
      }
      // ...and every gold claim of theirs is under them.
      for (const expected of gold.attributions.filter((attribution) => attribution.speaker === name)) {
        if (!claims.some((claim) => claim && overlapWithGold(claim.content, expected) > 0)) {
          const [start, end] = expected.content[0];
          problems.push(`${name}: missing "${gold.text.slice(start, end).slice(0, 50)}…"`);
        }
      }
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  it('orders actors by number of claims, most first', async () => {
    const counts = (await actorRows()).filter((row) => row.group === undefined).map((row) => row.claims.length);
    const sorted = [...counts].sort((a, b) => b - a);
    assert.deepEqual(counts, sorted);
  });

  it('selects a claim\'s range in the editor when its tree row is chosen', async () => {
    const peskov = (await actorRows()).find((row) => row.label === 'Dmitri S. Peskov');
    assert.ok(peskov && peskov.claims.length > 0, 'Peskov has no claim rows');
    const { ref, item } = peskov.claims[peskov.claims.length - 1];
    assert.equal(item.command?.command, 'attributionLens.revealRange', 'a claim row should reveal its range when chosen');
    const claim = analysis.claims.find((candidate) => candidate.id === ref.claimId);
    assert.ok(claim);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const selected = await waitFor('the claim to be selected', () => {
      const active = vscode.window.activeTextEditor;
      if (active?.document.uri.toString() !== ref.uri) return undefined;
      const { start, end } = active.selection;
      const [from, to] = [active.document.offsetAt(start), active.document.offsetAt(end)];
      return from === claim.content.start && to === claim.content.end ? { from, to } : undefined;
    });
    assert.deepEqual(selected, { from: claim.content.start, to: claim.content.end });
  });

  it('selects a mention given as { uri, start, end }', async () => {
    await focusArticle();
    const peskov = analysis.actors.find((actor) => actor.name === 'Dmitri S. Peskov');
    assert.ok(peskov && peskov.mentions.length > 1, 'the analysis should know Peskov and several of his mentions');
    const mention = peskov.mentions[1];
    await vscode.commands.executeCommand('attributionLens.revealRange', { uri: editor.document.uri.toString(), start: mention.start, end: mention.end });
    await waitFor(`"${mention.text}" to be selected`, () => {
      const active = vscode.window.activeTextEditor;
      return active !== undefined && active.document.getText(active.selection) === mention.text && active.document.offsetAt(active.selection.start) === mention.start;
    });
  });

  it('has no hover on a word outside every claim (with its cue and source) and every mention', async () => {
    await focusArticle();
    assert.ok(analysis.claims.length > 0, 'the reference article should have claims, or silence proves nothing');
    // A claim hovers over all of it: its content, its cue and its source.
    const covered = [
      ...analysis.claims.flatMap((claim) => [claim.content, claim.cue, claim.source]).filter((span) => span !== null),
      ...analysis.actors.flatMap((actor) => actor.mentions),
    ];
    const word = [...gold.text.matchAll(/\b[a-z]{5,}\b/g)].find((candidate) => {
      const start = candidate.index ?? 0;
      return !covered.some((span) => span.start < start + candidate[0].length && start < span.end);
    });
    assert.ok(word, 'every word of the article is inside a claim or a mention');
    const position = editor.document.positionAt((word.index ?? 0) + 1);
    assert.equal(await hoverTextAt(editor.document.uri, position), '', `"${word[0]}" should not hover`);
  });
});
