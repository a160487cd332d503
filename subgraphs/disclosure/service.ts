/**
 * The disclosure service behind the public site: a person's own payments, announcements by batch,
 * township or village, and complaints. Input is checked by lib/disclosure-input.ts (the same rules
 * the site applies before sending), because anyone may call the gateway without the site.
 */
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { GraphQLClient } from '../../lib/graphql-client.js';
import { fenToDecimal, decimalToFen } from '../../lib/money.js';
import { normaliseName } from '../../lib/text.js';
import { periodStart } from '../../lib/dates.js';
import { memoryRateLimiter, type RateLimiter } from '../../lib/rate-limit.js';
import { waitInChinese } from '../../lib/retry-after.js';
import { ErrorCode, hubError } from '../../lib/errors.js';
import type { Identity } from '../../access/identity.js';
import {
  InputProblems,
  normaliseTrackingNumber,
  trackingNumberMessage,
  validateAnnouncementScope,
  validateComplaint,
  validateLookup,
  type FieldProblem,
} from '../../lib/disclosure-input.js';
import { ComplaintsStore, publicStatus, type ComplaintRecord, type PublicComplaintStatus } from '../../store/complaints.js';
import { complaintDeadline, isOverdue } from '../../store/complaint-desk.js';
import { announcementWindow } from '../../lib/announcement-window.js';
import { handlingDepartment } from '../../lib/programme-departments.js';
import { publicationsOf, type PolicyPublicationRecord } from './publications.js';
import {
  announcementPage,
  decodeCursor,
  divisionsOf,
  formatPeriodZh,
  loadBatchScope,
  loadCountyPeriodScope,
  MAX_PAGE,
  ScopeCache,
  type AnnouncementPage,
  type DivisionEntry,
} from './announcements.js';
import { BatchIndex, type PublishedBatchRecord } from './batch-index.js';
import { batchProgrammeCode, personPayments, programmeByCode } from './sources.js';

export interface OwnPaymentRecord {
  lineId: string;
  batchNumber: string;
  programmeName: string | null;
  department: string | null;
  period: string | null;
  amount: string;
  status: string;
  creditedAt: string | null;
  failureReason: string | null;
}

/** BAD_USER_INPUT naming the argument and each field at fault, with the messages in Chinese. */
export function inputError(argumentName: string, problems: FieldProblem[]): GraphQLError {
  return hubError(ErrorCode.BAD_USER_INPUT, problems.map((p) => p.message).join('；'), { argumentName, field: problems[0]?.field, problems });
}

/** `argumentName` null: the arguments are the fields themselves, so the first field at fault is named. */
function validated<T>(argumentName: string | null, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof InputProblems) throw inputError(argumentName ?? error.problems[0]!.field, error.problems);
    throw error;
  }
}

/** A trimmed optional argument, or BAD_USER_INPUT naming it (the value is not echoed). */
function optionalArgument(argumentName: string, raw: string | null | undefined, pattern: RegExp, message: string): string | null {
  const value = (raw ?? '').trim();
  if (value === '') return null;
  if (!pattern.test(value)) throw inputError(argumentName, [{ field: argumentName, message }]);
  return value;
}

export function unavailable(): GraphQLError {
  return hubError(ErrorCode.DISCLOSURE_UNAVAILABLE, '数据暂时无法获取，请稍后再试');
}

export interface DisclosureServiceOptions {
  /** The gateway, as the hub service "disclosure" acting for the given caller. */
  gateway(identity: Identity): GraphQLClient;
  openStore(): Promise<ComplaintsStore>;
  /** How long a loaded announcement scope is reused (default 60 s). */
  cacheTtlMs?: number;
  /**
   * Every personal lookup takes at least this long (default 400 ms), so the time of an answer does
   * not tell a known ID number (whose lines are read) from an unknown one.
   */
  lookupFloorMs?: number;
  /** Lookups per ID number, whoever makes them: guessing names for one ID number stays slow. */
  lookupsPerIdPerHour?: number;
  now?: () => number;
  /** Days a department has to answer a complaint. */
  complaintDays: number;
  /** Days a published batch is announced (公示). */
  announcementDays: number;
}

/** The public view of a complaint, with when it is due. */
export interface PublicComplaintView extends PublicComplaintStatus {
  deadline: string;
  overdue: boolean;
}

export class DisclosureService {
  private readonly scopes: ScopeCache;
  private readonly batches: BatchIndex;
  private readonly perId: RateLimiter;
  private storeOpening: Promise<ComplaintsStore> | null = null;

