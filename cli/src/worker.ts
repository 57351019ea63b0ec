/** The worker side of the pool: reads and checks each batch it is sent, and answers with its result. */
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch } from './batch';
import type { AnswerMessage, JobMessage, WorkerSetup } from './pool';

export function serveWorker(): void {
  const { task, cwd, separator } = workerData as WorkerSetup;
  const port = parentPort!;
  port.on('message', (job: JobMessage) => {
    void processBatch(task, cwd, separator, job.items).then((result) => port.postMessage({ id: job.id, result } satisfies AnswerMessage));
  });
}
