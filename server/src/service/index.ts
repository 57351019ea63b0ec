/**
 * The letter service: everything the server, the CLI and the tests share. Nothing here
 * imports LSP, VS Code or Node built-ins.
 */
export type * from './model';
export { outlineLetter, parseLetter, type LetterOutline, type ParsedLetter } from './parseLetter';
export { detectFormat } from './parse/format';
export { analyzeLetter, type RuleLevels } from './analyze';
export { RULES } from './rules';
export { RULE_CODES, type Finding, type Rule, type RuleCode, type RuleLevel, type Severity } from './rules/rule';
export { outline, foldingSpans, type OutlineNode } from './outline';
export { hoverAt, type HoverResult } from './hover';
