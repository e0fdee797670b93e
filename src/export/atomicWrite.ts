/**
 * Writes an export file atomically: the data goes to a temporary file in the target's own folder
 * (so the rename cannot cross file systems), is flushed to disk, and only then renamed over the
 * target. A reader sees the old file or the whole new one, never half of it; on any failure the
 * temporary file is removed and the target is left as it was.
 *
 * Hand-written rather than npm's write-file-atomic: that package hooks the process's exit signals
 * (signal-exit), which an extension must not do to the extension host it shares with others.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import * as path from 'node:path';

/** A write that failed; `message` names the file and says why in words ("permission denied"). */
export class ExportWriteError extends Error {
  constructor(readonly target: string, readonly reason: string) {
    super(`cannot write ${target}: ${reason}`);
    this.name = 'ExportWriteError';
  }
}

function reasonFor(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOENT': case 'ENOTDIR': return 'the folder does not exist';
    case 'EISDIR': return 'it is a folder';
    case 'EROFS': return 'the file system is read-only';
    case 'ENOSPC': case 'EDQUOT': return 'no space left on the disk';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** The mode an existing target has, so that replacing it keeps who may read it; undefined for a new file. */
async function existingMode(target: string): Promise<number | undefined> {
  try {
    const stats = await stat(target);
    return stats.isFile() ? stats.mode & 0o7777 : undefined;
  } catch {
    return undefined;
  }
}

export async function writeFileAtomic(target: string, data: string): Promise<void> {
  const folder = path.dirname(target);
  const temporary = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const mode = await existingMode(target);
    // "wx": fails rather than follow or reuse anything already at the temporary name.
    const handle = await open(temporary, 'wx', mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(data, 'utf8');
      if (mode !== undefined) await handle.chmod(mode); // open's mode is cut by the umask; the old file's is not
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    if (created) await rm(temporary, { force: true }).catch(() => undefined);
    throw new ExportWriteError(target, reasonFor(error));
  }
}
