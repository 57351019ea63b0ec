/**
 * The "IMR Letters" view in the Explorer: the workspace's disputed items grouped by decision
 * or by treatment category, with counts. It shows the server's background index and refreshes
 * when the index changes.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { INDEX_CHANGED, LETTERS_REQUEST, type IndexedItem, type IndexedLetter } from '../../server/src/customMessages';

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
    this.letters ??= Promise.resolve(this.client.sendRequest<IndexedLetter[]>(LETTERS_REQUEST));
    const groups = new Map<string, { letter: IndexedLetter; item: IndexedItem }[]>();
    for (const letter of await this.letters) {
      for (const item of letter.items) {
        const key = this.grouping === 'decision' ? (item.decision ?? 'No decision') : item.category;
        groups.set(key, [...(groups.get(key) ?? []), { letter, item }]);
      }
    }
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([label, entries]) => ({ kind: 'group', label, entries }));
  }
}

export function registerLettersView(client: LanguageClient): vscode.Disposable {
  const provider = new LettersProvider(client);
  const setGrouping = (grouping: Grouping) => () => {
    provider.grouping = grouping;
    provider.refresh();
  };
  return vscode.Disposable.from(
    vscode.window.registerTreeDataProvider('imrLetters.letters', provider),
    client.onNotification(INDEX_CHANGED, () => provider.refresh()),
    vscode.commands.registerCommand('imrLetters.groupByDecision', setGrouping('decision')),
    vscode.commands.registerCommand('imrLetters.groupByCategory', setGrouping('category')),
    vscode.commands.registerCommand('imrLetters.refreshLetters', () => provider.refresh()),
  );
}
