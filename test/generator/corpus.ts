/**
 * A stream of generated letters, one at a time (a corpus is never held in memory), and a
 * command line to write one to a folder:
 *
 *   node out/test/generator/corpus.js --seed 1 --count 100 --out DIR
 *     [--format determination-2014|determination-2013|professional-review]
 *     [--artifacts on|off] [--target-bytes N] [--truth]
 *
 * Files are DIR/000000.txt, 000001.txt, ...; with --truth, each letter's ground truth
 * is written next to it as NNNNNN.truth.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateLetter, type GenerateOptions, type GeneratedLetter, type LetterFormat } from './letterGenerator';
import { mixSeed, toUint32 } from './random';

/** The seed of letter `index` in the corpus `seed`. */
export function letterSeed(seed: number, index: number): number {
  return mixSeed(toUint32(seed), toUint32(index) ^ 0x0c0ffee0);
}

export function* generateCorpus(seed: number, count: number, options: GenerateOptions = {}): Generator<GeneratedLetter, void, undefined> {
  for (let i = 0; i < count; i++) {
    yield generateLetter(letterSeed(seed, i), options);
  }
}

interface CliArgs {
  seed: number;
  count: number;
  out: string;
  options: GenerateOptions;
  truth: boolean;
}

const FORMATS: readonly LetterFormat[] = ['determination-2014', 'determination-2013', 'professional-review'];

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: corpus.js --seed N --count N --out DIR [--format F] [--artifacts on|off] [--target-bytes N] [--truth]\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { seed: 1, count: 100, out: '', options: {}, truth: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) usage(`missing value for ${flag ?? ''}`);
      return v;
    };
    const int = (): number => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) usage(`${flag ?? ''} needs a non-negative integer`);
      return n;
    };
    switch (flag) {
      case '--seed':
        args.seed = int();
        break;
      case '--count':
        args.count = int();
        break;
      case '--out':
        args.out = value();
        break;
      case '--format': {
        const f = value();
        const found = FORMATS.find((x) => x === f);
        if (found === undefined) usage(`unknown format ${f}`);
        args.options.format = found;
        break;
      }
      case '--artifacts': {
        const v = value();
        if (v !== 'on' && v !== 'off') usage('--artifacts takes on or off');
        args.options.artifacts = v === 'on';
        break;
      }
      case '--target-bytes':
        args.options.targetBytes = int();
        break;
      case '--truth':
        args.truth = true;
        break;
      default:
        usage(`unknown argument ${flag ?? ''}`);
    }
  }
  if (args.out === '') usage('--out is required');
  return args;
}

export function writeCorpus(args: CliArgs): { files: number; bytes: number } {
  fs.mkdirSync(args.out, { recursive: true });
  let index = 0;
  let bytes = 0;
  for (const letter of generateCorpus(args.seed, args.count, args.options)) {
    const name = String(index).padStart(6, '0');
    fs.writeFileSync(path.join(args.out, `${name}.txt`), letter.text);
    bytes += Buffer.byteLength(letter.text, 'utf8');
    if (args.truth) {
      fs.writeFileSync(path.join(args.out, `${name}.truth.json`), `${JSON.stringify(letter.truth, null, 2)}\n`);
    }
    index++;
  }
  return { files: index, bytes };
}

if (require.main === module) {
  const args = parseArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const { files, bytes } = writeCorpus(args);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(`wrote ${files} letters (${bytes} bytes) to ${args.out} in ${ms.toFixed(0)} ms\n`);
}
