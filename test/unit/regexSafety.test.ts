/**
 * Every regular expression of the letter service is checked for catastrophic backtracking
 * (ReDoS) with recheck. The expressions are collected, not listed by hand:
 *  - regex literals anywhere in the service source, from the TypeScript syntax tree;
 *  - module-level values of the compiled modules (exported or not), walked through arrays
 *    and objects, which catches expressions built with `new RegExp(...)` from strings.
 * A `new RegExp` inside a function would escape the second pass, so the test also asserts
 * there is none.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import ts from 'typescript';

const ROOT = process.cwd();
const SOURCE_DIR = path.join(ROOT, 'server/src/service');
const COMPILED_DIR = path.join(ROOT, 'out/server/src/service');

function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, ext));
    else if (entry.name.endsWith(ext) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

interface Found {
  source: string;
  flags: string;
  where: string;
}

function isFunctionLike(node: ts.Node): boolean {
  return ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node);
}

function insideFunction(node: ts.Node): boolean {
  for (let n = node.parent; n; n = n.parent) if (isFunctionLike(n)) return true;
  return false;
}

/** Regex literals, and `RegExp(...)` constructions that are not at module level. */
function fromSource(): { literals: Found[]; constructedInFunctions: string[]; constructed: number } {
  const literals: Found[] = [];
  const constructedInFunctions: string[] = [];
  let constructed = 0;
  for (const file of filesUnder(SOURCE_DIR, '.ts')) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        literals.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${path.relative(ROOT, file)}:${line + 1}` });
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        constructed++;
        if (insideFunction(node)) {
          const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
          constructedInFunctions.push(`${path.relative(ROOT, file)}:${line + 1}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, constructedInFunctions, constructed };
}

function collectValues(value: unknown, where: string, out: Found[], seen: Set<unknown>, depth = 0): void {
  if (value === null || typeof value !== 'object' || seen.has(value) || depth > 6) return;
  seen.add(value);
  if (value instanceof RegExp) {
    out.push({ source: value.source, flags: value.flags, where });
    return;
  }
  const entries = value instanceof Map ? [...value.values()] : Array.isArray(value) ? value : Object.values(value);
  for (const v of entries) collectValues(v, where, out, seen, depth + 1);
}

/** Module-level values of each compiled module: its exports and its top-level variables. */
function fromCompiledModules(): Found[] {
  const out: Found[] = [];
  const seen = new Set<unknown>();
  for (const file of filesUnder(COMPILED_DIR, '.js')) {
    const code = fs.readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
    const names: string[] = [];
    for (const statement of sf.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    }
    const mod = { exports: {} as Record<string, unknown> };
    const tail = `\n;return {${names.map((n) => `${JSON.stringify(n)}: typeof ${n} === 'undefined' ? undefined : ${n}`).join(',')}};`;
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const run = new Function('exports', 'require', 'module', '__filename', '__dirname', code.replace(/\/\/# sourceMappingURL=.*$/m, '') + tail);
    const locals = run(mod.exports, createRequire(file), mod, file, path.dirname(file)) as Record<string, unknown>;
    const where = path.relative(ROOT, file);
    collectValues(mod.exports, where, out, seen);
    collectValues(locals, where, out, seen);
  }
  return out;
}

function allRegexes(): { regexes: Found[]; constructedInFunctions: string[]; constructed: number; runtime: number } {
  const { literals, constructedInFunctions, constructed } = fromSource();
  const runtime = fromCompiledModules();
  const byKey = new Map<string, Found>();
  for (const r of [...literals, ...runtime]) {
    const key = `/${r.source}/${[...r.flags].sort().join('')}`;
    if (!byKey.has(key)) byKey.set(key, r);
  }
  return { regexes: [...byKey.values()], constructedInFunctions, constructed, runtime: runtime.length };
}

test('regular expressions of the service are found, and none is built inside a function', () => {
  const { regexes, constructedInFunctions, constructed, runtime } = allRegexes();
  assert.deepEqual(constructedInFunctions, [], 'a RegExp built inside a function is not checked; build it at module level');
  assert.ok(constructed > 0 && runtime >= constructed, `module-level pass found ${runtime} expressions, source builds ${constructed}`);
  assert.ok(regexes.length > 50, `only ${regexes.length} expressions found`);
});

/** Whether every quantifier of a pattern is bounded (no `*`, `+` or `{n,}` outside escapes and classes). */
export function allQuantifiersBounded(source: string): boolean {
  const stripped = source.replace(/\\./g, 'e').replace(/\[[^\]]*\]/g, 'c');
  return !/[*+]|\{\d+,\}/.test(stripped);
}

/**
 * recheck's verdict, with one allowance: a pattern whose quantifiers are all bounded costs at
 * most a constant per start position, so it is linear whatever the fuzzer reports as
 * polynomial or fails to decide in time. Exponential verdicts are never allowed.
 */
test('no regular expression of the service can backtrack catastrophically (recheck)', async (t) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { check } = require('recheck') as typeof import('recheck');
  const { regexes } = allRegexes();
  // The automaton checker is deterministic (the fuzzer is random and flags linear lookaheads).
  // It gives up on some long alternations; those are listed, and the adversarial-input test
  // covers them by behaviour.
  const undecided: string[] = [];
  const verdicts = await Promise.all(
    regexes.map(async (r) => {
      const result = await check(r.source, r.flags, { timeout: 4000, checker: 'automaton' });
      if (result.status === 'safe') return null;
      if (result.status === 'unknown') {
        undecided.push(`${r.where} /${r.source.slice(0, 60)}…/`);
        return null;
      }
      const exponential = result.complexity.type === 'exponential';
      if (!exponential && allQuantifiersBounded(r.source)) return null;
      return `${r.where} /${r.source}/${r.flags}: ${result.complexity.summary}, attack ${JSON.stringify(result.attack.pattern)}`;
    }),
  );
  if (undecided.length) t.diagnostic(`undecided by recheck in time: ${undecided.join('; ')}`);
  assert.deepEqual(verdicts.filter((v) => v !== null), []);
});

test('the bounded-quantifier allowance reads patterns correctly', () => {
  assert.equal(allQuantifiersBounded('a{1,8}\\s?[+*]\\+'), true);
  assert.equal(allQuantifiersBounded('\\s+$'), false);
  assert.equal(allQuantifiersBounded('x*'), false);
  assert.equal(allQuantifiersBounded('\\d{2,}'), false);
});
