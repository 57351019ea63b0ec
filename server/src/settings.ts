/**
 * Settings per resource, as the client's `imrLetters` section gives them. Values that do not
 * fit fall back to the default, and the caller is told which setting was wrong.
 */
import { RULE_CODES, type RuleCode, type RuleLevel } from './service';

export interface LetterSettings {
  /** Documents larger than this are not analysed. */
  maxDocumentSizeMB: number;
  rules: Partial<Record<RuleCode, RuleLevel>>;
}

export const DEFAULT_SETTINGS: LetterSettings = { maxDocumentSizeMB: 2, rules: {} };

const LEVELS: readonly string[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Merges raw configuration over the defaults; `invalid` names each setting that was ignored. */
export function readSettings(raw: unknown): { settings: LetterSettings; invalid: string[] } {
  const invalid: string[] = [];
  const section = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  let maxDocumentSizeMB = DEFAULT_SETTINGS.maxDocumentSizeMB;
  const size = section.maxDocumentSizeMB;
  if (size !== undefined && size !== null) {
    if (typeof size === 'number' && Number.isFinite(size) && size > 0) maxDocumentSizeMB = size;
    else invalid.push('imrLetters.maxDocumentSizeMB');
  }
  const rules: LetterSettings['rules'] = {};
  const rawRules = section.rules;
  if (rawRules && typeof rawRules === 'object') {
    for (const [code, level] of Object.entries(rawRules as Record<string, unknown>)) {
      if (!(RULE_CODES as readonly string[]).includes(code)) continue;
      if (typeof level === 'string' && LEVELS.includes(level)) rules[code as RuleCode] = level as RuleLevel;
      else invalid.push(`imrLetters.rules.${code}`);
    }
  } else if (rawRules !== undefined && rawRules !== null) {
    invalid.push('imrLetters.rules');
  }
  return { settings: { maxDocumentSizeMB, rules }, invalid };
}
