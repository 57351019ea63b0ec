/**
 * Helpers of the extension-host suite: open a fixture from the test workspace, and wait on
 * real signals (language switch, onDidChangeDiagnostics, provider results) with a timeout,
 * never on fixed sleeps.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const LANGUAGE = 'imr-letter';
export const SOURCE = 'imr-letters';
export const TIMEOUT_MS = Number(process.env.IMR_E2E_WAIT_MS || 20_000);

export interface ExpectedItem {
  service: string;
  decision: 'Upheld' | 'Overturned' | null;
  requestedSessions?: number | null;
  completedSessions?: number | null;
  citations?: { guideline: string; pages: number[] }[];
}

export interface Expected {
  letter: boolean;
  format?: string;
  sections?: string[];
  items?: ExpectedItem[];
  codes?: string[];
}

export interface Fixture {
  /** Path inside the test workspace, e.g. "samples/000_a166514a6fb7d4e1.txt". */
  rel: string;
  uri: vscode.Uri;
  expected: Expected;
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder (prepared by scripts/e2e/workspace.mjs)');
  return folder.uri.fsPath;
}

export function fixtureUri(rel: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), rel));
}

/** The letters in <workspace>/<dir>, each with <expectationsDir>/<name>.expected.json. */
export function fixturesIn(dir: string, expectationsDir = dir): Fixture[] {
  const root = workspaceRoot();
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const expectedFile = path.join(root, expectationsDir, `${f.slice(0, -4)}.expected.json`);
      if (!fs.existsSync(expectedFile)) return [];
      const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as Expected;
      return [{ rel: `${dir}/${f}`, uri: vscode.Uri.file(path.join(abs, f)), expected }];
    });
}

/**
 * Resolves with the first truthy result of probe(), re-checked whenever one of the events
 * fires and, as a fallback, on a short poll. Rejects after the timeout with a description of
 * the last state.
 */
export function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  options: { timeoutMs?: number; intervalMs?: number; events?: vscode.Event<unknown>[]; describe?: () => string } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const intervalMs = options.intervalMs ?? 100;
  return new Promise<T>((resolve, reject) => {
    let done = false;
    let busy = false;
    let again = false;
    const disposables: vscode.Disposable[] = [];
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      clearInterval(poll);
      clearTimeout(timer);
      disposables.forEach((d) => d.dispose());
      fn();
    };
    const check = async () => {
      if (done) return;
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        do {
          again = false;
          const v = await probe();
          if (v) {
            finish(() => resolve(v));
            return;
          }
        } while (again && !done);
      } catch (err) {
        finish(() => reject(err));
      } finally {
        busy = false;
      }
    };
    for (const ev of options.events ?? []) disposables.push(ev(() => void check()));
    const poll = setInterval(() => void check(), intervalMs);
    const timer = setTimeout(() => {
      const state = options.describe ? `; last state: ${options.describe()}` : '';
      finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${state}`)));
    }, timeoutMs);
    void check();
  });
}

/** The live TextDocument for a URI (a language switch replaces the document object). */
export function liveDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** Opens a file in an editor, as a user would. */
export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Opens a letter and waits until the extension has switched it to the letter language. */
export async function openLetter(uri: vscode.Uri): Promise<vscode.TextDocument> {
  await openInEditor(uri);
  return waitFor(
    `${path.basename(uri.fsPath)} to switch to ${LANGUAGE}`,
    () => {
      const doc = liveDocument(uri);
      return doc && doc.languageId === LANGUAGE ? doc : undefined;
    },
    {
      events: [vscode.workspace.onDidOpenTextDocument as vscode.Event<unknown>],
      describe: () => `languageId=${liveDocument(uri)?.languageId}`,
    },
  );
}

export function ownDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function codesOf(uri: vscode.Uri): string[] {
  return [...new Set(ownDiagnostics(uri).map(codeOf))].sort();
}

/** Waits until the document's own diagnostics satisfy the predicate. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  predicate: (diags: vscode.Diagnostic[]) => boolean,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${path.basename(uri.fsPath)}: ${what}`,
    () => {
      const diags = ownDiagnostics(uri);
      return predicate(diags) ? diags : undefined;
    },
    {
      timeoutMs,
      events: [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>],
      describe: () => `codes=${JSON.stringify(ownDiagnostics(uri).map(codeOf))}`,
    },
  );
}

/** Waits until the diagnostics carry exactly the given set of codes. */
export function waitForCodes(uri: vscode.Uri, codes: readonly string[], timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  const want = [...new Set(codes)].sort();
  return waitForDiagnostics(
    uri,
    `diagnostic codes ${JSON.stringify(want)}`,
    (diags) => JSON.stringify([...new Set(diags.map(codeOf))].sort()) === JSON.stringify(want),
    timeoutMs,
  );
}

export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const result = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined>(
    'vscode.executeDocumentSymbolProvider',
    uri,
  );
  return (result ?? []).filter((s): s is vscode.DocumentSymbol => 'children' in s);
}

/** Polls the symbol provider until it answers with a non-empty outline. */
export function waitForSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  let last: unknown = undefined;
  return waitFor(
    `${path.basename(uri.fsPath)}: document symbols`,
    async () => {
      const symbols = await documentSymbols(uri);
      last = symbols.map((s) => s.name);
      return symbols.length > 0 ? symbols : undefined;
    },
    { intervalMs: 50, describe: () => JSON.stringify(last) },
  );
}

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : String(c)))
    .join('\n');
}

export async function foldingRanges(uri: vscode.Uri): Promise<vscode.FoldingRange[]> {
  return (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri)) ?? [];
}

/** Collapses runs of whitespace, so that headings wrapped across lines compare equal. */
export function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

export function rangeText(doc: vscode.TextDocument, range: vscode.Range): string {
  return doc.getText(range);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets (or, with undefined, removes) a workspace setting and waits until it reads back. */
export async function setWorkspaceSetting(section: string, key: string, value: unknown): Promise<void> {
  const config = vscode.workspace.getConfiguration(section);
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  await waitFor(`setting ${section}.${key} = ${JSON.stringify(value)}`, () => {
    const inspected = vscode.workspace.getConfiguration(section).inspect(key);
    return JSON.stringify(inspected?.workspaceValue) === JSON.stringify(value);
  });
}
