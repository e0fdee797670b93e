/**
 * The workspace index in the real VS Code, on articles written here: the same speaker in three files is
 * one actor with three files in the Actors view's Workspace mode; an edit to one file on disk updates
 * the index; "Find Claims by Actor…" lists the claims; and while a 5 MB article and the index are
 * analysed the extension host's event loop is never blocked for more than 50 ms (perf_hooks'
 * monitorEventLoopDelay, the figure printed for the README).
 */
import * as assert from 'node:assert/strict';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { FoundClaims } from '../../../src/extension/commands/findClaimsByActor';
import { api, labelText, waitFor, workspaceUri } from './helpers';
import { describeGap, isBlock, watchLoopGaps } from './loopGaps';

const QUILLON = 'Marta Quillon';
const ARTICLES: Record<string, string> = {
  'coverage/monday.article': `Eastbrook council met on Monday.\n“The library will stay open on Sundays,” said ${QUILLON}, the council chair.\n`,
  'coverage/tuesday.article': `${QUILLON} said the budget vote would wait until spring.\nResidents filled the hall.\n`,
  'coverage/week/wednesday.news': `The ferry schedule changes next week.\n“We heard every complaint,” ${QUILLON} said on Wednesday.\n`,
};
const EDITED = 'coverage/week/wednesday.news';
const EDITED_TEXT = 'The ferry schedule changes next week.\n“We heard every complaint,” said Owen Marsh, the ferry manager.\n';

async function write(name: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(name), new TextEncoder().encode(text));
}

interface WorkspaceRow {
  label: string;
  description: string;
  files: { label: string; description: string; claims: vscode.TreeItem[] }[];
}

/** The Workspace mode's rows: each actor with its files and their claim rows. */
async function workspaceRows(): Promise<WorkspaceRow[]> {
  const tree = (await api()).actorsTree;
  const rows: WorkspaceRow[] = [];
  for (const node of (await tree.getChildren(undefined)) ?? []) {
    const item = await tree.getTreeItem(node);
    if (item.contextValue !== 'workspaceActor') continue;
    const files: WorkspaceRow['files'] = [];
    for (const fileNode of (await tree.getChildren(node)) ?? []) {
      const fileItem = await tree.getTreeItem(fileNode);
      const claims = await Promise.all(((await tree.getChildren(fileNode)) ?? []).map((claim) => tree.getTreeItem(claim)));
      files.push({ label: labelText(fileItem), description: String(fileItem.description ?? ''), claims });
    }
    rows.push({ label: labelText(item), description: String(item.description ?? ''), files });
  }
  return rows;
}

