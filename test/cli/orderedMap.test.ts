/** Results in input order whatever order they finish in, with a bounded number in flight. */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { orderedMap } from '../../cli/src/orderedMap';

describe('orderedMap', () => {
  test('yields in input order and never has more than the window in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const source = Array.from({ length: 200 }, (_, i) => i);
    const run = async (n: number) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, (n * 7919) % 5));
      inFlight--;
      return n * 2;
    };
    const out: number[] = [];
    for await (const r of orderedMap(source, run, 8)) out.push(r);
    assert.deepEqual(out, source.map((n) => n * 2));
    assert.ok(most <= 8, `at most 8 in flight, saw ${most}`);
    assert.ok(most > 1, 'runs in parallel');
  });

  test('pulls the source lazily', async () => {
    let pulled = 0;
    function* source() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield i;
      }
    }
    const it = orderedMap(source(), async (n) => n, 4);
    await it.next();
    assert.ok(pulled <= 5, `pulled ${pulled}`);
    await it.return(undefined);
  });
});
