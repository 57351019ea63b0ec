/**
 * The text layer under the parser: lines with running headers and page footers dropped,
 * look-alike characters folded, and lines joined into paragraphs with hyphenated words rejoined.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { splitLines } from '../../server/src/service/text/lines';
import { asWritten, plainText } from '../../server/src/service/text/plainText';
import { joinLines } from '../../server/src/service/text/block';

/** The lines of a letter, as the parser reads them (see plainText). */
const linesOf = (text: string) => splitLines(plainText(text));

const texts = (source: string) => linesOf(source).lines.map((l) => l.text);

test('a running header is dropped where it repeats, wherever the case number stands in it', () => {
  const source = [
    'Final Determination Letter for CM15-0031877',
    'The injured worker is a 44 year old female.',
    'Re: case CM15-0031877, page two',
    'Final Determination Letter for CM15-0031877',
    'She has completed 6 sessions.',
    'Re: case CM15-0031877, page two',
  ].join('\n');
  assert.deepEqual(texts(source), ['The injured worker is a 44 year old female.', 'She has completed 6 sessions.']);
});

test('a line shaped like a running header is kept when it does not repeat, and so is a repeated line of another shape', () => {
  const source = ['Final Determination Letter: see CM15-0031877 below', 'Rationale: see below.', 'Rationale: see below.', 'The case number CM15-0031877 is cited once.'].join('\n');
  assert.deepEqual(texts(source), source.split('\n'));
});

test('page footers and bare case-number lines are dropped in any case, other lines starting with their letters are kept', () => {
  const source = ['Page 2 of 5', '- page 3 -', '- 4 -', 'CM15-0031877', 'Case Number: CM15-0031877', 'Patient reports pain.', 'Case summary follows.', '- 4 visits -', 'Further care is needed.'].join('\n');
  assert.deepEqual(texts(source), ['Patient reports pain.', 'Case summary follows.', '- 4 visits -', 'Further care is needed.']);
});

test('look-alike characters are folded one for one, Latin-1 letters are kept, and offsets hold', () => {
  const source = '  \u201cCaf\u00e9\u201d \u2013 MTUS\u00a0p.\u00a023 \u2018ok\u2019 \u2212 \u00e9t\u00e9';
  const [line] = linesOf(source).lines;
  assert.equal(line.text, '"Caf\u00e9" - MTUS p. 23 \'ok\' - \u00e9t\u00e9');
  assert.equal(line.start, 2);
  assert.equal(line.end, source.length);
  assert.equal(line.text.length, line.end - line.start);
});

test('the parsed text is Latin-1 only, code unit for code unit: bullets of any font are one bullet, a ligature its first letter', () => {
  const source = 'o\u2022 \uf0b7 \u25aa Oﬃcial speciﬁc\u2003\u2009\ufeff2\u2010\u2011\u2014 \u2265 50 \u03bcg \u2026 \ud83d\ude00 \u0416';
  const plain = plainText(source);
  assert.equal(plain, 'o\x95 \x95 \x95 Ofcial specifc   2--- > 50 \u00b5g \x1a \x1a\x1a \x1a');
  assert.equal(plain.length, source.length);
  const alreadyPlain = 'Caf\u00e9 - MTUS p. 23';
  assert.equal(plainText(alreadyPlain), alreadyPlain);
  assert.equal(plainText('2 \u00d7 6'), '2 x 6');
});

test('a character a PDF tool could not decode is read as the hyphen or apostrophe it most often was', () => {
  assert.equal(plainText('a 49\ufffdyear\ufffdold male'), 'a 49-year-old male');
  assert.equal(plainText("the patient\ufffds report; she doesn\ufffdt drive"), "the patient's report; she doesn't drive");
  assert.equal(plainText('pages 98\ufffd99'), 'pages 98-99');
  assert.equal(plainText('\ufffd at the start, \ufffd alone'), '\x1a at the start, \x1a alone');
});

