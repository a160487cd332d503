/**
 * The announcement (公示) window of a published batch: it opens on the day the batch was sent to
 * the bank and lasts the configured number of days (HUB_ANNOUNCEMENT_DAYS, default 7), both ends
 * included, in Beijing time, which is the time the site's visitors and the departments live in.
 */
import type { IsoDate } from './dates.js';

export interface AnnouncementWindow {
  start: IsoDate;
  end: IsoDate;
  open: boolean;
}

const BEIJING_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** The Beijing calendar date of an instant. */
export function beijingDate(at: Date | string): IsoDate {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(ms + BEIJING_MS).toISOString().slice(0, 10) as IsoDate;
}

/** null when the batch has not gone to the bank (or its time is unreadable): it has no window yet. */
export function announcementWindow(sentToBankAt: string | null | undefined, days: number, now: Date): AnnouncementWindow | null {
  if (!sentToBankAt || Number.isNaN(Date.parse(sentToBankAt))) return null;
  const start = beijingDate(sentToBankAt);
  const end = new Date(Date.parse(`${start}T00:00:00Z`) + (days - 1) * DAY_MS).toISOString().slice(0, 10) as IsoDate;
  const today = beijingDate(now);
  return { start, end, open: start <= today && today <= end };
}
