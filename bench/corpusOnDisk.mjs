// A generated corpus written to a folder under the system temporary directory, one letter per
// file, for the figures that read letters from disk (the command line, the workspace index).
// Writing 100,000 letters takes a while, so the folder is kept between runs, named by seed
// and count, and reused once a marker says it was written to the end.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const MARKER = '.complete.json';

/** { dir, files, bytes, generatedMs } of the corpus (seed, count); generatedMs is 0 when it was reused. */
export function corpusOnDisk(require, seed, count) {
  const dir = path.join(os.tmpdir(), 'imr-letters-bench', `corpus-seed${seed}-n${count}`);
  const marker = path.join(dir, MARKER);
  if (fs.existsSync(marker)) return { dir, ...JSON.parse(fs.readFileSync(marker, 'utf8')), generatedMs: 0 };
  fs.rmSync(dir, { recursive: true, force: true });
  const { writeCorpus } = require('./out/test/generator/corpus.js');
  const t0 = performance.now();
  const { files, bytes } = writeCorpus({ seed, count, out: dir, options: {}, truth: false });
  const generatedMs = performance.now() - t0;
  fs.writeFileSync(marker, JSON.stringify({ files, bytes }));
  return { dir, files, bytes, generatedMs };
}
