/**
 * The "IMR Letters" view in the Explorer: the workspace's disputed items grouped by decision
 * or by treatment category, with counts. It shows the server's background index and refreshes
 * when the index changes. While the server indexes, the view shows a progress bar and how many
 * files are done; the letter list request is answered once the index is complete.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { INDEX_CHANGED, INDEX_PROGRESS, LETTERS_REQUEST, type IndexedItem, type IndexedLetter, type IndexProgress } from '../../server/src/customMessages';

const VIEW_ID = 'imrLetters.letters';
/**
 * VS Code debounces a view's message changes (by 200 ms): changed every 100 ms, as the server
 * reports progress, the message would stay on its first value. Changed this often, it moves.
 */
const MESSAGE_INTERVAL_MS = 400;

type Grouping = 'decision' | 'category';

type Node = { kind: 'group'; label: string; entries: { letter: IndexedLetter; item: IndexedItem }[] } | { kind: 'item'; letter: IndexedLetter; item: IndexedItem };

class LettersProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private letters: Promise<IndexedLetter[]> | null = null;
  grouping: Grouping = 'decision';

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.letters = null;
    this.changed.fire();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = String(node.entries.length);
      return item;
    }
    const item = new vscode.TreeItem(node.item.service || '(no service)', vscode.TreeItemCollapsibleState.None);
    const uri = vscode.Uri.parse(node.letter.uri);
    item.description = `${node.item.decision ?? 'no decision'} · ${uri.path.slice(uri.path.lastIndexOf('/') + 1)}`;
    item.tooltip = `${node.item.service}\n${node.item.decision ?? 'No decision'} · ${node.item.category}\n${uri.fsPath}`;
    const r = node.item.range;
    item.command = {
      command: 'vscode.open',
      title: 'Open',
      arguments: [uri, { selection: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character) }],
    };
    return item;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'item') return [];
    if (node?.kind === 'group') return node.entries.map((e) => ({ kind: 'item', ...e }));
    // The progress bar runs in the view for as long as the server is still indexing.
    this.letters ??= Promise.resolve(vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => this.client.sendRequest<IndexedLetter[]>(LETTERS_REQUEST)));
    const groups = new Map<string, { letter: IndexedLetter; item: IndexedItem }[]>();
    for (const letter of await this.letters) {
      for (const item of letter.items) {
        const key = this.grouping === 'decision' ? (item.decision ?? 'No decision') : item.category;
        const group = groups.get(key);
        if (group) group.push({ letter, item });
        else groups.set(key, [{ letter, item }]);
      }
    }
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([label, entries]) => ({ kind: 'group', label, entries }));
  }
}

/** The view's message while the server indexes: "Indexing letters: 2,400 of 10,000 files read". */
function indexingMessage({ done, total }: IndexProgress): string | undefined {
  return done < total ? `Indexing letters: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files read` : undefined;
}

export function registerLettersView(client: LanguageClient): vscode.Disposable {
  const provider = new LettersProvider(client);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider });
  let messageShownAt = 0;
  const setGrouping = (grouping: Grouping) => () => {
    provider.grouping = grouping;
    provider.refresh();
  };
  return vscode.Disposable.from(
    view,
    client.onNotification(INDEX_PROGRESS, (progress: IndexProgress) => {
      const now = Date.now();
      if (now - messageShownAt < MESSAGE_INTERVAL_MS) return;
      messageShownAt = now;
      view.message = indexingMessage(progress);
    }),
    client.onNotification(INDEX_CHANGED, () => {
      view.message = undefined;
      provider.refresh();
    }),
    vscode.commands.registerCommand('imrLetters.groupByDecision', setGrouping('decision')),
    vscode.commands.registerCommand('imrLetters.groupByCategory', setGrouping('category')),
    vscode.commands.registerCommand('imrLetters.refreshLetters', () => provider.refresh()),
  );
}
