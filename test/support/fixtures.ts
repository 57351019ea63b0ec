/** Reads the fixture letters and their expectations, relative to the repository root. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = process.cwd();
export const LETTERS_DIR = path.join(ROOT, 'test/fixtures/letters');
export const SAMPLES_DIR = path.join(ROOT, 'test/fixtures/samples');
export const SAMPLE_EXPECTATIONS_DIR = path.join(ROOT, 'test/fixtures/samples-expected');

export interface ExpectedItem {
  service: string;
  decision: 'Upheld' | 'Overturned' | null;
  requestedSessions: number | null;
  completedSessions: number | null;
  functionalImprovement: string;
  citations: { guideline: string; pages: number[] }[];
}

export interface Expected {
  purpose?: string;
  letter: boolean;
  format?: string;
  sections?: string[];
  patient?: { age: number | null; sex: string | null };
  dates?: { injury: string | null; application: string | null; urDecision: string | null };
  reviewer?: { specialty: string | null; licensure: string[] };
  items?: ExpectedItem[];
  codes?: string[];
}

export interface Fixture {
  name: string;
  file: string;
  text: string;
  expected: Expected;
}

function load(dir: string, expectationsDir: string): Fixture[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const file = path.join(dir, f);
      const expected = JSON.parse(fs.readFileSync(path.join(expectationsDir, `${name}.expected.json`), 'utf8')) as Expected;
      return { name, file, text: fs.readFileSync(file, 'utf8'), expected };
    });
}

export function letterFixtures(): Fixture[] {
  return load(LETTERS_DIR, LETTERS_DIR);
}

export function sampleFixtures(): Fixture[] {
  return load(SAMPLES_DIR, SAMPLE_EXPECTATIONS_DIR);
}

export function allFixtures(): Fixture[] {
  return [...sampleFixtures(), ...letterFixtures()];
}
