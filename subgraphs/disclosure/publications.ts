/**
 * What the policy list (政策清单) adds to each published programme: who qualifies, in words, and
 * when it was published: the first day any of its batches was announced (公示), and the window of
 * its latest announced batch. BT_XM keeps no publication date of its own, so the announcements
 * are the record of when a programme was made public.
 */
import { announcementWindow, type AnnouncementWindow } from '../../lib/announcement-window.js';
import { qualifiesZh } from '../../lib/eligibility-conditions.js';
import type { SourceIndexProgramme } from './sources.js';

export interface PolicyPublicationRecord {
  programmeCode: string;
  eligibilityCondition: string | null;
  qualifies: string;
  publishedOn: string | null;
  latestBatchNumber: string | null;
  latestAnnouncementStart: string | null;
  latestAnnouncementEnd: string | null;
  announcementOpen: boolean;
}

export function publicationsOf(programmes: readonly SourceIndexProgramme[], days: number, now: Date): PolicyPublicationRecord[] {
  return programmes
    .filter((p) => p.published)
    .map((programme) => {
      let first: AnnouncementWindow | null = null;
      let latest: { batchNumber: string; window: AnnouncementWindow } | null = null;
      for (const batch of programme.batches) {
        const window = announcementWindow(batch.sentToBankAt, days, now);
        if (!window) continue;
        if (first === null || window.start < first.start) first = window;
        if (latest === null || window.start > latest.window.start || (window.start === latest.window.start && batch.batchNumber > latest.batchNumber)) {
          latest = { batchNumber: batch.batchNumber, window };
        }
      }
      const condition = programme.eligibilityCondition?.trim() || null;
      return {
        programmeCode: programme.code,
        eligibilityCondition: condition,
        qualifies: qualifiesZh(condition),
        publishedOn: first?.start ?? null,
        latestBatchNumber: latest?.batchNumber ?? null,
        latestAnnouncementStart: latest?.window.start ?? null,
        latestAnnouncementEnd: latest?.window.end ?? null,
        announcementOpen: latest?.window.open ?? false,
      };
    })
    .sort((a, b) => a.programmeCode.localeCompare(b.programmeCode));
}
