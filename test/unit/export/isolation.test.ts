/**
 * The export formatters are shared by the CLI and the extension, so they stay plain modules: nothing under
 * src/export imports `vscode`, and their relative imports reach only src/export and the engine's types.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { importOffences, sourceFiles } from '../moduleImports';

const root = path.resolve(__dirname, '../../../..');
const exportDir = path.join(root, 'src', 'export');

describe('export isolation', () => {
  it('has no file under src/export that imports vscode or anything outside src/export and src/engine', () => {
    const files = sourceFiles(exportDir);
    assert.ok(files.some((file) => file.endsWith(path.join('export', 'csv.ts'))), `src/export/csv.ts not found under ${exportDir}`);
    assert.deepEqual(importOffences(files, root, [exportDir, path.join(root, 'src', 'engine')]), []);
  });

  it('would report a vscode import and a path into the extension (so the check can fail)', () => {
    const extensionFile = path.join(root, 'src', 'extension', 'commands', 'exportAttributions.ts');
    assert.deepEqual(importOffences([extensionFile], root, [exportDir]).filter((offence) => / imports (vscode|\.\.\/analysisStore)/.test(offence)).length, 2);
  });
});
