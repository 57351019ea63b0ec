/** Small text utilities shared by the generator modules. */
import { Random } from './random';

const ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/** English words for 0..99 ("twenty-four"). */
export function numberWord(n: number): string {
  if (n < 20) return ONES[n] ?? String(n);
  if (n < 100) {
    const t = TENS[Math.floor(n / 10)] ?? '';
    const o = n % 10;
    return o === 0 ? t : `${t}-${ONES[o] ?? ''}`;
  }
  return String(n);
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** "a, b and c" (or with an Oxford comma, or "and" replaced by "or"). */
export function joinList(rng: Random, items: readonly string[], conj = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} ${conj} ${items[1]}`;
  const comma = rng.chance(0.3) ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${comma} ${conj} ${items[items.length - 1]}`;
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** A calendar date as days since 1970-01-01 (UTC), so arithmetic is exact. */
export type Day = number;

export function dayOf(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / 86400000);
}

export function isoOf(d: Day): string {
  return new Date(d * 86400000).toISOString().slice(0, 10);
}

export type DateStyle = 'short' | 'padded' | 'long' | 'slashYear';

/** 7/25/12, 07/25/2012, July 25, 2012 or 7/25/2012. */
export function formatDate(d: Day, style: DateStyle): string {
  const date = new Date(d * 86400000);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  switch (style) {
    case 'short':
      return `${m}/${day}/${String(y % 100).padStart(2, '0')}`;
    case 'padded':
      return `${String(m).padStart(2, '0')}/${String(day).padStart(2, '0')}/${y}`;
    case 'long':
      return `${MONTHS[m - 1] ?? ''} ${day}, ${y}`;
    default:
      return `${m}/${day}/${y}`;
  }
}
