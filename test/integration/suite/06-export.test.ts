/**
 * "Export Attributions…" in the real VS Code: the command, given the target and format as its argument
 * (users get a save dialog instead), writes each of the three formats of the shipped sample article to
 * a temporary folder; the files read back to the article's claims, the article is untouched, and a
 * target that cannot be written gets an error and leaves nothing behind.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import * as vscode from 'vscode';
import type { Analysis } from '../../../src/engine/types';
import type { CitronDocument } from '../../../src/export/citron';
import type { ExportFormat } from '../../../src/export/formats';
import type { ExportResult } from '../../../src/extension/commands/exportAttributions';
import { api } from './helpers';
import { MemoryFileSystem } from './memoryFileSystem';

const EXPORT_COMMAND = 'attributionLens.exportAttributions';

describe('export attributions', function () {
  let folder: string;
  let article: vscode.TextDocument;
  let textBefore: string;
  let analysis: Analysis;

  before(async function () {
    folder = mkdtempSync(path.join(tmpdir(), 'attribution-lens-export-'));
    const lens = await api();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('attributionLens.openSample');
    article = editor.document;
    textBefore = readFileSync(article.uri.fsPath, 'utf8');
    const found = lens.getAnalysis(article);
    assert.ok(found && found.claims.length > 0, 'the sample article should have claims');
    analysis = found;
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  async function exportTo(name: string, format?: ExportFormat): Promise<ExportResult | undefined> {
    const target = vscode.Uri.file(path.join(folder, name)).toString();
    return vscode.commands.executeCommand<ExportResult | undefined>(EXPORT_COMMAND, { document: article.uri.toString(), target, format });
  }

  it('writes CSV that parses back to one row per claim', async () => {
    const result = await exportTo('sample.csv', 'csv');
    assert.deepEqual(result, { ok: true, target: vscode.Uri.file(path.join(folder, 'sample.csv')).toString(), format: 'csv', claimCount: analysis.claims.length });
    const rows = parse(readFileSync(path.join(folder, 'sample.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((row) => row.claim_id), analysis.claims.map((claim) => claim.id));
    assert.deepEqual(rows.map((row) => row.content), analysis.claims.map((claim) => claim.content.text));
  });

  it('writes Markdown with one cited item per claim', async () => {
    const result = await exportTo('sample.md', 'markdown');
    assert.equal(result?.ok, true, JSON.stringify(result));
    const markdown = readFileSync(path.join(folder, 'sample.md'), 'utf8');
    assert.ok(markdown.startsWith('# Attributions in ceasefire-talks.article\n'), markdown.slice(0, 200));
    assert.equal(markdown.match(/^- \*\*lines? \d+/gm)?.length, analysis.claims.length);
    assert.match(markdown, /\n## Dmitri S\. Peskov\n/);
  });

  it('writes citron JSON (format taken from the .json ending) whose spans equal text.slice(start, end)', async () => {
    const result = await exportTo('sample.citron.json');
    assert.equal(result?.ok && result.format, 'citron', JSON.stringify(result));
    const document = JSON.parse(readFileSync(path.join(folder, 'sample.citron.json'), 'utf8')) as CitronDocument;
    assert.equal(document.text, article.getText());
    assert.equal(document.quotes.length, analysis.claims.filter((claim) => claim.cue !== null).length);
    const spans = [...document.quotes.flatMap((quote) => [quote.cue, ...quote.sources, ...quote.contents]), ...document.coreference_groups.flat()];
    assert.deepEqual(spans.filter((span) => document.text.slice(span.start, span.end) !== span.text), []);
  });

  it('left only the three files in the folder, and the article as it was', () => {
    assert.deepEqual(readdirSync(folder).sort(), ['sample.citron.json', 'sample.csv', 'sample.md']);
    assert.equal(article.isDirty, false);
    assert.equal(readFileSync(article.uri.fsPath, 'utf8'), textBefore);
  });

  it('reports a target it cannot write, and writes nothing', async () => {
    const result = await exportTo(path.join('no-such-folder', 'sample.csv'), 'csv');
    assert.equal(result?.ok, false);
    assert.match(result && !result.ok ? result.error : '', /could not export to .*no-such-folder.*sample\.csv: the folder does not exist/);
    assert.deepEqual(readdirSync(folder).sort(), ['sample.citron.json', 'sample.csv', 'sample.md']);
  });

  it('says so when a scripted request names a path instead of a uri, or an unknown format', async () => {
    const asPath = await vscode.commands.executeCommand<ExportResult>(EXPORT_COMMAND, { document: article.uri.toString(), target: 'out.csv' });
    assert.deepEqual(asPath, { ok: false, error: 'the export target "out.csv" is not a uri (e.g. file:///home/me/claims.csv)' });
    const unknown = await vscode.commands.executeCommand<ExportResult>(EXPORT_COMMAND, { target: 'file:///tmp/out.xlsx', format: 'xlsx' });
    assert.deepEqual(unknown, { ok: false, error: 'unknown export format "xlsx" (use csv, markdown, citron)' });
  });

  it('refuses to export over the article itself', async () => {
    const result = await vscode.commands.executeCommand<ExportResult>(EXPORT_COMMAND,
      { document: article.uri.toString(), target: article.uri.toString(), format: 'markdown' });
    assert.deepEqual(result, { ok: false, error: 'will not export over the article itself (ceasefire-talks.article)' });
    assert.equal(readFileSync(article.uri.fsPath, 'utf8'), textBefore);
  });

  describe('to a file system that is not the disk', () => {
    const scheme = 'attribution-lens-memory';
    const memory = new MemoryFileSystem();
    let registration: vscode.Disposable;
    before(() => { registration = vscode.workspace.registerFileSystemProvider(scheme, memory); });
    after(() => registration.dispose());

    const exportToMemory = (target: string) => vscode.commands.executeCommand<ExportResult>(EXPORT_COMMAND,
      { document: article.uri.toString(), target: `${scheme}:${target}`, format: 'csv' });

    it('writes through a temporary file renamed over the target', async () => {
      memory.files.set('/out/sample.csv', new TextEncoder().encode('old'));
      const result = await exportToMemory('/out/sample.csv');
      assert.equal(result.ok, true, JSON.stringify(result));
      const rows = parse(new TextDecoder().decode(memory.files.get('/out/sample.csv')), { columns: true, bom: true }) as unknown[];
      assert.equal(rows.length, analysis.claims.length);
      assert.deepEqual([...memory.files.keys()], ['/out/sample.csv']);
    });

    it('reports a refused write or rename, and leaves the old file as it was and no temporary file', async () => {
      for (const folder of ['locked', 'norename', 'notemp']) {
        memory.files.set(`/${folder}/sample.csv`, new TextEncoder().encode('old'));
        const result = await exportToMemory(`/${folder}/sample.csv`);
        assert.equal(result.ok, false, `${folder}: ${JSON.stringify(result)}`);
        assert.match(result.ok ? '' : result.error, new RegExp(`could not export to ${scheme}:/${folder}/sample\\.csv: `));
        assert.equal(new TextDecoder().decode(memory.files.get(`/${folder}/sample.csv`)), 'old');
        assert.deepEqual([...memory.files.keys()].filter((name) => name.startsWith(`/${folder}/`)), [`/${folder}/sample.csv`]);
      }
    });
  });
});
