/** Human-readable output in the style of eslint: the outline, then one line per problem. */
import type { OutlineNode } from '../../server/src/service';
import type { CheckedLetter } from './checkLetter';
import { pageLabel } from '../../pdf/src/pages';
import type { ProblemCounts } from './task';

function outlineLines(nodes: readonly OutlineNode[], depth: number): string[] {
  return nodes.flatMap((n) => {
    if (n.kind === 'part') return [];
    const detail = n.detail ? `: ${n.detail}` : '';
    return [`${'  '.repeat(depth)}${n.name}${detail}`, ...outlineLines(n.children, depth + 1)];
  });
}

export function formatLetter(checked: CheckedLetter): string {
  const lines = [`${checked.name}  (${checked.letter.format})`, ...outlineLines(checked.outline, 1)];
  if (checked.findings.length) {
    lines.push('');
    const width = Math.max(...checked.findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of checked.findings) {
      lines.push(`  ${`${f.line}:${f.column}`.padEnd(width)}  ${f.severity.padEnd(11)}  ${f.message}${f.page ? `  (${pageLabel(f.page)})` : ''}  ${f.code}`);
    }
  } else {
    lines.push('', '  no problems');
  }
  return lines.join('\n') + '\n';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatSummary(letters: number, counts: ProblemCounts, skipped: number, unreadable = 0): string {
  const total = counts.errors + counts.warnings + counts.others;
  const mark = total || unreadable ? '\u2716' : '\u2714';
  const skippedNote = skipped ? `; ${plural(skipped, 'file')} skipped` : '';
  const unreadableNote = unreadable ? `; ${unreadable} could not be read` : '';
  return `${mark} ${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.others} other) in ${plural(letters, 'letter')}${skippedNote}${unreadableNote}\n`;
}
