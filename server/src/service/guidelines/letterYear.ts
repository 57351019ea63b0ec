/**
 * The year whose guideline wording a letter quotes: ODG reworded some topics between editions,
 * and a letter cites the edition in force when the review was asked for.
 */
import type { Letter } from '../model';

/** The year of the IMR application, else of the UR decision; a 2013-format letter is of 2013. */
export function letterYear(letter: Pick<Letter, 'format' | 'dates'>): number | null {
  const date = letter.dates.application ?? letter.dates.urDecision;
  if (date) return Number(date.iso.slice(0, 4));
  return letter.format === 'determination-2013' ? 2013 : null;
}
