/**
 * An error's kind and where it was thrown, never its message: messages can quote their input
 * (a JSON or regular-expression error, say), and the input here is a health record.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return 'a non-Error value was thrown';
  const frame = error.stack?.split('\n').find((l) => l.trim().startsWith('at '))?.trim();
  return frame ? `${error.name} ${frame}` : error.name;
}
