/**
 * Lays out the temporary folder an integration run uses: the workspace the suite opens (see
 * workspaceFiles.ts), a user-data folder with quiet settings, and an extensions folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  BINARY_TEXT_FILE, binaryNoise, COUNCIL_ARTICLE, COUNCIL_TEXT, SOURCING_ARTICLE, SOURCING_TEXT, EMPTY_TEXT_FILE, HARBOR_ARTICLE, HARBOR_EDIT_ARTICLE, HARBOR_TEXT, HUGE_TEXT, HUGE_TEXT_FILE,
  MARKUP_ARTICLE, MARKUP_TEXT, REFERENCE_ARTICLE, REFERENCE_GOLD,
} from './workspaceFiles';

export interface RunFolders {
  root: string;
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
}

/** Settings that keep the workbench from covering the editor with welcome pages, tips and prompts. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  // Long news paragraphs stay on screen, so the DOM check can point at any word.
  'editor.wordWrap': 'on',
};

export function makeRunFolders(prefix: string): RunFolders {
  const root = mkdtempSync(path.join(os.tmpdir(), `attribution-lens-${prefix}-`));
  const folders = {
    root,
    workspace: path.join(root, 'workspace'),
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
  };
  for (const folder of Object.values(folders)) mkdirSync(folder, { recursive: true });
  mkdirSync(path.join(folders.userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(folders.userDataDir, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2) + '\n');
  return folders;
}

/**
 * Writes the suite's articles into the workspace. Returns false when ../shared/fixtures is absent,
 * in which case the reference-article tests skip themselves with a message.
 */
export function fillWorkspace(workspace: string, sharedFixtures: string): boolean {
  writeFileSync(path.join(workspace, HARBOR_ARTICLE), HARBOR_TEXT);
  writeFileSync(path.join(workspace, HARBOR_EDIT_ARTICLE), HARBOR_TEXT);
  writeFileSync(path.join(workspace, MARKUP_ARTICLE), MARKUP_TEXT);
  writeFileSync(path.join(workspace, COUNCIL_ARTICLE), COUNCIL_TEXT);
  writeFileSync(path.join(workspace, SOURCING_ARTICLE), SOURCING_TEXT);
  writeFileSync(path.join(workspace, EMPTY_TEXT_FILE), '');
  writeFileSync(path.join(workspace, HUGE_TEXT_FILE), HUGE_TEXT);
  writeFileSync(path.join(workspace, BINARY_TEXT_FILE), binaryNoise(50_000));
  const article = path.join(sharedFixtures, 'ceasefire-talks.txt');
  const gold = path.join(sharedFixtures, 'ceasefire-talks.gold.json');
  if (!existsSync(article) || !existsSync(gold)) return false;
  // Read and write rather than copy: CI's ../shared has no write bits, and copies would keep that mode.
  writeFileSync(path.join(workspace, REFERENCE_ARTICLE), readFileSync(article));
  writeFileSync(path.join(workspace, REFERENCE_GOLD), readFileSync(gold));
  return true;
}
