/**
 * Calendar dates are ISO `YYYY-MM-DD` strings throughout the hub: they sort and compare as
 * text, and carry no time zone to shift a date of death by a day.
 */
import { trimLegacyText } from './text.js';

export type IsoDate = string;

/** `text[from, from + count)` are ASCII digits (what `\d` matches without the u flag). */
function digitsAt(text: string, from: number, count: number): boolean {
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The number written by the ASCII digits `text[from, from + count)` (checked by the caller). */
function numberAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A day of the proleptic Gregorian calendar, as `Date.UTC` round-trips it. Years 0–99 never do
 * (Date.UTC reads them as 1900–1999), so `0099-01-01` has always been no date here, and stays so.
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]!;
}

/** Trimmed legacy text holding a real `YYYYMMDD` date -> the ISO date; anything else -> null. */
function legacyTextDate(text: string): IsoDate | null {
  if (text.length !== 8 || !digitsAt(text, 0, 8)) return null;
  if (!isCalendarDay(numberAt(text, 0, 4), numberAt(text, 4, 2), numberAt(text, 6, 2))) return null;
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** Legacy CHAR(8) `YYYYMMDD`; empty, NULL or not a real date -> null. */
export function parseLegacyDate(raw: string | null | undefined): IsoDate | null {
  if (raw == null) return null;
  return legacyTextDate(trimLegacyText(raw));
}

/**
 * A legacy CHAR(8) date as read: `date` when it is a real calendar date; `unreadable`, the stored
 * text (trimmed), when the column holds something other than NULL, blank or a real date
 * (`20240230`, `00000000`). Both null: none. The rules decide what an unreadable date means.
 */
export interface LegacyDateReading {
  readonly date: IsoDate | null;
  readonly unreadable: string | null;
}

// Most date columns of most rows are empty: one shared, frozen reading for them.
const NO_DATE: LegacyDateReading = Object.freeze({ date: null, unreadable: null });

/** Read once per date column of every row a screening reads: no regular expression, no Date. */
export function readLegacyDate(raw: string | null | undefined): LegacyDateReading {
  if (raw == null) return NO_DATE;
  const text = trimLegacyText(raw);
  const date = legacyTextDate(text);
  if (date !== null) return { date, unreadable: null };
  return text === '' ? NO_DATE : { date: null, unreadable: text };
}

/**
 * The date of birth inside an 18-character citizen ID number (characters 7–14); null when they
 * are not a real date. What decides a person's age when the register has no readable one.
 */
export function idNumberBirthDate(idNumber: string): IsoDate | null {
  if (idNumber.length < 14 || !digitsAt(idNumber, 0, 14)) return null;
  if (!isCalendarDay(numberAt(idNumber, 6, 4), numberAt(idNumber, 10, 2), numberAt(idNumber, 12, 2))) return null;
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

/** `YYYY-MM-DD`, a real calendar date. */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  if (!digitsAt(value, 0, 4) || !digitsAt(value, 5, 2) || !digitsAt(value, 8, 2)) return false;
  return isCalendarDay(numberAt(value, 0, 4), numberAt(value, 5, 2), numberAt(value, 8, 2));
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))?)?$/;

/**
 * An ISO 8601 instant as the hub accepts it: a real calendar date, optionally with a real time of
 * day and a zone (`2024-03-01`, `2024-03-01T08:00:00Z`, `2024-03-01T16:00+08:00`). Date.parse alone
 * will not do: it rolls `2024-02-31` over into March and reads `not a date 1` as 2001.
 */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  if (!m || !isIsoDate(m[1]!)) return false;
  const [hours, minutes, seconds, offsetHours, offsetMinutes] = [m[2], m[3], m[4], m[6], m[7]].map((part) => (part === undefined ? 0 : Number(part)));
  return hours! <= 23 && minutes! <= 59 && seconds! <= 59 && offsetHours! <= 14 && offsetMinutes! <= 59;
}

export function toLegacyDate(iso: IsoDate): string {
  return iso.replaceAll('-', '');
}

/** `202403` -> `2024-03-01`; null when the period is not a real `YYYYMM`. */
export function periodStart(period: string): IsoDate | null {
  const m = /^(\d{4})(\d{2})$/.exec(period.trim());
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return `${m[1]}-${m[2]}-01`;
}

export function isPeriod(value: string): boolean {
  return periodStart(value) !== null;
}

/** `202403` -> `2024-03` for evidence text. */
export function formatPeriod(period: string): string {
  return `${period.slice(0, 4)}-${period.slice(4, 6)}`;
}

/** `[start, end)`: start inclusive, end exclusive, null end still open. */
export function inHalfOpenRange(date: IsoDate, start: IsoDate | null, end: IsoDate | null): boolean {
  if (start === null || start > date) return false;
  return end === null || date < end;
}

/** Whole years completed on `date` by someone born on `birthDate` (a 29 February birthday turns on 1 March). */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** DATETIME from a driver (Date, or text from SQLite) -> ISO 8601 instant. */
export function toIsoDateTime(raw: Date | string | null | undefined): string | null {
  if (raw == null || raw === '') return null;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString();
  const text = raw.trim();
  if (text === '' || text.startsWith('0000')) return null;
  // Legacy DATETIME text carries no zone; the departments' servers run on Beijing time.
  const withZone = /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text.replace(' ', 'T')}+08:00`;
  const date = new Date(withZone);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