  constructor(private readonly options: DisclosureServiceOptions) {
    this.scopes = new ScopeCache({ ttlMs: options.cacheTtlMs ?? 60_000, maxEntries: 32, now: options.now });
    this.batches = new BatchIndex({ ttlMs: options.cacheTtlMs ?? 60_000, now: options.now });
    const perHour = options.lookupsPerIdPerHour ?? 20;
    this.perId = memoryRateLimiter({ perMinute: perHour / 60, burst: Math.max(1, Math.ceil(perHour / 2)) }, 'disclosure:lookup-id');
  }

  store(): Promise<ComplaintsStore> {
    // Opened on first use, like the department databases; a store that is down is retried next time.
    this.storeOpening ??= this.options.openStore().catch((error: unknown) => {
      this.storeOpening = null;
      throw error;
    });
    return this.storeOpening;
  }

  private async ask<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      // The departments' own errors can name tables or quote input; the public gets a plain message.
      console.error('disclosure: a department could not be asked', (error as Error).name);
      throw unavailable();
    }
  }

  async myPayments(identity: Identity, args: { name: string; idNumber: string }): Promise<OwnPaymentRecord[]> {
    const { name, idNumber } = validated(null, () => validateLookup(args));
    const started = (this.options.now ?? Date.now)();
    try {
      const key = createHash('sha256').update(`lookup:${idNumber}`).digest('hex');
      const decision = await this.perId.take(key);
      if (!decision.ok) {
        // The words come from the same number the client is given, so "retry in" never contradicts retryAfterSeconds.
        throw hubError(ErrorCode.RATE_LIMITED, `该身份证号码近期查询次数过多，请${waitInChinese(decision.retryAfterSeconds)}后再试`, {
          retryAfterSeconds: decision.retryAfterSeconds,
        });
      }
      const found = await this.ask(() => personPayments(this.options.gateway(identity), idNumber));
      if (!found) return [];
      const wanted = normaliseName(name);
      const matches = normaliseName(found.registeredName) === wanted || found.lines.some((line) => normaliseName(line.name) === wanted);
      // A wrong name answers exactly what an unknown ID number answers.
      if (!matches) return [];
      return found.lines
        .filter((line) => line.batch.programme?.published === true)
        .map((line) => ({
          lineId: line.id,
          batchNumber: line.batch.batchNumber,
          programmeName: line.batch.programme?.name ?? null,
          department: line.batch.programme?.department ?? null,
          period: line.batch.period ?? null,
          amount: fenToDecimal(decimalToFen(line.amount)),
          status: line.status,
          creditedAt: line.creditedAt ?? null,
          failureReason: line.status === 'FAILED' ? (line.failureReason ?? null) : null,
        }));
    } finally {
      const floor = this.options.lookupFloorMs ?? 400;
      const elapsed = (this.options.now ?? Date.now)() - started;
      if (elapsed < floor) await new Promise((resolve) => setTimeout(resolve, floor - elapsed));
    }
  }

  async announcement(
    identity: Identity,
    args: { batchNumber?: string | null; division?: string | null; period?: string | null; programmeCode?: string | null; search?: string | null; first?: number | null; after?: string | null },
  ): Promise<AnnouncementPage> {
    const scope = validated(null, () => validateAnnouncementScope(args));
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw inputError('first', [{ field: 'first', message: `每页条数应在1到${MAX_PAGE}之间` }]);
    }
    const offset = args.after ? decodeCursor(args.after) : 0;
    if (offset === null) throw inputError('after', [{ field: 'after', message: '翻页参数不正确，请从第一页重新查看' }]);
    const client = this.options.gateway(identity);
    if (scope.batchNumber !== null) {
      const loaded = await this.ask(() => loadBatchScope(this.scopes, client, scope.batchNumber!));
      const title = loaded.batch
        ? [loaded.batch.programmeName, formatPeriodZh(loaded.batch.period), `批次 ${loaded.batch.batchNumber}`].filter(Boolean).join(' · ')
        : `批次 ${scope.batchNumber}`;
      return announcementPage(loaded, {
        kind: 'BATCH',
        title,
        period: loaded.batch?.period ?? null,
        division: null,
        programmeCode: scope.programmeCode,
        search: scope.search,
        first,
        offset,
      });
    }
    const division = scope.division!;
    const period = scope.period!;
    const loaded = await this.ask(() => loadCountyPeriodScope(this.scopes, client, division.slice(0, 6), period));
    const township = loaded.labels.get(division.slice(0, 9));
    const village = division.length === 12 ? loaded.labels.get(division) : undefined;
    const place = division.length === 12 ? [township, village ?? division].filter(Boolean).join('') : (township ?? division);
    return announcementPage(loaded, {
      kind: division.length === 12 ? 'VILLAGE' : 'TOWNSHIP',
      title: `${place} · ${formatPeriodZh(period)}`,
      period,
      division,
      programmeCode: scope.programmeCode,
      search: scope.search,
      first,
      offset,
    });
  }

  async divisions(identity: Identity, args: { countyCode: string; period: string }): Promise<DivisionEntry[]> {
    const countyCode = args.countyCode.trim();
    if (!/^\d{6}$/.test(countyCode)) throw inputError('countyCode', [{ field: 'countyCode', message: '县（区）代码应为6位数字' }]);
    const period = args.period.trim();
    if (!periodStart(period)) throw inputError('period', [{ field: 'period', message: '发放期间应写成年月，例如 202403' }]);
    const loaded = await this.ask(() => loadCountyPeriodScope(this.scopes, this.options.gateway(identity), countyCode, period));
    return divisionsOf(loaded, countyCode);
  }

  private today(): Date {
    return new Date((this.options.now ?? Date.now)());
  }

  async publishedBatches(
    identity: Identity,
    args: { programmeCode?: string | null; period?: string | null; batchNumber?: string | null },
  ): Promise<(PublishedBatchRecord & { announcementStart: string | null; announcementEnd: string | null; announcementOpen: boolean })[]> {
    const programmeCode = optionalArgument('programmeCode', args.programmeCode, /^[A-Za-z0-9_-]{1,30}$/, '补贴项目代码不正确');
    const period = optionalArgument('period', args.period, /^\d{6}$/, '发放期间应写成年月，例如 202403');
    if (period !== null && !periodStart(period)) throw inputError('period', [{ field: 'period', message: '发放期间应写成年月，例如 202403' }]);
    const batchNumber = optionalArgument('batchNumber', args.batchNumber, /^[A-Za-z0-9_-]{1,40}$/, '批次号不正确');
    const batches = await this.ask(() => this.batches.list(this.options.gateway(identity), { programmeCode, period, batchNumber }));
    const now = this.today();
    return batches.map((batch) => {
      const window = announcementWindow(batch.sentToBankAt, this.options.announcementDays, now);
      return { ...batch, announcementStart: window?.start ?? null, announcementEnd: window?.end ?? null, announcementOpen: window?.open ?? false };
    });
  }

  /** Who qualifies for each published programme and when it was published (政策清单). */
  async policyPublications(identity: Identity): Promise<PolicyPublicationRecord[]> {
    const programmes = await this.ask(() => this.batches.programmes(this.options.gateway(identity)));
    return publicationsOf(programmes, this.options.announcementDays, this.today());
  }

  async submitComplaint(identity: Identity, input: Record<string, unknown>): Promise<ComplaintRecord> {
    const complaint = validated('input', () => validateComplaint(input));
    const client = this.options.gateway(identity);
    const programme = await this.ask(() => programmeByCode(client, complaint.programmeCode));
    if (!programme || !programme.published) {
      throw inputError('input', [{ field: 'programmeCode', message: '没有找到这个补贴项目，请从列表中选择' }]);
    }
    if (complaint.batchNumber !== null) {
      const batchProgramme = await this.ask(() => batchProgrammeCode(client, complaint.batchNumber!));
      if (batchProgramme !== programme.code) {
        throw inputError('input', [{ field: 'batchNumber', message: '这个补贴项目下没有该发放批次，请核对批次号或留空' }]);
      }
    }
    // The responsible department handles it; one without hub access (agriculture, health, ...) or a
    // code finance does not know goes to finance, which runs the one-card system.
    const department = handlingDepartment(programme.department);
    const store = await this.store();
    return store.submit({ ...complaint, programmeName: programme.name ?? null, department });
  }

  async complaint(trackingNumberArg: string): Promise<PublicComplaintView | null> {
    const trackingNumber = normaliseTrackingNumber(trackingNumberArg);
    const problem = trackingNumberMessage(trackingNumber);
    if (problem) throw inputError('trackingNumber', [{ field: 'trackingNumber', message: problem }]);
    const record = await (await this.store()).byTrackingNumber(trackingNumber);
    if (!record) return null;
    const days = this.options.complaintDays;
    return { ...publicStatus(record), deadline: complaintDeadline(record.submittedAt, days), overdue: isOverdue(record, days, this.today()) };
  }

  async close(): Promise<void> {
    const opening = this.storeOpening;
    this.storeOpening = null;
    const store = await opening?.catch(() => null);
    await store?.close();
  }
}
