/**
 * What the site accepts for each of its operations, checked before anything is sent (messages in
 * Chinese, with lib/disclosure-input.ts: the rules the disclosure subgraph applies again), and how
 * each answer may be shared and limited.
 */
import {
  InputProblems,
  normaliseTrackingNumber,
  trackingNumberMessage,
  validateAnnouncementScope,
  validateComplaint,
  validateLookup,
  clean,
  type FieldProblem,
} from '../lib/disclosure-input.js';
import { calendarView } from './calendar.js';
import type { SiteOperationName, SiteOperations } from './operations.js';

export type Variables = Record<string, unknown>;

export interface OperationRoute<K extends SiteOperationName> {
  /** Checks and cleans what the browser sent; throws InputProblems. */
  variables(raw: Variables): SiteOperations[K]['variables'];
  /** Shapes the gateway's data for the page (default: as is). */
  shape?(data: SiteOperations[K]['data'], now: Date): unknown;
  /** Seconds the same answer is reused for every visitor (public, non-personal data only). */
  shareSeconds?: number;
  /** Personal answers are never stored by a browser or a proxy. */
  personal?: boolean;
  /** Counted against the per-client lookup limit. */
  limited?: boolean;
}

function optionalText(raw: unknown, pattern: RegExp, field: string, message: string): string | null {
  const value = clean(raw);
  if (value === '') return null;
  if (!pattern.test(value)) throw new InputProblems([{ field, message }]);
  return value;
}

const YEAR = /^\d{4}$/;
const CODE = /^[A-Za-z0-9_-]{1,30}$/;
const PERIOD = /^\d{6}$/;

export const ROUTES: { [K in SiteOperationName]: OperationRoute<K> } = {
  PolicyList: {
    variables: (raw) => ({
      year: optionalText(raw.year, YEAR, 'year', '年度应为4位数字'),
      department: optionalText(raw.department, /^[A-Z_]{2,20}$/, 'department', '主管部门不正确，请从列表中选择'),
    }),
    shareSeconds: 60,
  },
  PolicyPublications: {
    variables: () => ({}),
    shareSeconds: 60,
  },
  ProgrammeBatches: {
    variables: (raw) => {
      const programmeCode = optionalText(raw.programmeCode, CODE, 'programmeCode', '补贴项目不正确，请从列表中选择');
      if (!programmeCode) throw new InputProblems([{ field: 'programmeCode', message: '请先选择补贴项目' }]);
      return { programmeCode, period: optionalText(raw.period, PERIOD, 'period', '发放期间应写成年月，例如 202403') };
    },
    shareSeconds: 60,
  },
  DisbursementCalendar: {
    variables: () => ({}),
    shape: (data, now) => calendarView(data, now),
    shareSeconds: 60,
  },
  Announcement: {
    variables: (raw) => {
      const scope = validateAnnouncementScope(raw);
      const after = raw.after == null || raw.after === '' ? null : optionalText(raw.after, /^[A-Za-z0-9_-]{1,40}$/, 'after', '翻页参数不正确');
      return { ...scope, first: 20, after };
    },
    shareSeconds: 30,
  },
  AnnouncementDivisions: {
    variables: (raw) => {
      const countyCode = optionalText(raw.countyCode, /^\d{6}$/, 'countyCode', '县（区）代码应为6位数字');
      const period = optionalText(raw.period, PERIOD, 'period', '发放期间应写成年月，例如 202403');
      const problems: FieldProblem[] = [];
      if (!countyCode) problems.push({ field: 'countyCode', message: '请选择县（区）' });
      if (!period) problems.push({ field: 'period', message: '请选择发放期间' });
      if (problems.length) throw new InputProblems(problems);
      return { countyCode: countyCode!, period: period! };
    },
    shareSeconds: 60,
  },
  MyPayments: {
    variables: (raw) => validateLookup(raw),
    personal: true,
    limited: true,
  },
  SubmitComplaint: {
    variables: (raw) => ({ input: validateComplaint((raw.input ?? {}) as Variables) }),
    personal: true,
  },
  ComplaintStatus: {
    variables: (raw) => {
      const trackingNumber = normaliseTrackingNumber(raw.trackingNumber);
      const problem = trackingNumberMessage(trackingNumber);
      if (problem) throw new InputProblems([{ field: 'trackingNumber', message: problem }]);
      return { trackingNumber };
    },
    personal: true,
  },
};
