/**
 * The civil affairs rules of the cross-check (crosscheck-rules.md and its rulings): when a dibao
 * guarantee or an extreme-poverty support is active on a day, and why not, in plain Chinese words
 * for the evidence. Ruling 1: an unreadable start never started, an unreadable end has ended.
 */
import type { ScreeningHousehold, ScreeningSupport } from '../../adapters/civil-affairs/records.js';
import { inHalfOpenRange, type IsoDate } from '../../lib/dates.js';

export const NOT_ON_DIBAO = 'NOT_ON_DIBAO';
export const NOT_SUPPORTED_PERSON = 'NOT_SUPPORTED_PERSON';

interface Period {
  startDate: IsoDate | null;
  startDateUnreadable: string | null;
  endDate: IsoDate | null;
  endDateUnreadable: string | null;
}

/** `[start, end)`, no end meaning open; an end that is filled in but unreadable has ended, on a day unknown. */
function activeAt(period: Period, date: IsoDate): boolean {
  return period.endDateUnreadable === null && inHalfOpenRange(date, period.startDate, period.endDate);
}

export function guaranteeActiveAt(household: ScreeningHousehold, date: IsoDate): boolean {
  return activeAt(household, date);
}

export function supportActiveAt(record: ScreeningSupport, date: IsoDate): boolean {
  return activeAt(record, date);
}

/** The words for a guarantee or a support record: what it is, its start and its end. */
interface PeriodWords {
  what: string;
  start: string;
  end: string;
}

const GUARANTEE_WORDS: PeriodWords = { what: '保障', start: '纳入低保日期', end: '退出低保日期' };
const SUPPORT_WORDS: PeriodWords = { what: '供养', start: '供养开始日期', end: '供养终止日期' };

/** Why a period is not active on `date`; only meaningful when it is not. */
function whyInactive(period: Period, date: IsoDate, words: PeriodWords): string {
  if (period.startDateUnreadable !== null) return `${words.start}“${period.startDateUnreadable}”无法识别，按未开始处理`;
  if (period.startDate === null) return `无${words.start}`;
  const from = `${words.what}自 ${period.startDate} 起`;
  if (period.startDate > date) return `${from}，晚于 ${date}`;
  if (period.endDateUnreadable !== null) return `${from}，${words.end}“${period.endDateUnreadable}”无法识别，按已终止处理`;
  return `${from}，至 ${period.endDate} 已终止`;
}

const CATEGORY_TEXT: Record<string, string> = { URBAN: '城市低保', RURAL: '农村低保' };
const FORM_TEXT: Record<string, string> = { INSTITUTIONAL: '集中供养', AT_HOME: '分散供养' };

function coded(code: string | null, text: string | undefined): string {
  if (code === null) return '无代码';
  return text ? `${code} ${text}` : `未知代码 ${code}`;
}

/** One membership's household, as the evidence names it: its number, category, and why it does not count. */
export function dibaoHouseholdEvidence(householdNumber: string, household: ScreeningHousehold | null, date: IsoDate): string {
  if (household === null) return `低保家庭 ${householdNumber} 有成员记录但无家庭记录`;
  const category = coded(household.categoryCode, CATEGORY_TEXT[household.category]);
  return `低保家庭 ${householdNumber}（${category}）${whyInactive(household, date, GUARANTEE_WORDS)}`;
}

export function notOnDibaoEvidence(householdEvidence: readonly string[], date: IsoDate): string {
  if (householdEvidence.length === 0) return `${date} 不是任何低保家庭的成员`;
  return `${date} 无有效的低保保障：${householdEvidence.join('；')}`;
}

export function notSupportedEvidence(records: readonly ScreeningSupport[], date: IsoDate): string {
  if (records.length === 0) return `${date} 无任何特困供养记录`;
  const reasons = records.map((r) => `供养记录 ${r.recordId}（${coded(r.formCode, FORM_TEXT[r.form])}）${whyInactive(r, date, SUPPORT_WORDS)}`);
  return `${date} 无有效的特困供养：${reasons.join('；')}`;
}

export function invalidIdEvidence(what: string, date: IsoDate): string {
  return `身份证号无效，无法匹配${what}（核查日期 ${date}）`;
}
