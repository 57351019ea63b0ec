/** The worker side of the pool: checks each letter it is sent and answers with its Outcome. */
import { parentPort, workerData } from 'node:worker_threads';
import { processSafely } from './letterJob';
import type { AnswerMessage, JobMessage, WorkerSetup } from './pool';

export function serveWorker(): void {
  const { task, cwd } = workerData as WorkerSetup;
  const port = parentPort!;
  port.on('message', (job: JobMessage) => {
    port.postMessage({ id: job.id, outcome: processSafely(task, job.name, job.source, cwd) } satisfies AnswerMessage);
  });
}
