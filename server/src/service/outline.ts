/**
 * The letter's outline: sections, each disputed item under the section that holds it,
 * and the item's parts under the item. Folding follows the same tree.
 */
import type { Span } from './model';
import type { ParsedLetter } from './parseLetter';

export interface OutlineNode {
  name: string;
  detail: string;
  kind: 'section' | 'item' | 'part';
  span: Span;
  /** What the editor selects and reveals: the heading, the service, the label. */
  selectionSpan: Span;
  children: OutlineNode[];
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** A span widened to hold its selection, as editors require. */
function covering(span: Span, selection: Span): Span {
  return { start: Math.min(span.start, selection.start), end: Math.max(span.end, selection.end) };
}

export function outline(letter: ParsedLetter): OutlineNode[] {
  const sections: OutlineNode[] = letter.sections.map((s) => ({
    name: s.heading,
    detail: '',
    kind: 'section',
    span: { start: s.headingSpan.start, end: Math.max(s.headingSpan.end, s.bodySpan.end) },
    selectionSpan: s.headingSpan,
    children: [],
  }));
  for (const item of letter.items) {
    const span = covering(item.span, item.serviceSpan);
    const node: OutlineNode = {
      name: item.service || '(item without a service)',
      detail: item.decision ?? 'no decision',
      kind: 'item',
      span,
      selectionSpan: item.serviceSpan,
      children: item.parts
        .filter((p) => within(p.span, span))
        .map((p) => ({ name: p.label, detail: '', kind: 'part', span: p.span, selectionSpan: p.span, children: [] })),
    };
    const parent = sections.find((s) => within(span, s.span));
    if (parent) parent.children.push(node);
    else sections.push(node);
  }
  return sections.sort((a, b) => a.span.start - b.span.start);
}

/** Every node's span, for folding; the editor folds those that cover more than one line. */
export function foldingSpans(nodes: readonly OutlineNode[]): Span[] {
  const spans: Span[] = [];
  addSpans(nodes, spans);
  return spans;
}

function addSpans(nodes: readonly OutlineNode[], spans: Span[]): void {
  for (const n of nodes) {
    spans.push(n.span);
    addSpans(n.children, spans);
  }
}
