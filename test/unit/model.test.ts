import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Span } from '../../server/src/service/model';

test('spans are half-open offsets', () => {
  const span: Span = { start: 2, end: 5 };
  assert.equal(span.end - span.start, 3);
});
