/**
 * Word matching for topic lookup. Letters write the same topic many ways
 * ("Psychotherapy Guidelines", "psychotherapy guideline", "9792.24.1(c)"), so
 * both the keyword and the letter text are reduced to the same tokens.
 */
import { trimEndChars, trimStartChars } from '../text/trim';

/** Lower-case tokens; punctuation separates words but dots inside section numbers stay. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9.]+/)) {
    const token = trimEndChars(trimStartChars(raw, '.'), '.');
    if (token) tokens.push(singular(token));
  }
  return tokens;
}

/** Crude plural trim, applied to both sides, so "NSAIDs" meets "nsaid" and "programs" meets "program". */
function singular(token: string): string {
  return token.length > 3 && token.endsWith('s') && !token.endsWith('ss') && /^[a-z]+s$/.test(token) ? token.slice(0, -1) : token;
}

/** True when `phrase` occurs in `words` as consecutive tokens. */
export function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((token, i) => sameToken(words[start + i], token))) return true;
  }
  return false;
}

/** A section number also matches its subsections: "9792.27" matches "9792.27.1". */
function sameToken(word: string, token: string): boolean {
  return word === token || (word.charCodeAt(token.length) === 46 && word.startsWith(token) && /^\d[\d.]*$/.test(token));
}
