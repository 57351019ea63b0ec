/**
 * SARIF 2.1.0 for the check command, written as a stream: the header with the tool and its
 * rules, each letter's results as they come, then the files that could not be checked as
 * tool execution notifications. Paths below the working directory are relative to
 * %SRCROOT%, as code-scanning tools expect; columns count UTF-16 code units. A finding in a
 * PDF names its page in the message and in the result's properties (pdfPage); its lines and
 * columns are those of the extracted text, as in the other outputs.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, type Severity } from '../../server/src/service';
import type { PositionedFinding } from './checkLetter';
import { pageLabel } from '../../pdf/src/pages';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** The artifact location of a letter: relative to the working directory when below it. */
export function artifactLocation(file: string, cwd = process.cwd()): { uri: string; uriBaseId?: string } {
  if (file === '<stdin>') return { uri: 'stdin' };
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(absolute).href };
}

export function sarifHeader(version: string, cwd = process.cwd()): string {
  const driver = {
    name: 'imr-letters',
    version,
    rules: RULES.map((r) => ({
      id: r.code,
      name: r.code.replace(/(^|-)([a-z])/g, (_, _d: string, c: string) => c.toUpperCase()),
      shortDescription: { text: r.description },
      defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
    })),
  };
  const root = pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href;
  const head = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, originalUriBaseIds: { '%SRCROOT%': { uri: root } }, columnKind: 'utf16CodeUnits', results: ['\u0000'] }],
  };
  // Everything up to and including the results array's opening bracket.
  const text = JSON.stringify(head, null, 2);
  return text.slice(0, text.indexOf('"\\u0000"')).trimEnd();
}

const RULE_INDEX = new Map(RULES.map((r, i) => [r.code as string, i]));

export function sarifResults(file: string, findings: readonly PositionedFinding[], cwd = process.cwd()): object[] {
  const location = artifactLocation(file, cwd);
  return findings.map((f) => ({
    ruleId: f.code,
    ruleIndex: RULE_INDEX.get(f.code) ?? -1,
    level: sarifLevel(f.severity),
    message: { text: f.page ? `${f.message} (${pageLabel(f.page)})` : f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    ...(f.page ? { properties: { pdfPage: f.page } } : {}),
  }));
}

/** Results as array elements (without a leading or trailing comma), indented to sit in the results array. */
export function sarifResultsChunk(results: readonly object[]): string {
  return results.map((r) => '        ' + JSON.stringify(r, null, 2).replace(/\n/g, '\n        ')).join(',\n');
}

export interface Notification {
  file: string;
  message: string;
}

/** Closes the results array, the run and the log. */
export function sarifFooter(notifications: readonly Notification[], cwd = process.cwd()): string {
  const invocation = {
    executionSuccessful: true,
    toolExecutionNotifications: notifications.map((n) => ({
      level: 'warning',
      message: { text: n.message },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.file, cwd) } }],
    })),
  };
  const body = JSON.stringify([invocation], null, 2).replace(/\n/g, '\n      ');
  return `\n      ],\n      "invocations": ${body}\n    }\n  ]\n}\n`;
}
