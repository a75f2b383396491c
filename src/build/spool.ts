// Turn texts of a large build kept on disk from extraction to the write of the graph file: nothing reads them in
// between, and a 100 MB corpus holds ~100 MB of them (Chinese twice that as JavaScript strings).
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TurngraphError } from '../../extract/errors.ts';
import type { TextStore } from '../../extract/stages/merge.ts';
import { GOVERN_FROM_BYTES } from './heap.ts';

/** The spool's folder cannot be written or read (full disk, no permission). */
export class SpoolError extends TurngraphError {
  constructor(dir: string, error: unknown) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    super('turngraph build', `cannot keep turn texts in the temporary folder ${dir} (${code}); set TMPDIR to a folder with free space`);
  }
}

/** Builds with at least this many bytes of input spool their turn texts: the heap governor's "large build". */
export const SPOOL_FROM_BYTES = GOVERN_FROM_BYTES;

const BUFFER_BYTES = 1 << 20;

/** Closes the file of a spool nobody can read any more (its graph is gone). */
const descriptors = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * An append-only file of UTF-8 texts, numbered in the order put. The file is unlinked as soon as it is open, so
 * it is never left behind, however the process ends. Reads go through a window, so a document's turns (put
 * together, read in order when the graph is written) cost one read between them.
 */
export class TextSpool implements TextStore {
  private readonly fd: number;
  private readonly dir: string;
  private written = 0;
  private readonly pending = Buffer.allocUnsafe(BUFFER_BYTES);
  private pendingUsed = 0;
  /** (byte offset, byte length) of each text. */
  private places = new Float64Array(2048);
  private count = 0;
  private readonly window = Buffer.allocUnsafe(BUFFER_BYTES);
  private windowStart = 0;
  private windowEnd = 0;

  constructor(dir = tmpdir()) {
    this.dir = dir;
    let folder: string | null = null;
    try {
      folder = mkdtempSync(join(dir, 'turngraph-spool-'));
      const path = join(folder, 'texts');
      this.fd = openSync(path, 'w+');
      unlinkSync(path);
    } catch (error) {
      throw new SpoolError(dir, error);
    } finally {
      if (folder) rmSync(folder, { recursive: true, force: true, maxRetries: 0 }); // also when the open failed
    }
    descriptors.register(this, this.fd);
  }

  put(text: string): number {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (this.pendingUsed + bytes > BUFFER_BYTES) this.flush();
    const offset = this.written + this.pendingUsed;
    if (bytes > BUFFER_BYTES) {
      this.writeAt(Buffer.from(text, 'utf8'), offset);
      this.written += bytes;
    } else this.pendingUsed += this.pending.write(text, this.pendingUsed, 'utf8');
    if (this.count * 2 === this.places.length) {
      const grown = new Float64Array(this.places.length * 2);
      grown.set(this.places);
      this.places = grown;
    }
    this.places[this.count * 2] = offset;
    this.places[this.count * 2 + 1] = bytes;
    return this.count++;
  }

  get(ref: number): string {
    if (!Number.isInteger(ref) || ref < 0 || ref >= this.count) throw new RangeError(`no spooled text ${ref}`);
    const offset = this.places[ref * 2];
    const bytes = this.places[ref * 2 + 1];
    if (offset + bytes > this.written) this.flush();
    if (bytes > BUFFER_BYTES) {
      const buffer = Buffer.allocUnsafe(bytes);
      this.readAt(buffer, bytes, offset);
      return buffer.toString('utf8');
    }
    if (offset < this.windowStart || offset + bytes > this.windowEnd) {
      this.windowStart = offset;
      this.windowEnd = offset + this.readAt(this.window, Math.min(BUFFER_BYTES, this.written - offset), offset);
    }
    return this.window.toString('utf8', offset - this.windowStart, offset - this.windowStart + bytes);
  }

  private flush(): void {
    this.writeAt(this.pending.subarray(0, this.pendingUsed), this.written);
    this.written += this.pendingUsed;
    this.pendingUsed = 0;
  }

  private writeAt(bytes: Uint8Array, position: number): void {
    try {
      for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, position + done);
    } catch (error) {
      throw new SpoolError(this.dir, error);
    }
  }

  private readAt(buffer: Buffer, length: number, position: number): number {
    let done = 0;
    try {
      while (done < length) {
        const read = readSync(this.fd, buffer, done, length - done, position + done);
        if (read === 0) break;
        done += read;
      }
    } catch (error) {
      throw new SpoolError(this.dir, error);
    }
    return done;
  }
}
