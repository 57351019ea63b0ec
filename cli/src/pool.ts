/**
 * A fixed set of worker threads that check letters. The workers run this same file (the
 * bundle branches on isMainThread); a job is a letter's name and text (and a PDF's page
 * starts), its answer the letter's Outcome. A worker that dies fails its jobs, not the run.
 */
import { Worker } from 'node:worker_threads';
import type { LetterText } from './checkLetter';
import type { Outcome } from './letterJob';
import type { Task } from './task';

export interface WorkerSetup {
  task: Task;
  cwd: string;
}

export interface JobMessage {
  id: number;
  name: string;
  source: LetterText;
}

export interface AnswerMessage {
  id: number;
  outcome: Outcome;
}

interface Slot {
  worker: Worker;
  busy: Map<number, (o: Outcome) => void>;
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
        const resolve = slot.busy.get(m.id);
        slot.busy.delete(m.id);
        resolve?.(m.outcome);
      });
      const fail = (reason: string) => {
        slot.dead = true;
        for (const resolve of slot.busy.values()) resolve({ kind: 'failed', reason });
        slot.busy.clear();
      };
      worker.on('error', (error) => fail(`worker failed: ${error.message}`));
      worker.on('exit', (code) => fail(`worker exited with code ${code}`));
      this.slots.push(slot);
    }
  }

  /** Sends the job to the live worker with the fewest jobs queued. */
  run(name: string, source: LetterText): Promise<Outcome> {
    const live = this.slots.filter((s) => !s.dead);
    if (!live.length) return Promise.resolve({ kind: 'failed', reason: 'no worker left' });
    const slot = live.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.busy.set(id, resolve);
      slot.worker.postMessage({ id, name, source } satisfies JobMessage);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