test('what the parser shows is in the letter\'s own characters, lined up across the line breaks it joined', () => {
  const original = 'Psycho-\n  therapy 2\u20133 times a\n week \u00d7 4';
  const plain = plainText(original);
  const whole = { start: 0, end: original.length };
  assert.equal(asWritten('Psychotherapy 2-3 times a week x 4', whole, plain, original), 'Psychotherapy 2\u20133 times a week \u00d7 4');
  assert.equal(asWritten('therapy 2-3', { start: 10, end: 21 }, plain, original), 'therapy 2\u20133');
  // Words that are not in the text come back as they are.
  assert.equal(asWritten('Acupuncture', whole, plain, original), 'Acupuncture');
});

test('a lower-case line after a page break goes on with the sentence before it', () => {
  const { lines, lineGap } = linesOf('The request for\n\n\n\npsychotherapy is not supported.\n\n\n\nA new paragraph.');
  assert.equal(lineGap, 0);
  assert.deepEqual(
    lines.map((l) => l.gapBefore),
    [0, 0, 3],
  );
});

test('a name after "&" at a page break goes on with the sentence before it', () => {
  const { lines } = linesOf('The expert reviewer is Board Certified in Physical Medicine &\n\n\n\nRehabilitation, and is licensed.\n\n\n\nA new paragraph.');
  assert.deepEqual(
    lines.map((l) => l.gapBefore),
    [0, 0, 3],
  );
});

test('a full line of prose that stops at a word goes on after a page break, though the next line starts with a capital', () => {
  const prose = 'The request for authorization asked for 4 additional sessions and for trazodone. On 2/24/15 Utilization';
  const { lines } = linesOf(`${prose}\n\n\n\nReview non-certified both requests.\n\n\n\nA new paragraph.`);
  assert.deepEqual(
    lines.map((l) => l.gapBefore),
    [0, 0, 3],
  );
  // A short line (a heading or a label) is no sentence cut off.
  assert.deepEqual(
    linesOf('Final Determination Letter\n\n\n\nReview of the records.').lines.map((l) => l.gapBefore),
    [0, 3],
  );
});

test('joined lines rejoin a word hyphenated across them, and map every flat offset back to the source', () => {
  const source = 'The psycho-\ntherapy is a follow-\nUp visit.';
  const { lines } = linesOf(source);
  const block = joinLines(lines, 0, lines.length);
  assert.equal(block.text, 'The psychotherapy is a follow- Up visit.');
  const at = (word: string) => block.span(block.text.indexOf(word), block.text.indexOf(word) + word.length);
  assert.deepEqual(at('therapy'), { start: source.indexOf('therapy'), end: source.indexOf('therapy') + 'therapy'.length });
  assert.deepEqual(at('Up visit'), { start: source.indexOf('Up visit'), end: source.length - 1 });
  assert.equal(source.slice(at('The psycho').start, at('The psycho').end), 'The psycho');
});

test('many hyphenated lines in a row are joined in order', () => {
  const lines = linesOf(Array.from({ length: 50 }, (_, i) => `w${i}a-\nb${i}`).join(' ')).lines;
  const block = joinLines(lines, 0, lines.length);
  assert.equal(block.text, Array.from({ length: 50 }, (_, i) => `w${i}ab${i}`).join(' '));
});

test('a run of spaces between words or a tab is read as one space, and every word still maps back to the source', () => {
  const source = 'The  patient  completed\t4  visits\nof physical   therapy.  Upheld:  yes';
  const { lines } = linesOf(source);
  const block = joinLines(lines, 0, lines.length);
  // Two spaces after a sentence's end or a colon are a typist's, and stay.
  assert.equal(block.text, 'The patient completed 4 visits of physical therapy.  Upheld:  yes');
  for (const word of block.text.split(/ +/)) {
    const at = block.text.indexOf(word);
    const span = block.span(at, at + word.length);
    assert.equal(source.slice(span.start, span.end), word);
    assert.equal(block.toFlat(span.start), at);
  }
  // The line end is where the source line ends, not where a run of spaces was collapsed.
  assert.equal(block.text.slice(0, block.lineEnd(0)), 'The patient completed 4 visits');
  assert.equal(block.slice(4).text.slice(0, block.slice(4).lineEnd(0)), 'patient completed 4 visits');
});

