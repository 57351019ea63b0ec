/** The help text. */
export const USAGE = `Usage:
  imr-letters check   [--format text|json|sarif] PATH...
  imr-letters extract [--format json|jsonl|csv] PATH...
  imr-letters stats   [--html FILE] PATH...

  PATH   a letter file, a directory searched recursively for .txt, .imr and .pdf files,
         a glob pattern (*, ?, [abc], {a,b}, **), or - for standard input

Commands:
  check     each letter's outline and problems
              text   eslint style, with a summary line (default)
              json   one JSON array of letters with their diagnostics
              sarif  SARIF 2.1.0, for SARIF viewers and code-scanning tools
  extract   one record per letter: format, sections, patient, dates, reviewer, disputed
            items with their citations, and diagnostics
              json   one JSON array (default)     jsonl  one record per line
              csv    one row per disputed item (a letter without items gets one row)
            Citations name their guideline as MTUS Chronic Pain, MTUS Acupuncture,
            MTUS Post-Surgical, ACOEM, ODG or other; 8 CCR and Labor Code citations
            are "other".
  stats     decisions by treatment category, the most cited guideline pages and how
            often each diagnostic fires, as tables
              --html FILE   also write a self-contained HTML report with charts

Options:
  --jobs N        worker threads (default: one per core; 1 checks in this thread)
  --no-progress   no progress bar (it is shown only when standard error is a terminal)
  -h, --help      show this help

Files that are not letters, or cannot be read, are reported on standard error and the
run goes on. Output is in input order whatever the number of workers.

Exit codes: 0 no problems; 1 problems found (check), or a file could not be read or
checked; 2 usage error.
`;
