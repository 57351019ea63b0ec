/**
 * imr-letters: checks IMR final determination letters from the command line, with the
 * same letter service the editor uses. Exit codes: 0 no problems, 1 problems, 2 usage or read error.
 */
import { expandInputs, describe } from './inputs';
import { checkText, type CheckedLetter } from './checkLetter';
import { formatLetter, formatSummary } from './textReport';

const USAGE = `Usage: imr-letters check [--format text|json] PATH...

  PATH   a letter file (.txt, .imr), a directory searched for letters, or - for standard input

Options:
  --format text   the outline and problems of each letter, eslint style (default)
  --format json   one JSON array of letters with their findings
  -h, --help      show this help

Exit codes: 0 no problems, 1 problems found, 2 usage or read error.
`;

interface Options {
  format: 'text' | 'json';
  paths: string[];
}

function parseArgs(args: string[]): Options | string {
  const [command, ...rest] = args;
  if (command !== 'check') return command ? `unknown command "${command}"` : 'no command given';
  const options: Options = { format: 'text', paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format') {
      const value = rest[++i];
      if (value !== 'text' && value !== 'json') return `--format must be text or json, not "${value ?? ''}"`;
      options.format = value;
    } else if (arg.startsWith('--format=')) {
      const value = arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') return `--format must be text or json, not "${value}"`;
      options.format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option "${arg}"`;
    } else {
      options.paths.push(arg);
    }
  }
  return options.paths.length ? options : 'no letters given';
}

function main(args: string[]): number {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`imr-letters: ${options}\n\n${USAGE}`);
    return 2;
  }
  const { inputs, errors } = expandInputs(options.paths);
  for (const e of errors) process.stderr.write(`imr-letters: ${e}\n`);
  let readErrors = errors.length;
  let skipped = 0;
  const checked: CheckedLetter[] = [];
  for (const input of inputs) {
    let text: string;
    try {
      text = input.read();
    } catch (error) {
      process.stderr.write(`imr-letters: ${input.name}: ${describe(error)}\n`);
      readErrors++;
      continue;
    }
    const result = checkText(input.name, text);
    if ('notLetter' in result) {
      process.stderr.write(`imr-letters: ${input.name}: ${result.notLetter}; skipped\n`);
      skipped++;
      continue;
    }
    checked.push(result);
    if (options.format === 'text') process.stdout.write(formatLetter(result) + '\n');
  }
  const problems = checked.flatMap((c) => c.findings);
  if (options.format === 'json') {
    const json = checked.map((c) => ({
      file: c.name,
      format: c.letter.format,
      diagnostics: c.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn })),
    }));
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    process.stdout.write(formatSummary(checked.length, problems, skipped));
  }
  if (readErrors) return 2;
  return problems.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
