/**
 * imr-letters: checks IMR final determination letters from the command line, extracts what
 * they say and counts them, with the same letter service the editor uses. This file is
 * also the worker threads' entry point: the bundle runs itself in each worker.
 */
import { isMainThread } from 'node:worker_threads';
import { parseArgs } from './args';
import { runCommand } from './run';
import { USAGE } from './usage';
import { packageVersion } from './version';
import { serveWorker } from './worker';

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`imr-letters: ${options}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  return runCommand(options, {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    version: packageVersion(),
    workerScript: __filename,
  });
}

if (isMainThread) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`imr-letters: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
} else {
  serveWorker();
}
