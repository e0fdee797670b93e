/**
 * One row per actor however many name forms the article uses, with the other forms in the row's
 * tooltip, and sources the article never names listed after every named actor. Checked in the real
 * Actors view on an article written for it (COUNCIL_TEXT), where the engine must merge "Riverton
 * Mayor Ana Ruiz" / "Ruiz" / "The mayor" and "Riverton Police Department" / "RPD" / "police".
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../../src/engine/types';
import { COUNCIL_ARTICLE } from '../workspaceFiles';
import { api, openInEditor, readActorsTree, waitFor, type ActorRow } from './helpers';

/** Every way the article refers to each of the two named actors (compared case-insensitively). */
const MAYOR_FORMS = ['Riverton Mayor Ana Ruiz', 'Mayor Ana Ruiz', 'Ana Ruiz', 'Ruiz', 'The mayor', 'mayor'];
const POLICE_FORMS = ['The Riverton Police Department', 'Riverton Police Department', 'RPD', 'police'];

const isOneOf = (forms: string[]) => (label: string) => forms.some((form) => form.toLowerCase() === label.trim().toLowerCase());

/** A tooltip's text as the reader sees it: markdown's backslash escapes removed. */
function tooltipText(item: vscode.TreeItem): string {
  const tooltip = item.tooltip;
  const text = tooltip === undefined ? '' : typeof tooltip === 'string' ? tooltip : tooltip.value;
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('actors under several names', () => {
  let document: vscode.TextDocument;
  let analysis: Analysis;

  before(async () => {
    document = (await openInEditor(COUNCIL_ARTICLE)).document;
    const found = (await api()).getAnalysis(document);
    assert.ok(found, 'the store returned no analysis for the council article');
    analysis = found;
  });

  /** The tree's rows once it shows this article (other tests may have left another one in it). */
  async function rows(): Promise<ActorRow[]> {
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
    const tree = (await api()).actorsTree;
    const uri = document.uri.toString();
    return waitFor('the Actors tree to show the council article', async () => {
      const found = await readActorsTree(tree);
      return found.some((row) => row.claims.some(({ ref }) => ref.uri === uri)) ? found : undefined;
    });
  }

  /** For a failure message: what the engine made of the article. */
  const actorsFound = () => analysis.actors.map((actor) => `${actor.name} [${actor.aliases.join(', ')}]${actor.named ? '' : ' (unnamed)'}`).join('; ');

  it('lists the mayor and the police department in one row each, whatever name the text uses', async () => {
    const labels = (await rows()).map((row) => row.label);
    for (const [who, forms] of [['the mayor', MAYOR_FORMS], ['the police department', POLICE_FORMS]] as const) {
      const matching = labels.filter(isOneOf([...forms]));
      assert.equal(matching.length, 1, `${who}: rows ${JSON.stringify(matching)} (tree: ${labels.join(', ')}; analysis: ${actorsFound()})`);
    }
  });

  it('puts all of an actor\'s claims under its one row', async () => {
    const mayor = (await rows()).find((row) => isOneOf(MAYOR_FORMS)(row.label));
    assert.ok(mayor, `no row for the mayor (analysis: ${actorsFound()})`);
    const texts = mayor.claims.map(({ ref }) => analysis.claims.find((claim) => claim.id === ref.claimId)?.content.text ?? '');
    for (const said of ['We owe residents', 'two more public hearings', 'the budget would not change']) {
      assert.ok(texts.some((text) => text.includes(said)), `"${said}…" is not under ${mayor.label}: ${JSON.stringify(texts)}`);
    }
  });

  it('shows the other names in the actor row\'s tooltip', async () => {
    const all = await rows();
    for (const [forms, expected] of [[MAYOR_FORMS, ['Ruiz', 'mayor']], [POLICE_FORMS, ['RPD', 'police']]] as const) {
      const row = all.find((candidate) => isOneOf([...forms])(candidate.label));
      assert.ok(row, `no row for any of ${forms.join(' / ')} (analysis: ${actorsFound()})`);
      const tooltip = tooltipText(row.item);
      const line = tooltip.split('\n').find((text) => text.startsWith('Also called: ')) ?? '';
      for (const alias of expected) {
        assert.ok(line.toLowerCase().includes(alias.toLowerCase()), `${row.label}: "${alias}" not in the tooltip's "Also called" line: ${JSON.stringify(tooltip)}`);
      }
    }
  });

  it('lists the unnamed neighbor after every named actor, under "Unnamed sources"', async () => {
    const all = await rows();
    const neighborIndex = all.findIndex((row) => /neighbor/i.test(row.label));
    assert.ok(neighborIndex >= 0, `no row for the neighbor (tree: ${all.map((row) => row.label).join(', ')})`);
    const neighbor = analysis.actors.find((actor) => /neighbor/i.test(actor.name));
    assert.equal(neighbor?.named, false, `the engine should mark the neighbor as unnamed (analysis: ${actorsFound()})`);
    assert.equal(all[neighborIndex].group, 'Unnamed sources');
    const namedNames = new Set(analysis.actors.filter((actor) => actor.named).map((actor) => actor.name));
    const namedAfter = all.slice(neighborIndex + 1).filter((row) => namedNames.has(row.label)).map((row) => row.label);
    assert.deepEqual(namedAfter, [], 'named actors listed after the unnamed neighbor');
    assert.ok(all.slice(0, neighborIndex).some((row) => isOneOf(MAYOR_FORMS)(row.label)), 'the mayor comes before the neighbor');
  });
});
