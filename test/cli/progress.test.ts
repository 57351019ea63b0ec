/** The progress bar: drawn only when enabled (a terminal), after a delay, and cleared for messages. */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Progress } from '../../cli/src/progress';

function stream() {
  const writes: string[] = [];
  return { writes, isTTY: true, columns: 80, write: (s: string) => writes.push(s) };
}

describe('progress', () => {
  test('renders a bar with the count, percentage and rate', () => {
    let t = 0;
    const p = new Progress(stream(), true, 10, () => t);
    for (let i = 0; i < 5; i++) p.tick();
    t = 1000;
    assert.equal(p.render(t), `[${'#'.repeat(20)}${'-'.repeat(20)}] 5/10  50%  5/s`);
  });

  test('draws nothing when not enabled, and nothing before the delay', () => {
    let t = 0;
    const off = stream();
    const p = new Progress(off, false, 10, () => t);
    t = 5000;
    p.tick();
    assert.deepEqual(off.writes, []);
    const on = stream();
    t = 0;
    const q = new Progress(on, true, 10, () => t);
    q.tick();
    assert.deepEqual(on.writes, []);
    t = 1000;
    q.tick();
    assert.equal(on.writes.length, 1);
    q.log('imr-letters: x: skipped');
    assert.deepEqual(on.writes.slice(1), ['\r\u001b[K', 'imr-letters: x: skipped\n']);
  });
});
