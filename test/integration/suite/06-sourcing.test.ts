/**
 * Sourcing and source balance in the real VS Code (issue 7): on an article with a named speaker, unnamed officials
 * and an agentless report, the hover says "Unnamed source" and "No source given", the Actors view groups those
 * claims, and the reading view's "Source balance" section draws one bar per speaking actor.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SOURCING_ARTICLE, SOURCING_SPEAKERS } from '../workspaceFiles';
import { api, hoverTextAt, nextEvent, openInEditor, readActorsTree } from './helpers';

describe('sourcing and source balance', () => {
  it('gives each claim its sourcing: named, unnamed and none', async () => {
    const { document } = await openInEditor(SOURCING_ARTICLE);
    const analysis = (await api()).getAnalysis(document);
    assert.ok(analysis, 'no analysis');
    const found = analysis.claims.map((claim) => `${claim.sourcing}: ${claim.content.text}`).join('\n');
    assert.deepEqual([...new Set(analysis.claims.map((claim) => claim.sourcing))].sort(), ['named', 'none', 'unnamed'], found);
    const unsourced = analysis.claims.find((claim) => claim.sourcing === 'none');
    assert.equal(unsourced?.actor, null, 'a claim with no source has no actor');
  });

  it('says plainly on hover when a source is unnamed or missing', async () => {
    const { document } = await openInEditor(SOURCING_ARTICLE);
    const analysis = (await api()).getAnalysis(document)!;
    const hoverOf = async (sourcing: string) => {
      const claim = analysis.claims.find((candidate) => candidate.sourcing === sourcing);
      assert.ok(claim, `no ${sourcing} claim`);
      return hoverTextAt(document.uri, document.positionAt(claim.content.start + 2));
    };
    assert.match(await hoverOf('unnamed'), /Unnamed source: \**two officials/i);
    assert.match(await hoverOf('none'), /No source given/);
  });

  it('groups those claims under "Unnamed sources" and "No source" in the Actors view', async () => {
    await openInEditor(SOURCING_ARTICLE);
    const rows = await readActorsTree((await api()).actorsTree);
    const groups = rows.map((row) => `${row.group ?? ''}/${row.label}`).join('; ');
    assert.ok(rows.some((row) => row.group === 'Unnamed sources' && /officials/i.test(row.label)), groups);
    assert.ok(rows.some((row) => row.group === 'No source' && /^The ferry operator is said to/.test(row.label)), groups);
    assert.ok(rows.some((row) => row.group === undefined && row.label === 'Ana Ruiz'), groups);
  });

  it('renders the "Source balance" section with one bar per speaking actor', async () => {
    const lens = await api();
    const { document } = await openInEditor(SOURCING_ARTICLE);
    const analysis = lens.getAnalysis(document)!;
    const speaking = new Set(analysis.claims.map((claim) => claim.actor).filter((actor) => actor !== null));
    assert.equal(speaking.size, SOURCING_SPEAKERS, `speakers: ${analysis.actors.map((actor) => actor.name).join(', ')}`);
    const rendered = nextEvent(lens.onDidRenderReadingView, 'the reading view to render the sourcing article',
      (event) => event.uri === document.uri.toString() && event.version === document.version);
    await vscode.commands.executeCommand('attributionLens.openReadingView');
    const render = await rendered;
    assert.equal(render.balanceBars, speaking.size, 'balance bars in the webview');
    assert.equal(render.claimCount, analysis.claims.length);
  });
});
