/**
 * Full calendar dates (day, month and year) in the ways people write them in the UK:
 * "14/06/1975", "3.4.81", "14-06-75", "14 June 1975", "14th of June 1975", "June 14, 1975",
 * and with Welsh month names ("14 Mehefin 1975"). Dates without a year are not matched:
 * a birthday without its year is not a date of birth.
 */
import { execAll } from '../match/regex';

export interface DateMatch {
  start: number;
  end: number;
  day: number;
  month: number;
  /** As written: 1975, or 75 for a two-digit year. */
  year: number;
  /** The year was written with two digits. */
  shortYear: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  ionawr: 1, chwefror: 2, mawrth: 3, ebrill: 4, mai: 5, mehefin: 6, gorffennaf: 7, awst: 8, medi: 9, hydref: 10, tachwedd: 11, rhagfyr: 12,
};

const NUMERIC = /(?<![\p{L}\p{N}./:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}]|[/.:-]\d)/gu;
/** "14 June 1975", "14th of June 1975": the month word is checked against `MONTHS`. */
const DAY_MONTH_YEAR = /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(\p{L}{3,10})\.?,?\s+(\d{4})(?![\p{L}\p{N}])/gu;
/** "June 14, 1975": found from the day and year (digits first is fast), then the month before them. */
const DAY_YEAR = /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?![\p{L}\p{N}])/gu;
const MONTH_BEFORE = /(?<![\p{L}\p{N}])(\p{L}{3,10})\.?\s+$/u;

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function valid(day: number, month: number, year: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year < 100 ? 2000 + year : year);
}

/**
 * Every full date in the text, in order; or only those in `text.slice(from, to)`, with
 * offsets into `text` (the month-first pattern is slow to run over a whole long post, so
 * callers look only where a cue says a date matters).
 */
export function findDates(whole: string, from = 0, to = whole.length): DateMatch[] {
  const text = from === 0 && to === whole.length ? whole : whole.slice(from, to);
  const out: DateMatch[] = [];
  const push = (date: DateMatch) => out.push(from === 0 ? date : { ...date, start: date.start + from, end: date.end + from });
  for (const m of execAll(NUMERIC, text)) {
    const day = Number(m[1]);
    const month = Number(m[3]);
    const year = Number(m[4]);
    if (!valid(day, month, year)) continue;
    push({ start: m.index, end: m.index + m[0].length, day, month, year, shortYear: m[4]!.length === 2 });
  }
  for (const m of execAll(DAY_MONTH_YEAR, text)) {
    const day = Number(m[1]);
    const month = MONTHS[m[2]!.toLowerCase()];
    const year = Number(m[3]);
    if (month === undefined || !valid(day, month, year)) continue;
    push({ start: m.index, end: m.index + m[0].length, day, month, year, shortYear: false });
  }
  for (const m of execAll(DAY_YEAR, text)) {
    const before = MONTH_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
    if (!before) continue;
    const month = MONTHS[before[1]!.toLowerCase()];
    const day = Number(m[1]);
    const year = Number(m[2]);
    if (month === undefined || !valid(day, month, year)) continue;
    push({ start: m.index - before[0].length, end: m.index + m[0].length, day, month, year, shortYear: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A two-digit year as a full year: the latest one not after `now` ("81" → 1981, "05" → 2005). */
export function fullYear(year: number, shortYear: boolean, now: Date): number {
  if (!shortYear) return year;
  const current = now.getUTCFullYear();
  const century = current - (current % 100);
  return century + year <= current ? century + year : century - 100 + year;
}
