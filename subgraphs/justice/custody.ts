import type { CustodySentence } from '../../adapters/justice/records.js';
import type { IsoDate } from '../../lib/dates.js';
import { ENUM_LABELS_ZH } from '../../lib/labels-zh.js';

/**
 * Rule IN_CUSTODY for one sentence: custodial type (01–04) and start ≤ date < release, where the
 * release (`releaseDate`) is the readable actual release date, else the readable end of the term,
 * else never (ruling 1: an unreadable actual release falls back to the end of the term, an
 * unreadable end with no readable actual release is never released). A start that is missing
 * cannot have been reached; an unreadable one resolves, like every unreadable date, to the reading
 * that flags the line: started.
 */
export function inCustodyOn(sentence: CustodySentence, date: IsoDate): boolean {
  if (!sentence.custodial) return false;
  const started = sentence.startDate !== null ? sentence.startDate <= date : sentence.startDateUnreadable !== null;
  return started && (sentence.releaseDate === null || date < sentence.releaseDate);
}

/** The sentence that holds the person in custody on `date`: the earliest-starting one, as the list is ordered so. */
export function custodySentenceOn<S extends CustodySentence>(sentences: readonly S[], date: IsoDate): S | null {
  return sentences.find((s) => inCustodyOn(s, date)) ?? null;
}

// The evidence names an unknown sentence type in its own words, not as an unrecognised code.
const TYPE_WORDS: Record<CustodySentence['type'], string> = { ...ENUM_LABELS_ZH.SentenceType, UNRECOGNISED: '未知刑罚类型' };

function startClause(sentence: CustodySentence): string {
  if (sentence.startDate !== null) return `自 ${sentence.startDate} 起执行`;
  return `刑期起始日期“${sentence.startDateUnreadable}”无法识别，按已开始执行处理`;
}

function releaseClause(sentence: CustodySentence): string {
  const fallback = sentence.actualReleaseDateUnreadable === null ? '' : `实际释放日期“${sentence.actualReleaseDateUnreadable}”无法识别，`;
  if (sentence.actualReleaseDate !== null) return `实际释放日期 ${sentence.actualReleaseDate}`;
  if (sentence.endDate !== null) return `${fallback}按刑期止日 ${sentence.endDate} 释放`;
  if (sentence.endDateUnreadable !== null) return `${fallback}刑期止日“${sentence.endDateUnreadable}”无法识别，按未释放处理`;
  return `${fallback}无释放日期`;
}

/** Plain-words evidence for an IN_CUSTODY hit; names the record, never the person's ID number. */
export function custodyEvidence(sentence: CustodySentence, date: IsoDate): string {
  const type = `${sentence.typeCode ?? '无代码'} ${TYPE_WORDS[sentence.type]}`;
  return `${date} 在押：刑罚执行记录 ${sentence.offenderNumber}（${type}），${startClause(sentence)}，${releaseClause(sentence)}`;
}
