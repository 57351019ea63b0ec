/**
 * A worker thread of the workspace index (bundled as server/out/indexWorker.js): reads and
 * summarizes the batches of files it is sent, so the server's own thread stays free for the
 * editor's requests.
 */
import * as os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { summarizeFile } from './letterSummary';
import type { SummaryAnswer, SummaryJob } from './indexPool';

// Indexing is background work: at a lower priority it takes the cores the editor and the
// server's own thread leave idle, and yields them when those want them. Only on Linux, where
// the priority is per thread; elsewhere it would lower the whole server.
if (process.platform === 'linux') os.setPriority(10);

const port = parentPort!;
port.on('message', ({ id, files, maxBytes }: SummaryJob) => {
  port.postMessage({ id, summaries: files.map((file) => summarizeFile(file, maxBytes)) } satisfies SummaryAnswer);
});
