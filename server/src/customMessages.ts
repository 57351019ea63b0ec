/**
 * The custom messages between the client and the server, in one module both compile, so their
 * names and shapes cannot drift apart. Types only, and strings: nothing here pulls server
 * code into the client bundle.
 */
import type { Range } from 'vscode-languageserver';
import type { Decision, LetterFormat, TreatmentCategory } from './service/model';

/** Request: every letter of the workspace index, with its disputed items. */
export const LETTERS_REQUEST = 'imrLetters/workspaceLetters';
/** Notification: the workspace index changed; views should ask again. */
export const INDEX_CHANGED = 'imrLetters/indexChanged';
/** Notification: how far the workspace index has got while it is built; INDEX_CHANGED follows at the end. */
export const INDEX_PROGRESS = 'imrLetters/indexProgress';

export interface IndexProgress {
  /** Files summarized so far. */
  done: number;
  /** Letter files found in the workspace folders. */
  total: number;
}

export interface IndexedItem {
  service: string;
  decision: Decision | null;
  category: TreatmentCategory;
  range: Range;
}

export interface IndexedLetter {
  uri: string;
  format: LetterFormat;
  items: IndexedItem[];
}
