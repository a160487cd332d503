/**
 * Instants as people in the county read them: the hub keeps and sends ISO 8601 instants in UTC
 * (`2024-03-23T11:12:35.000Z`), and what is shown to a person is the wall-clock time of the
 * county's zone (`2024-03-23 19:12:35` in Asia/Shanghai). Programs keep the ISO text.
 */
import type { IsoDate } from './dates.js';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = FORMATTERS.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    FORMATTERS.set(zone, format);
  }
  return format;
}

/** Whether `zone` is a time zone this runtime knows (an IANA name such as `Asia/Shanghai`, or `UTC`). */
export function isTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, zone: string): WallClock {
  const parts = Object.fromEntries(formatter(zone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

function instantOf(iso: string): Date | null {
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** `2024-03-23T11:12:35.000Z` -> `2024-03-23 19:12:35` in `zone`; text that is not an instant is returned as it is. */
export function localDateTime(iso: string, zone: string): string {
  const instant = instantOf(iso);
  if (!instant) return iso;
  const t = wallClock(instant, zone);
  return `${String(t.year).padStart(4, '0')}-${two(t.month)}-${two(t.day)} ${two(t.hour)}:${two(t.minute)}:${two(t.second)}`;
}

/**
 * The wall-clock time in `zone` as a Date whose UTC fields carry it: what a spreadsheet cell
 * needs, since a spreadsheet date has no zone and shows the fields as they are. Null when `iso`
 * is not an instant.
 */
export function localWallClockDate(iso: string, zone: string): Date | null {
  const instant = instantOf(iso);
  if (!instant) return null;
  const t = wallClock(instant, zone);
  return new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
}

/** The calendar day in `zone` at `instant` (today's date in the county). */
export function localDate(instant: Date, zone: string): IsoDate {
  const t = wallClock(instant, zone);
  return `${String(t.year).padStart(4, '0')}-${two(t.month)}-${two(t.day)}`;
}
