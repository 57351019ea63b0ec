/**
 * Standard output with back-pressure: a write waits for the stream to drain, so a slow
 * reader (a pager, a pipe) does not make output pile up in memory. A closed pipe (EPIPE,
 * as with `| head`) ends the output quietly.
 */
export class Output {
  closed = false;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.closed = true;
      else throw error;
    });
  }

  write(text: string): Promise<void> | void {
    if (!text || this.closed) return;
    if (this.stream.write(text)) return;
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.once('drain', done);
      this.stream.once('close', done);
    });
  }
}
