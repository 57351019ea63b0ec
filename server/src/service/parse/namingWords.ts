/** The words that name a treatment, to tell which item a label or a rationale speaks of. */

const SHORT_WORDS = new Set(['the', 'and', 'for', 'of', 'with', 'per', 'week', 'weeks', 'times', 'time', 'left', 'right', 'bilateral']);

/** "Hydrocodone/APAP 10/325 mg" gives hydrocodone, apap: words of three letters or more, in lower case. */
export function namingWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !SHORT_WORDS.has(w));
}
