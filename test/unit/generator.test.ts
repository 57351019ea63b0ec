import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { generateLetter, type GeneratedLetter, type TruthItem } from '../generator/letterGenerator';
import { generateCorpus, letterSeed } from '../generator/corpus';
import { Random } from '../generator/random';

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text of each item in a plain letter: from its decision line to the next item's, or its rationale (format C). */
function itemBlocks(letter: GeneratedLetter): string[] {
  const text = letter.text;
  const items = letter.truth.items;
  const format = letter.truth.format;
  if (format === 'professional-review') {
    const from = text.indexOf('NOT MEDICALLY NECESSARY:') + 'NOT MEDICALLY NECESSARY:'.length;
    const to = text.indexOf('MEDICAL REVIEWER QUALIFICATIONS:', from);
    const section = text.slice(from, to);
    if (items.length === 1 && !section.includes(`1. ${items[0]?.service ?? ''}\n`)) return [section];
    let at = 0;
    const starts = items.map((it, i) => {
      at = section.indexOf(`${i + 1}. ${it.service}\n`, at);
      assert.ok(at >= 0, `rationale of item ${i} not found`);
      return at;
    });
    return starts.map((s, i) => section.slice(s, starts[i + 1] ?? section.length));
  }
  let at = text.indexOf(format === 'determination-2013' ? 'IMR DECISION(S) AND RATIONALE(S)' : 'IMR ISSUES, DECISIONS AND RATIONALES');
  const starts = items.map((it, i) => {
    const marker = format === 'determination-2013' ? `${i + 1}. ${it.service} is` : `${it.service}:`;
    at = text.indexOf(marker, at);
    assert.ok(at >= 0, `item ${i} (${it.service}) not found`);
    return at;
  });
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** The numbers a service names, words included ("twice" is 2, "twenty-four" is 24). */
function numbersIn(service: string): number[] {
  let s = service.toLowerCase().replace(/\bonce\b/g, '1').replace(/\btwice\b/g, '2').replace(/\btwenty-(\w+)/g, (m, w: string) => {
    const o = NUMBER_WORDS.indexOf(w);
    return o > 0 && o < 10 ? String(20 + o) : m;
  });
  NUMBER_WORDS.forEach((w, n) => {
    s = s.replace(new RegExp(`\\b${w}\\b`, 'g'), String(n));
  });
  return [...s.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

function assertConsistent(item: TruthItem, block: string, where: string): void {
  const flat = collapse(block);
  const negatives = flat.match(/\bis not medically necessary/gi) ?? [];
  const all = flat.match(/\bis (?:not )?medically necessary/gi) ?? [];
  if (item.decision === 'Upheld') {
    assert.ok(negatives.length >= 1, `${where}: Upheld item without "is not medically necessary"`);
    assert.equal(negatives.length, all.length, `${where}: Upheld item says "is medically necessary"`);
  } else {
    assert.equal(negatives.length, 0, `${where}: Overturned item says "is not medically necessary"`);
    assert.ok(all.length >= 1, `${where}: Overturned item without "is medically necessary"`);
  }
}

test('the same seed gives the same text and truth; different seeds differ', () => {
  for (const seed of [0, 1, 42, 123456789, 2 ** 40 + 7]) {
    const a = generateLetter(seed);
    const b = generateLetter(seed);
    assert.equal(a.text, b.text);
    assert.deepEqual(a.truth, b.truth);
  }
  const texts = new Set<string>();
  for (let seed = 0; seed < 200; seed++) texts.add(generateLetter(seed).text);
  assert.equal(texts.size, 200);
  assert.notEqual(generateLetter(1).text, generateLetter(2 ** 32 + 1).text);
});

test('the PRNG is reproducible and its methods stay in range', () => {
  const a = new Random(7);
  const b = new Random(7);
  for (let i = 0; i < 1000; i++) {
    const x = a.next();
    assert.equal(x, b.next());
    assert.ok(x >= 0 && x < 1);
    const n = a.int(3, 9);
    b.int(3, 9);
    assert.ok(Number.isInteger(n) && n >= 3 && n <= 9);
  }
  const shuffled = new Random(3).shuffle([1, 2, 3, 4, 5, 6]);
  assert.deepEqual([...shuffled].sort(), [1, 2, 3, 4, 5, 6]);
});

test('all three formats appear in 300 letters, each with its own sections', () => {
  const seen = new Map<string, number>();
  for (const letter of generateCorpus(5, 300)) {
    seen.set(letter.truth.format, (seen.get(letter.truth.format) ?? 0) + 1);
    for (const heading of letter.truth.sections) {
      // Wrapped headings are joined in the truth: compare without line breaks.
      assert.ok(collapse(letter.text).includes(heading), `section ${heading} missing`);
    }
  }
  assert.deepEqual([...seen.keys()].sort(), ['determination-2013', 'determination-2014', 'professional-review']);
});

test('the average letter is between 2.5 and 5 KB', () => {
  let bytes = 0;
  const n = 1000;
  for (const letter of generateCorpus(11, n)) bytes += Buffer.byteLength(letter.text, 'utf8');
  const average = bytes / n;
  assert.ok(average >= 2500 && average <= 5000, `average ${average.toFixed(0)} bytes`);
});

test('targetBytes of 1 MB gives 0.9 to 1.2 MB, and small targets give small letters', () => {
  for (const artifacts of [false, true]) {
    const big = generateLetter(9, { targetBytes: 1_000_000, artifacts });
    const size = Buffer.byteLength(big.text, 'utf8');
    assert.ok(size >= 900_000 && size <= 1_200_000, `1 MB target gave ${size} bytes`);
    assert.equal(big.text, generateLetter(9, { targetBytes: 1_000_000, artifacts }).text);
  }
  const small = generateLetter(9, { targetBytes: 1024, artifacts: false });
  assert.ok(Buffer.byteLength(small.text, 'utf8') < 2600, `1 KB target gave ${small.text.length} bytes`);
  const mid = Buffer.byteLength(generateLetter(9, { targetBytes: 50_000 }).text, 'utf8');
  assert.ok(mid >= 45_000 && mid <= 60_000, `50 KB target gave ${mid} bytes`);
});

test('artifacts change the text but not the truth', () => {
  for (let seed = 0; seed < 50; seed++) {
    const plain = generateLetter(seed, { artifacts: false });
    const pdf = generateLetter(seed, { artifacts: true });
    assert.notEqual(plain.text, pdf.text);
    assert.deepEqual({ ...plain.truth, artifacts: true }, pdf.truth);
    assert.ok(!plain.text.includes('\r') && !plain.text.includes('\u00a0'));
    assert.ok(pdf.text.split(/\r?\n/).filter((l) => l !== '').every((l) => /^\s.*\s$|^\s$/.test(l)), 'every PDF line is space-padded');
  }
});

test('every service is written in the letter (artifacts off) and the truth is well formed', () => {
  for (const letter of generateCorpus(21, 300, { artifacts: false })) {
    const t = letter.truth;
    assert.ok(t.items.length >= 1 && t.items.length <= 4);
    assert.ok(t.patient.age >= 18 && t.patient.age <= 90);
    assert.ok(t.reviewer.specialty.length > 0 && t.reviewer.licensure.length > 0);
    assert.ok(collapse(letter.text).includes(t.reviewer.specialty));
    for (const iso of [t.dates.injury, t.dates.application, t.dates.urDecision]) {
      if (iso !== null) assert.match(iso, /^\d{4}-\d{2}-\d{2}$/);
    }
    if (t.dates.injury !== null && t.dates.urDecision !== null) assert.ok(t.dates.injury < t.dates.urDecision);
    if (t.dates.urDecision !== null && t.dates.application !== null) assert.ok(t.dates.urDecision < t.dates.application);
    const services = new Set<string>();
    for (const item of t.items) {
      assert.ok(letter.text.includes(item.service), `service "${item.service}" not in text`);
      assert.ok(!services.has(item.service.toLowerCase()), 'services are distinct');
      services.add(item.service.toLowerCase());
      if (!item.sessionBased) {
        assert.equal(item.requestedSessions, null);
        assert.equal(item.completedSessions, null);
      }
      for (const c of item.citations) {
        assert.deepEqual(c.pages, [...new Set(c.pages)].sort((a, b) => a - b));
      }
    }
  }
});

test('with artifacts on, services are still there modulo whitespace and hyphenation', () => {
  for (const letter of generateCorpus(22, 200, { artifacts: true })) {
    const flat = collapse(letter.text.replace(/-\s*\r?\n\s*/g, '-\n').replace(/-\n/g, '-'));
    const dehyphenated = collapse(letter.text.replace(/([a-z])-\s*(\r?\n\s*)+([a-z])/g, '$1$3'));
    for (const item of letter.truth.items) {
      const s = collapse(item.service);
      assert.ok(flat.includes(s) || dehyphenated.includes(s), `service "${s}" not found`);
    }
  }
});

test("every item's decision matches its rationale's conclusion", () => {
  for (const letter of generateCorpus(31, 400, { artifacts: false })) {
    const blocks = itemBlocks(letter);
    letter.truth.items.forEach((item, i) => {
      const block = blocks[i] as string;
      assertConsistent(item, block, `${letter.truth.format} item ${i}`);
      const flat = collapse(block).toLowerCase();
      if (item.functionalImprovement === 'not-addressed') {
        assert.ok(!flat.includes('functional improvement'), `item ${i} is not-addressed but mentions functional improvement`);
      } else {
        assert.ok(flat.includes('functional improvement'), `item ${i} (${item.functionalImprovement}) never mentions functional improvement`);
      }
    });
  }
});

test('session counts in the truth are written in the letter', () => {
  let requested = 0;
  let completed = 0;
  for (const letter of generateCorpus(41, 400, { artifacts: false })) {
    for (const item of letter.truth.items) {
      if (item.requestedSessions !== null) {
        requested++;
        const n = item.requestedSessions;
        const written = numbersIn(item.service);
        const product = written.length === 2 ? (written[0] as number) * (written[1] as number) : NaN;
        assert.ok(written.includes(n) || product === n, `requested ${n} not in "${item.service}"`);
      }
      if (item.completedSessions !== null) {
        completed++;
        assert.ok(new RegExp(`\\b${item.completedSessions}\\b`).test(letter.text), `completed ${item.completedSessions} not in text`);
      }
    }
  }
  assert.ok(requested > 100 && completed > 50, `requested ${requested}, completed ${completed}`);
});

test('corpus letters are independent of how far the stream is read', () => {
  const first = [...generateCorpus(77, 5)];
  first.forEach((letter, i) => assert.equal(letter.text, generateLetter(letterSeed(77, i)).text));
});
