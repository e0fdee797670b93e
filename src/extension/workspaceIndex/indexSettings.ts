/** The workspace index's settings, validated: a missing or malformed value means the default. */

export const DEFAULT_INCLUDE = '**/*.{article,news}';
export const DEFAULT_MAX_FILES = 5_000;

export function includeGlob(setting: unknown): string {
  return typeof setting === 'string' && setting.trim() !== '' ? setting : DEFAULT_INCLUDE;
}

export function maxFiles(setting: unknown): number {
  return typeof setting === 'number' && Number.isFinite(setting) && setting >= 0 ? Math.floor(setting) : DEFAULT_MAX_FILES;
}

/** What the Workspace mode says instead of an index when the workspace has too many article files. */
export function tooManyFilesNotice(limit: number, include: string): string {
  return `The workspace index is off: this workspace has more than ${limit.toLocaleString('en-US')} files matching ${include}. ` +
    'Raise attributionLens.workspace.maxFiles, or narrow attributionLens.workspace.include, to index them.';
}
