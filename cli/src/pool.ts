/**
 * A fixed set of worker threads that check batches of letters. The workers run this same file
 * (the bundle branches on isMainThread); a job is a batch of file names (or text, for standard
 * input), its answer the batch's joined output and tallies. A worker that dies fails its
 * batches, not the run.
 */
import { Worker } from 'node:worker_threads';
import { failedBatch, type BatchItem, type BatchResult } from './batch';
import type { Task } from './task';

export interface WorkerSetup {
  task: Task;
  cwd: string;
  separator: string;
}

export interface JobMessage {
  id: number;
  items: BatchItem[];
}

export interface AnswerMessage {
  id: number;
  result: BatchResult;
}

interface Job {
  items: BatchItem[];
  resolve(result: BatchResult): void;
}

interface Slot {
  worker: Worker;
  busy: Map<number, Job>;
  dead: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;

  constructor(size: number, script: string, setup: WorkerSetup) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: setup });
      const slot: Slot = { worker, busy: new Map(), dead: false };
      worker.on('message', (m: AnswerMessage) => {
        const job = slot.busy.get(m.id);
        slot.busy.delete(m.id);
        job?.resolve(m.result);
      });
      const fail = (reason: string) => {
        slot.dead = true;
        for (const job of slot.busy.values()) job.resolve(failedBatch(job.items, reason));
        slot.busy.clear();
      };
      worker.on('error', (error) => fail(`worker failed: ${error.message}`));
      worker.on('exit', (code) => fail(`worker exited with code ${code}`));
      this.slots.push(slot);
    }
  }

  /** Sends the batch to the live worker with the fewest batches queued. */
  run(items: BatchItem[]): Promise<BatchResult> {
    const live = this.slots.filter((s) => !s.dead);
    if (!live.length) return Promise.resolve(failedBatch(items, 'no worker left'));
    const slot = live.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.busy.set(id, { items, resolve });
      slot.worker.postMessage({ id, items } satisfies JobMessage);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
