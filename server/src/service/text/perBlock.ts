/**
 * A function of a block, computed once per block. Blocks are shared: one unnumbered rationale
 * serves every issue of a professional-review letter, and the case summary serves every item.
 * Reading a shared block once keeps a letter with many items linear in its length.
 */
import type { Block } from './block';

let slots = 0;

export function perBlock<T extends {} | null>(compute: (block: Block) => T): (block: Block) => T {
  const slot = slots++;
  return (block) => block.memo(slot, compute);
}
