/**
 * Node options the language server runs with, wherever it is launched: by the VS Code client,
 * by the benchmarks, and in the other-editor set-ups the README gives.
 *
 * A small young generation. While letters stream in (a thousand opened at once) V8 grows it to
 * 32 MB and keeps it, a third of the server's memory. A parse's objects die young at any size,
 * so a 2 MB young generation costs little time and saves about 25 MB.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2'];
