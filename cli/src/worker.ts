/** The worker side of the pool: reads and checks each batch it is sent, and answers with its result. */
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch, startReading } from './batch';
import type { AnswerMessage, JobMessage, WorkerSetup } from './pool';

export function serveWorker(): void {
  const { task, cwd, separator } = workerData as WorkerSetup;
  const port = parentPort!;
  let previous: Promise<unknown> = Promise.resolve();
  port.on('message', (job: JobMessage) => {
    // A batch's files are read as soon as it arrives; it is checked once the batches before it are.
    const readers = startReading(job.items);
    previous = previous
      .then(() => processBatch(task, cwd, separator, job.items, readers))
      .then((result) => port.postMessage({ id: job.id, result } satisfies AnswerMessage));
  });
}
