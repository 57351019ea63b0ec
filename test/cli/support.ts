/** What the CLI tests share: the extract record's keys and a CSV reader. */

export const RECORD_KEYS = ['file', 'format', 'sections', 'patient', 'dates', 'reviewer', 'items', 'diagnostics'];
export const ITEM_KEYS = ['service', 'decision', 'requestedSessions', 'completedSessions', 'functionalImprovement', 'citations'];

/** A minimal RFC 4180 reader, to read back what was written. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}
