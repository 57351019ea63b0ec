/**
 * Node options the language server runs with, wherever it is launched: by the VS Code client,
 * by the benchmarks, and in the other-editor set-ups the README gives.
 *
 * A small young generation. While letters stream in (a thousand opened at once) V8 grows it to
 * 32 MB and keeps it, a third of the server's memory. A parse's objects die young at any size,
 * so a 2 MB young generation costs little time and saves about 25 MB.
 *
 * A slower-growing old generation. After each full collection V8 lets the heap grow by a factor
 * before it collects again; its default lets a thousand open letters leave about 5 MB more heap
 * mapped than they need. Growing by a fifth collects a little more often while letters stream in,
 * which costs no measurable edit latency (the bench's p50 and p99 moved less than between runs).
 *
 * No regular-expression tier-up. By default V8 first compiles a regular expression to bytecode
 * and interprets it, then compiles it again to machine code once it has run. The parser has a few
 * hundred expressions and runs nearly all of them on every letter, so each was compiled twice and
 * the first letter was read by the slow interpreter: the first diagnostics took about 60 ms longer.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2', '--heap-growing-percent=20', '--no-regexp-tier-up'];