test("a letter quoted in an e-mail has its quote markers taken off, and a quoted blank line is a blank line", () => {
  const text = 'Thanks, see below.\n> > HOW THE IMR FINAL DETERMINATION WAS MADE\n> >\n> > The reviewer is licensed in California.\n';
  const { lines } = linesOf(text);
  assert.deepEqual(lines.map((l) => l.text), ['Thanks, see below.', 'HOW THE IMR FINAL DETERMINATION WAS MADE', 'The reviewer is licensed in California.']);
  assert.equal(text.slice(lines[2].start, lines[2].end), lines[2].text);
  assert.equal(lines[2].gapBefore, 1);
  // A few lines starting with ">" in a letter are its own text.
  assert.deepEqual(linesOf('Pain relief was\n> 50% for 6 weeks.\nThe request is medically necessary.\n').lines.map((l) => l.text)[1], '> 50% for 6 weeks.');
});

test('a page extracted twice in a row, its footer with it, is read once; shorter runs, runs repeated apart, and runs without a repeated footer are kept', () => {
  const words = ['The injured worker', 'Her physician', 'The notes', 'Utilization review', 'The therapist', 'The reviewer'];
  const page = (name: string) => words.map((w) => `${w} wrote on the ${name.toLowerCase()} page what ${w.length} words say.`).join('\n') + '\n';
  const texts = (text: string) => linesOf(text).lines.map((l) => l.text);
  const once = texts(`${page('First')}Page 1 of 3\n${page('Second')}Page 2 of 3\nLast line.\nPage 3 of 3\n`);
  assert.deepEqual(texts(`${page('First')}Page 1 of 3\n${page('Second')}Page 2 of 3\n${page('Second')}Page 2 of 3\nLast line.\nPage 3 of 3\n`), once);
  // The copy's footer may fall elsewhere (a PDF made again from the text pages it anew).
  assert.deepEqual(texts(`${page('First')}Page 1 of 3\n${page('Second')}Page 2 of 3\n${page('Second').replace('\n', '\nPage 2 of 4\n')}Page 2 of 3\nLast line.\nPage 3 of 3\n`), once);
  assert.equal(texts(`${page('First')}${page('Second')}${page('Second')}Last line.\n`).length, 19);
  // Each footer once in the running text: the copy's footer goes with it.
  const twice = linesOf(`${page('First')}Page 1 of 3\n${page('Second')}Page 2 of 3\n${page('Second')}Page 2 of 3\nLast line.\nPage 3 of 3\n`);
  assert.equal(twice.runningText.filter((l) => l.text === 'Page 2 of 3').length, 2);
  const short = 'A line of the letter.\nAnother line of it.\n';
  assert.equal(texts(`${short}Page 1 of 2\n${short}Page 1 of 2\n`).length, 4);
  assert.equal(texts(`${page('First')}Page 1 of 3\n${page('Second')}Page 1 of 3\n${page('First')}Page 3 of 3\n`).length, 18);
});

test("a case-number line after a page footer is a running header, unless it holds the header block's other fields", () => {
  const texts = (text: string) => linesOf(text).lines.map((l) => l.text);
  assert.deepEqual(texts('Dated: 11/22/2013\nPage 1 of 4\nFinal Determination Letter for CM13-0061748\nThe letter goes on.\n'), ['Dated: 11/22/2013', 'The letter goes on.']);
  const field = 'IMR Case Number: CM13-0061748 Date of Injury: 09/24/2013';
  assert.deepEqual(texts(`Dated: 11/22/2013\nPage 1 of 4\n${field}\nThe letter goes on.\n`), ['Dated: 11/22/2013', field, 'The letter goes on.']);
});

test('a page number alone between runs of blank lines is dropped; a number a blank line apart from its paragraph is kept', () => {
  const source = 'Muscle relaxants, pages 63-\n\n\n4\n\n\n66, which is part of the MTUS.\n\nThe total is\n\n12\n\nvisits.';
  assert.deepEqual(texts(source), ['Muscle relaxants, pages 63-', '66, which is part of the MTUS.', 'The total is', '12', 'visits.']);
});
