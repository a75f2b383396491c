// Writing a file of a cache (extraction entries, the layout memo, compromise's word lists): through a temporary
// file and a rename, so a reader never sees half a file, and quietly: a read-only or full disk costs speed, never
// correctness, and leaves nothing behind.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeCacheFile(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // the folder itself could not be made: there is no temporary file
    }
  }
}
