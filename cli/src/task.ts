/** What a run does with each letter: the command and its output format. */
export type Task =
  | { command: 'check'; format: 'text' | 'json' | 'sarif' }
  | { command: 'extract'; format: 'json' | 'jsonl' | 'csv' }
  | { command: 'stats' };

export interface ProblemCounts {
  errors: number;
  warnings: number;
  others: number;
}