describe('workspace index', function () {
  this.timeout(180_000);

  before(async () => {
    for (const [name, text] of Object.entries(ARTICLES)) await write(name, text);
    await vscode.commands.executeCommand('attributionLens.showWorkspaceActors');
    await (await api()).workspaceIndex.start();
  });

  after(async () => {
    await vscode.commands.executeCommand('attributionLens.showArticleActors');
  });

  it('shows the same speaker in three files as one actor with three files, each claim opening its file at the claim', async () => {
    const rows = await waitFor('the Workspace mode to list Marta Quillon', async () => (await workspaceRows()).find((row) => row.label === QUILLON));
    assert.deepEqual(rows.files.map((file) => file.label).sort(), ['monday.article', 'tuesday.article', 'wednesday.news']);
    assert.deepEqual(rows.files.map((file) => file.description), ['1 claim', '1 claim', '1 claim']);
    assert.match(rows.description, /^person · 3 claims in 3 files$/);
    const claim = rows.files.find((file) => file.label === 'monday.article')!.claims[0];
    assert.equal(claim.command?.command, 'attributionLens.revealRange');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(claim.command.command, ...(claim.command.arguments ?? []));
    assert.ok(editor, 'the claim row opened no editor');
    assert.equal(editor.document.uri.toString(), workspaceUri('coverage/monday.article').toString());
    assert.equal(editor.document.getText(editor.selection), '“The library will stay open on Sundays,”');
  });

  it('updates the index when a file changes on disk', async () => {
    await write(EDITED, EDITED_TEXT);
    const rows = await waitFor('the index to see the edit', async () => {
      const all = await workspaceRows();
      const quillon = all.find((row) => row.label === QUILLON);
      return quillon?.files.length === 2 && all.some((row) => row.label === 'Owen Marsh') ? all : undefined;
    });
    const marsh = rows.find((row) => row.label === 'Owen Marsh')!;
    assert.deepEqual(marsh.files.map((file) => file.label), ['wednesday.news']);
  });

  it('rebuilt (as after a reload), analyses no file whose content it has cached in the extension\'s storage', async () => {
    const lens = await api();
    // The cache is written as summaries come; give the last writes a moment to land.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('attributionLens.rebuildWorkspaceIndex');
    const state = lens.workspaceIndex.state;
    assert.equal(state.kind, 'ready');
    assert.ok(state.kind === 'ready' && state.files >= 3, JSON.stringify(state));
    assert.equal(state.kind === 'ready' && state.analysed, 0, JSON.stringify(state));
  });

  it('"Find Claims by Actor…" lists the actor\'s claims, file by file', async () => {
    const found = await vscode.commands.executeCommand<FoundClaims | undefined>('attributionLens.findClaimsByActor', { actor: QUILLON });
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.ok(found, 'the command found no actor');
    assert.equal(found.actor, QUILLON);
    const listed = found.claims.map((claim) => [claim.uri.split('/').pop(), claim.line, claim.label]).sort();
    assert.deepEqual(listed, [
      ['monday.article', 2, '“The library will stay open on Sundays,”'],
      ['tuesday.article', 1, 'the budget vote would wait until spring'],
    ]);
  });

  it('never blocks the extension host for more than 50 ms while a 5 MB article and the workspace index are analysed', async () => {
    const lens = await api();
    // Claims about as dense as in news prose (here one per ~420 characters; newswire has one per ~280),
    // not one per line: the quotes of the articles above between invented narrative sentences.
    const narrative = 'The council chamber was full by seven, and the meeting ran past ten. ' +
      'Eastbrook has debated its library hours for three years, since the reading room flooded. ' +
      'The ferry across the bay carries about four hundred passengers on a weekday. ' +
      'A new schedule was posted at the terminal on Friday morning, beside the ticket windows.\n';
    const paragraph = [...Object.values(ARTICLES), EDITED_TEXT].map((text) => `${text}${narrative}`).join('\n');
    await write('coverage/long/five-megabytes.article', paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)).slice(0, 5_000_000));
    for (let i = 0; i < 60; i++) await write(`coverage/batch/${i}.article`, `${Object.values(ARTICLES)[i % 3]}Day ${i} of the session.\n`);
    const document = await vscode.workspace.openTextDocument(workspaceUri('coverage/long/five-megabytes.article'));
    await vscode.window.showTextDocument(document, { preview: false });

    const delay = monitorEventLoopDelay({ resolution: 10 });
    const t0 = performance.now();
    const at = () => Math.round(performance.now() - t0);
    const gapWatch = watchLoopGaps();
    const steps: string[] = [];
    delay.enable();
    const indexed = vscode.commands.executeCommand('attributionLens.rebuildWorkspaceIndex').then(() => steps.push(`index done at ${at()} ms`));
    assert.equal(lens.getAnalysis(document), undefined, 'a 5 MB article is the worker\'s, not analysed on this thread');
    steps.push(`request sent at ${at()} ms`);
    const analysis = await lens.whenAnalysed(document);
    steps.push(`analysis received at ${at()} ms`);
    await indexed;
    delay.disable();
    const gaps = gapWatch.stop();

    const max = delay.max / 1e6;
    console.log(`    event loop while analysing 5 MB and indexing ${lens.workspaceIndex.fileCount} files (monitorEventLoopDelay): ` +
      `max ${max.toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms, mean ${(delay.mean / 1e6).toFixed(1)} ms`);
    console.log(`    ${[...steps, ...gaps.map(describeGap)].join('; ')}`);
    assert.ok(analysis && analysis.claims.length > 5_000, `${analysis?.claims.length} claims`);
    assert.equal(lens.workspaceIndex.state.kind, 'ready');
    // A longer stretch passes only if the main thread spent it waiting for a core, not computing.
    const blocked = gaps.filter((gap) => isBlock(gap, 50));
    assert.ok(max < 50 || (blocked.length === 0 && gaps.length > 0),
      `the event loop stood still for ${max.toFixed(1)} ms; stretches: ${gaps.map(describeGap).join('; ') || 'none seen'}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
