/** What a rationale concludes: that the treatment is, or is not, medically necessary. */
import type { Span } from '../model';
import type { Block } from '../text/block';
import { perBlock } from '../text/perBlock';

const NECESSITY = /\bmedically (?:necessary|indicated|appropriate)\b/gi;
const COPULA = /\b(?:is|are|was|were|be|been|being|deemed|considered|found|remains?|appears?)\b[^.;:]{0,30}$/i;
const HYPOTHETICAL = /\b(?:if|whether|when|unless|until|to determine|to establish)\b[^.;]{0,60}$/i;
const NEGATED = /\b(?:not|cannot|never)\b|n't\b|\bnon-?$/i;

export interface Conclusion {
  necessary: boolean;
  span: Span;
}

export const findConclusion = perBlock(conclusionOf);

function conclusionOf(block: Block): Conclusion | null {
  let last: Conclusion | null = null;
  NECESSITY.lastIndex = 0;
  for (let m = NECESSITY.exec(block.text); m; m = NECESSITY.exec(block.text)) {
    const before = block.text.slice(Math.max(0, m.index - 60), m.index);
    const copula = COPULA.exec(before);
    if (!copula || HYPOTHETICAL.test(before)) continue;
    // "cannot be considered medically necessary": the negation may stand just before the verb.
    const statement = before.slice(Math.max(0, copula.index - 12));
    const start = m.index - (before.length - copula.index);
    last = { necessary: !NEGATED.test(statement), span: block.span(start, m.index + m[0].length) };
  }
  return last;
}
