/**
 * The worker threads that summarize letter files for the workspace index. They start on the
 * first batch and stop once idle for a while, so a server with nothing to index holds no
 * threads. A worker that fails answers its batches with no summaries (those files are left
 * out of the index) and is replaced on the next batch: a bad file never stops indexing. If
 * workers keep failing with no batch answered in between, the pool gives up and answers
 * every batch with nothing, rather than start a thread per batch.
 */
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { describeError } from './describeError';
import type { FileSummary } from './letterSummary';

/** Failures in a row, with no batch answered, after which the pool stops starting workers. */
const GIVE_UP_AFTER = 3;

export interface SummaryJob {
  id: number;
  files: string[];
  maxBytes: number;
}

export interface SummaryAnswer {
  id: number;
  summaries: FileSummary[];
}

interface Slot {
  worker: Worker;
  jobs: Map<number, (summaries: FileSummary[]) => void>;
}

/**
 * One thread per core, at most four, on Linux, where they run at a lower priority than the
 * server's thread (see indexWorker.ts); elsewhere one core is left for the server's requests.
 */
export function defaultPoolSize(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(4, process.platform === 'linux' ? cores : cores - 1));
}

export class IndexPool {
  private slots: Slot[] = [];
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private failuresInARow = 0;

  constructor(
    private readonly script: string,
    readonly size: number,
    private readonly onError: (message: string) => void,
    private readonly idleMs = 30_000,
  ) {}

  /** The summaries of the files, in their order; empty if the worker failed. */
  summarize(files: string[], maxBytes: number): Promise<FileSummary[]> {
    if (this.failuresInARow >= GIVE_UP_AFTER) return Promise.resolve([]);
    this.cancelIdle();
    while (this.slots.length < this.size) this.slots.push(this.startWorker());
    const slot = this.slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.jobs.set(id, (summaries) => {
        resolve(summaries);
        if (this.slots.every((s) => s.jobs.size === 0)) this.scheduleIdle();
      });
      slot.worker.postMessage({ id, files, maxBytes } satisfies SummaryJob);
    });
  }

  async close(): Promise<void> {
    this.cancelIdle();
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private startWorker(): Slot {
    const worker = new Worker(this.script);
    const slot: Slot = { worker, jobs: new Map() };
    worker.on('message', ({ id, summaries }: SummaryAnswer) => {
      const done = slot.jobs.get(id);
      slot.jobs.delete(id);
      this.failuresInARow = 0;
      done?.(summaries);
    });
    const fail = (message: string) => {
      // Only a worker still in the pool is a failure; one closed on purpose exits quietly.
      if (!this.slots.includes(slot)) return;
      this.slots = this.slots.filter((s) => s !== slot);
      this.failuresInARow++;
      this.onError(this.failuresInARow >= GIVE_UP_AFTER ? `${message}; indexing stopped` : message);
      for (const done of slot.jobs.values()) done([]);
      slot.jobs.clear();
    };
    worker.on('error', (error) => fail(`index worker failed: ${describeError(error)}`));
    worker.on('exit', (code) => fail(`index worker exited with code ${code}`));
    return slot;
  }

  private scheduleIdle(): void {
    this.cancelIdle();
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
  }

  private cancelIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
