/**
 * Maps items through an asynchronous function with at most `window` of them in flight, and
 * yields the results in input order. Memory is bounded by the window, not by the input:
 * a slow item holds back at most `window` finished ones. `run` must not reject.
 */
export async function* orderedMap<T, R>(source: Iterable<T>, run: (item: T, index: number) => Promise<R>, window: number): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let index = 0;
  for (const item of source) {
    pending.push(run(item, index++));
    if (pending.length >= Math.max(1, window)) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}
