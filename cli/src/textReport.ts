/** Human-readable output in the style of eslint: the outline, then one line per problem. */
import type { OutlineNode } from '../../server/src/service';
import type { CheckedLetter } from './checkLetter';

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
      lines.push(`  ${`${f.line}:${f.column}`.padEnd(width)}  ${f.severity.padEnd(11)}  ${f.message}  ${f.code}`);
    }
  } else {
    lines.push('', '  no problems');
  }
  return lines.join('\n') + '\n';
}

export function formatSummary(letters: number, problems: readonly { severity: string }[], skipped: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const others = problems.length - errors - warnings;
  const mark = problems.length ? '\u2716' : '\u2714';
  const skippedNote = skipped ? `; ${skipped} file${skipped === 1 ? '' : 's'} skipped` : '';
  return `${mark} ${problems.length} problem${problems.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${others} other) in ${letters} letter${letters === 1 ? '' : 's'}${skippedNote}\n`;
}
