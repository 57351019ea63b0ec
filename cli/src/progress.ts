/**
 * A progress bar on standard error, for runs that take a while: drawn only when standard
 * error is a terminal, first after a short delay, at most ten times a second. Messages go
 * through log() so they never land in the middle of the bar.
 */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export class Progress {
  private done = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started: number;

  constructor(
    private readonly stream: ProgressStream,
    readonly enabled: boolean,
    private total: number | null = null,
    private readonly now: () => number = Date.now,
    private readonly delayMs = 300,
  ) {
    this.started = now();
  }

  setTotal(total: number): void {
    this.total = total;
  }

  /** Counts `letters` more done (a batch at a time). */
  tick(letters = 1): void {
    this.done += letters;
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.started < this.delayMs || t - this.lastDraw < 100) return;
    this.lastDraw = t;
    this.draw(t);
  }

  log(message: string): void {
    this.clear();
    this.stream.write(message.endsWith('\n') ? message : message + '\n');
  }

  finish(): void {
    this.clear();
  }

  /** The bar's text: "[#####-----]  512/1,000  51%  230/s". */
  render(t: number): string {
    const seconds = Math.max(0.001, (t - this.started) / 1000);
    const rate = `${Math.round(this.done / seconds)}/s`;
    if (!this.total) return `${this.done} letters  ${rate}`;
    const fraction = Math.min(1, this.done / this.total);
    const width = Math.max(10, Math.min(40, (this.stream.columns || 80) - 40));
    const filled = Math.round(fraction * width);
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total}  ${Math.floor(fraction * 100)}%  ${rate}`;
  }

  private draw(t: number): void {
    this.stream.write(`\r${this.render(t)}\u001b[K`);
    this.drawn = true;
  }

  private clear(): void {
    if (!this.drawn) return;
    this.stream.write('\r\u001b[K');
    this.drawn = false;
  }
}
