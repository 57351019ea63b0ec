/**
 * Settings per document, asked of the client once and cached as a promise until the
 * configuration changes. A client that cannot be asked gets the defaults.
 */
import { DidChangeConfigurationNotification, type Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, readSettings, type LetterSettings } from './settings';

export class SettingsStore {
  supported = false;
  private readonly byUri = new Map<string, Promise<LetterSettings>>();
  private readonly warned = new Set<string>();
  private listeners: (() => void)[] = [];

  constructor(private readonly connection: Connection) {
    connection.onDidChangeConfiguration(() => {
      this.byUri.clear();
      for (const l of this.listeners) l();
    });
  }

  watchChanges(): void {
    void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'imrLetters' });
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  get(uri: string): Promise<LetterSettings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'imrLetters' }).then(
        (raw) => this.validated(raw),
        () => DEFAULT_SETTINGS,
      );
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** One warning per wrong setting, not one per document or keystroke. */
  private validated(raw: unknown): LetterSettings {
    const { settings, invalid } = readSettings(raw);
    for (const name of invalid) {
      if (this.warned.has(name)) continue;
      this.warned.add(name);
      void this.connection.window.showWarningMessage(`IMR Letters: the setting "${name}" has an invalid value; its default is used instead.`);
    }
    return settings;
  }
}
