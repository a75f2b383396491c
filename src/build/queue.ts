// The jobs of a parallel build, in shared memory: worker threads take from the front (the largest documents) and the
// main thread from the back (the smallest), each when it is ready for one, without a message round trip. After a
// failure only jobs before it in input order are still handed out, as a sequential build would have run them.
import type { ExtractJob } from './job.ts';

const LOCK = 0;
const FRONT = 1;
const BACK = 2;
/** Jobs at or after this input index are no longer handed out (a failure's index; -1: stop everything). */
const BEFORE = 3;

/** What a worker thread is sent to build its own view of the queue. */
export interface SharedQueueData {
  jobs: ExtractJob[];
  state: SharedArrayBuffer;
}

export class SharedJobQueue {
  private readonly state: Int32Array;

  constructor(private readonly data: SharedQueueData) {
    this.state = new Int32Array(data.state);
  }

  /** A queue of these jobs, in the order to hand them out from the front. */
  static of(jobs: ExtractJob[]): SharedJobQueue {
    const queue = new SharedJobQueue({ jobs, state: new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT) });
    Atomics.store(queue.state, BACK, jobs.length);
    Atomics.store(queue.state, BEFORE, 0x7fffffff);
    return queue;
  }

  /** What to send a worker thread (the state is shared, the jobs copied). */
  get shared(): SharedQueueData {
    return this.data;
  }

  /** The next job from this end still worth running, or undefined when none is left. */
  take(end: 'front' | 'back'): ExtractJob | undefined {
    return this.locked(() => {
      const before = this.state[BEFORE];
      while (this.state[FRONT] < this.state[BACK]) {
        const job = end === 'front' ? this.data.jobs[this.state[FRONT]++] : this.data.jobs[--this.state[BACK]];
        if (job.index < before) return job;
      }
      return undefined;
    });
  }

  /** The job of this input index failed: jobs after it are no longer handed out. */
  fail(index: number): void {
    this.locked(() => {
      this.state[BEFORE] = Math.min(this.state[BEFORE], index);
    });
  }

  /** Hands out nothing more (a worker crashed). */
  stop(): void {
    this.fail(-1);
  }

  /** Runs `body` holding the queue's lock; held for a few reads and writes, so waiting for it is a spin. */
  private locked<T>(body: () => T): T {
    while (Atomics.compareExchange(this.state, LOCK, 0, 1) !== 0);
    try {
      return body();
    } finally {
      Atomics.store(this.state, LOCK, 0);
    }
  }
}
