/** The command line: a command, its options and paths, or a usage error message. */
import type { Task } from './task';

export interface Options {
  task: Task;
  paths: string[];
  /** Worker threads; null picks one per core. */
  jobs: number | null;
  html: string | null;
  progress: boolean;
  help: boolean;
}

const FORMATS = {
  check: ['text', 'json', 'sarif'],
  extract: ['json', 'jsonl', 'csv'],
  stats: [],
} as const;

type Command = keyof typeof FORMATS;

export function parseArgs(args: readonly string[]): Options | string {
  if (args.includes('-h') || args.includes('--help')) return { task: { command: 'stats' }, paths: [], jobs: null, html: null, progress: false, help: true };
  const [command, ...rest] = args;
  if (!command) return 'no command given';
  if (!(command in FORMATS)) return `unknown command "${command}"`;
  const cmd = command as Command;
  let format: string | null = null;
  const options: Options = { task: { command: 'stats' }, paths: [], jobs: null, html: null, progress: true, help: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | null => (eq > 0 ? arg.slice(eq + 1) : i + 1 < rest.length ? rest[++i] : null);
    if (name === '--format') {
      const v = value();
      const allowed: readonly string[] = FORMATS[cmd];
      if (!allowed.length) return `${cmd} has no --format option`;
      if (v === null || !allowed.includes(v)) return `--format must be ${allowed.join(', ').replace(/, (\w+)$/, ' or $1')}, not "${v ?? ''}"`;
      format = v;
    } else if (name === '--jobs' || name === '-j') {
      const v = value();
      const n = Number(v);
      if (v === null || !Number.isInteger(n) || n < 1) return `--jobs needs a whole number of 1 or more, not "${v ?? ''}"`;
      options.jobs = n;
    } else if (name === '--html') {
      const v = value();
      if (cmd !== 'stats') return '--html is an option of stats';
      if (!v) return '--html needs a file name';
      options.html = v;
    } else if (name === '--no-progress') {
      options.progress = false;
    } else if (name === '--') {
      options.paths.push(...rest.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option "${arg}"`;
    } else {
      options.paths.push(arg);
    }
  }
  if (!options.paths.length) return 'no letters given';
  if (cmd === 'check') options.task = { command: 'check', format: (format ?? 'text') as 'text' | 'json' | 'sarif' };
  else if (cmd === 'extract') options.task = { command: 'extract', format: (format ?? 'json') as 'json' | 'jsonl' | 'csv' };
  return options;
}
