/** Converts the service's offsets and findings into LSP types. */
import { DiagnosticSeverity, SymbolKind, type Diagnostic, type DocumentSymbol, type FoldingRange, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, OutlineNode, Severity, Span } from './service';

export const SOURCE = 'imr-letters';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  return { range: toRange(doc, f.span), severity: SEVERITY[f.severity], code: f.code, source: SOURCE, message: f.message };
}

const KIND: Record<OutlineNode['kind'], SymbolKind> = {
  section: SymbolKind.Namespace,
  item: SymbolKind.Event,
  part: SymbolKind.Field,
};

export function toSymbol(doc: TextDocument, node: OutlineNode): DocumentSymbol {
  return {
    name: node.name,
    detail: node.detail,
    kind: KIND[node.kind],
    range: toRange(doc, node.span),
    selectionRange: toRange(doc, node.selectionSpan),
    children: node.children.map((c) => toSymbol(doc, c)),
  };
}

export function toFoldingRanges(doc: TextDocument, spans: readonly Span[]): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const span of spans) {
    const startLine = doc.positionAt(span.start).line;
    const endLine = doc.positionAt(span.end).line;
    if (endLine > startLine) out.push({ startLine, endLine });
  }
  return out;
}
