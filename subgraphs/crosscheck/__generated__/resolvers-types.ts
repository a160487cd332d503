import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { RunRecord } from '../../../store/runs.js';
import { FindingRecord } from '../../../store/findings.js';
import { ReviewRecord } from '../../../store/reviews.js';
import { NotCheckedRecord } from '../../../store/not-checked.js';
import { RunSummary } from '../../../store/run-summary.js';
import { RuleSummaryParent, RunComparisonParent, PaymentLineParent } from '../mappers.js';
import { FollowUpFindingView, RecoveryCaseView, LedgerView, RollupView } from '../../../crosscheck/follow-up/views.js';
import { FindingActionRecord } from '../../../store/finding-actions.js';
import { RecoveryRecord, WriteOffRecord } from '../../../store/recoveries.js';
import { CrosscheckContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 in UTC. */
  DateTime: { input: string; output: string; }
  /** An exact amount in yuan with two decimals, as text: "1234.50". */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
};

/** A check of duties and timing on a batch. */
export type BatchCheck =
  /** 录入、审核不相容岗位未分离: the batch was entered and approved by the same user. */
  | 'SAME_USER_ENTERED_AND_APPROVED'
  /** The batch went to the bank after the period's deadline (a configured day of the period's month), or has not gone and the deadline has passed. */
  | 'SENT_AFTER_DEADLINE'
  /** The batch went to the bank before it was approved (or with no approver on record). */
  | 'SENT_BEFORE_APPROVAL';

export type BatchCheckOutcome =
  /** 无法核查: the one-card system does not record a field the check needs, or left it empty on this batch (`missingField`). */
  | 'CANNOT_BE_CHECKED'
  | 'FLAGGED'
  /** Finance could not be asked about the batch when the run started. */
  | 'NOT_CHECKED'
  | 'PASSED';

/** The outcome of one check of duties and timing on one batch of a run. */
export type BatchFinding = {
  __typename?: 'BatchFinding';
  batchNumber: Scalars['String']['output'];
  check: BatchCheck;
  /** What was found, in words (Chinese); for CANNOT_BE_CHECKED, the missing field and why. */
  evidence: Scalars['String']['output'];
  /** The batch field the check could not read (`enteredBy`, `approvedBy`, `approvedAt`, `sentToBankAt`, `period`), for CANNOT_BE_CHECKED. */
  missingField?: Maybe<Scalars['String']['output']>;
  outcome: BatchCheckOutcome;
};

/** A department whose data decides cross-check rules. */
export type CrosscheckDepartment =
  | 'CIVIL_AFFAIRS'
  | 'DISABILITY'
  | 'FINANCE'
  | 'HR'
  | 'JUSTICE'
  | 'PUBLIC_SECURITY';

/** The rule codes of the cross-department checks (crosscheck rules of the one-card system). */
export type CrosscheckRule =
  | 'ACCOUNT_NOT_REGISTERED'
  | 'AMOUNT_ABOVE_STANDARD'
  | 'CARD_HOLDER_MISMATCH'
  | 'CARD_NOT_ACTIVE'
  | 'DECEASED'
  | 'DISABILITY_LEVEL_TOO_LOW'
  | 'DUPLICATE_PAYMENT'
  /** The ID number paid is not a valid citizen ID number (GB 11643-1999); no other rule is evaluated for the line. */
  | 'ID_INVALID'
  | 'IN_CUSTODY'
  | 'MULTIPLE_ACCOUNTS'
  | 'NAME_MISMATCH'
  | 'NOT_ON_DIBAO'
  | 'NOT_SUPPORTED_PERSON'
  | 'NO_VALID_DISABILITY_CERT'
  /** The population register has no such person; only the finance-only rules are evaluated besides. */
  | 'PERSON_UNKNOWN'
  | 'PUBLIC_EMPLOYEE_ON_DIBAO'
  | 'REGION_MISMATCH'
  | 'REGISTRATION_CANCELLED'
  | 'UNDER_AGE';

/** One cross-check of one or more batches (a programme's or a whole period's), kept with who ran it and when. */
export type CrosscheckRun = {
  __typename?: 'CrosscheckRun';
  /**
   * Checks of duties and timing on the run's batches, by batch then check: entered and approved by
   * the same user, sent to the bank before approval, sent after the period's deadline. Checks that
   * passed are left out unless `includePassed`; one the one-card system lacks the data for is
   * CANNOT_BE_CHECKED (无法核查) naming the missing field, never passed.
   */
  batchFindings: Array<BatchFinding>;
  /** Why the run failed. */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Lines the run has gone through so far (for a rerun: including those whose checks the source run had already done). */
  linesChecked: Scalars['Int']['output'];
  /** Lines in scope when the run started; null when unknown. */
  linesTotal?: Maybe<Scalars['Int']['output']>;
  /** The run whose findings this rerun took over. */
  rerunOf?: Maybe<CrosscheckRun>;
  scope: CrosscheckScope;
  startedAt: Scalars['DateTime']['output'];
  /** User id of whoever started the run. */
  startedBy: Scalars['String']['output'];
  status: CrosscheckRunStatus;
  summary: CrosscheckSummary;
};


/** One cross-check of one or more batches (a programme's or a whole period's), kept with who ran it and when. */
export type CrosscheckRunBatchFindingsArgs = {
  includePassed?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CrosscheckRunConnection = {
  __typename?: 'CrosscheckRunConnection';
  edges: Array<CrosscheckRunEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CrosscheckRunEdge = {
  __typename?: 'CrosscheckRunEdge';
  cursor: Scalars['String']['output'];
  node: CrosscheckRun;
};

export type CrosscheckRunStatus =
  /** Every applicable rule was checked on every line. */
  | 'COMPLETED'
  /** The run ended, but some lines could not be checked by some department: see `notChecked`. */
  | 'COMPLETED_WITH_GAPS'
  /** The run stopped before its end (see `error`); what it found so far is kept and a rerun continues it. */
  | 'FAILED'
  | 'RUNNING';

export type CrosscheckScope = {
  __typename?: 'CrosscheckScope';
  /** The batch asked for, for a single-batch run. */
  batchNumber?: Maybe<Scalars['String']['output']>;
  batchNumbers: Array<Scalars['String']['output']>;
  /**
   * The programme's eligibility condition code, which decides the eligibility rules; null when none,
   * or when the batches are of several programmes (each line is judged by its own programme's).
   */
  eligibilityCondition?: Maybe<Scalars['String']['output']>;
  kind: CrosscheckScopeKind;
  /** `YYYYMM`. */
  period: Scalars['String']['output'];
  /** The programme of the batches; null when they are of several programmes. */
  programmeCode?: Maybe<Scalars['String']['output']>;
};

export type CrosscheckScopeKind =
  | 'BATCH'
  /** Several batches named one by one. */
  | 'BATCHES'
  /** Every batch of a period, of every programme (in the starting analyst's regions). */
  | 'PERIOD'
  | 'PROGRAMME';

export type CrosscheckSummary = {
  __typename?: 'CrosscheckSummary';
  /** Per department whose data decided findings. */
  byDepartment: Array<DepartmentSummary>;
  /** Per rule with findings, in rule-table order. */
  byRule: Array<RuleSummary>;
  findings: Scalars['Int']['output'];
  /** Lines with at least one finding. */
  linesFlagged: Scalars['Int']['output'];
  notChecked: Array<NotCheckedSummary>;
  /** Lines with at least one rule not checked. */
  notCheckedLines: Scalars['Int']['output'];
};

export type DepartmentSummary = {
  __typename?: 'DepartmentSummary';
  department: CrosscheckDepartment;
  findings: Scalars['Int']['output'];
  /** Distinct lines flagged on this department's data. */
  lines: Scalars['Int']['output'];
};

/** One rule that fired on one payment line. */
export type Finding = {
  __typename?: 'Finding';
  /** The line's amount. */
  amount: Scalars['Decimal']['output'];
  batchNumber: Scalars['String']['output'];
  /** The department(s) whose data decided it; empty for ID_INVALID, which the hub decides itself. */
  departments: Array<CrosscheckDepartment>;
  /**
   * What was found, in plain Chinese words with ISO dates, e.g. "2024-01-17 已死亡，发放期间 2024-03";
   * an unreadable date is quoted as stored, naming what it is ("死亡日期“20240230”无法识别"). ID
   * numbers in it are masked. The rule itself is `rule`, a stable code.
   */
  evidence: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  line: PaymentLine;
  /** The payment line id. */
  lineId: Scalars['ID']['output'];
  /** The latest review decision; null while unreviewed. */
  review?: Maybe<FindingReview>;
  /** Every review decision, oldest first. */
  reviews: Array<FindingReview>;
  rule: CrosscheckRule;
  runId: Scalars['ID']['output'];
  /** The 12-digit division code of the person's registered residence; null when the register does not say. */
  village?: Maybe<Scalars['String']['output']>;
};

/** One action of the responsible department on a finding, by a named user at a time. */
export type FindingAction = {
  __typename?: 'FindingAction';
  actedAt: Scalars['DateTime']['output'];
  actedBy: Scalars['String']['output'];
  action: FindingActionKind;
  department: CrosscheckDepartment;
  /** The finding as it stands after this action. */
  finding: FollowUpFinding;
  /** The finding acted on. */
  findingId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  lineId: Scalars['ID']['output'];
  /** The reason (VERIFIED) or what was corrected (CORRECTED); any remark for STOP. */
  note: Scalars['String']['output'];
  rule: CrosscheckRule;
  /** `YYYYMM` from which payments stop (STOP only). */
  stopFromPeriod?: Maybe<Scalars['String']['output']>;
};

/** What the responsible department did about a finding. */
export type FindingActionKind =
  /** 已更正: the record was corrected. */
  | 'CORRECTED'
  /** 停发: payments stop from a period on. */
  | 'STOP'
  /** 核实无误: checked, and the payment is right. */
  | 'VERIFIED';

export type FindingConnection = {
  __typename?: 'FindingConnection';
  edges: Array<FindingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FindingEdge = {
  __typename?: 'FindingEdge';
  cursor: Scalars['String']['output'];
  node: Finding;
};

export type FindingReview = {
  __typename?: 'FindingReview';
  decision: ReviewDecision;
  findingId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  reviewedAt: Scalars['DateTime']['output'];
  reviewedBy: Scalars['String']['output'];
};

/** A finding (one rule on one payment line) as the responsible department follows it up. */
export type FollowUpFinding = {
  __typename?: 'FollowUpFinding';
  /** Every action on this line and rule, oldest first. */
  actions: Array<FindingAction>;
  /** The line's amount. */
  amount: Scalars['Decimal']['output'];
  batchNumber: Scalars['String']['output'];
  /**
   * Confirmed, so money is due back (recovery ledger): the latest department action is STOP, or,
   * with no action or a CORRECTED one, the latest review is CONFIRMED. VERIFIED is never confirmed.
   */
  confirmed: Scalars['Boolean']['output'];
  /** The county (6 digits) that disbursed the batch; null when finance does not say. */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** The full evidence, in plain words. */
  evidence: Scalars['String']['output'];
  /** The hub department that follows the finding up (the responsible department, or finance for one without a desk on the hub). */
  followUpDepartment: CrosscheckDepartment;
  /** The latest run's finding of this line and rule. */
  id: Scalars['ID']['output'];
  /** The beneficiary's ID number as paid (normalised); null when finance no longer has the line. */
  idNumber?: Maybe<Scalars['String']['output']>;
  line: PaymentLine;
  lineId: Scalars['ID']['output'];
  /** The beneficiary's name as paid. */
  name?: Maybe<Scalars['String']['output']>;
  /** `YYYYMM` of the batch; null when finance does not say. */
  period?: Maybe<Scalars['String']['output']>;
  programmeCode?: Maybe<Scalars['String']['output']>;
  programmeName?: Maybe<Scalars['String']['output']>;
  /** The programme's responsible department as finance records it (BT_XM.ZGBMDM), e.g. MZ. */
  responsibleDepartmentCode?: Maybe<Scalars['String']['output']>;
  /** The latest review decision of this finding; null while unreviewed. */
  review?: Maybe<FindingReview>;
  rule: CrosscheckRule;
  runId: Scalars['ID']['output'];
  status: FollowUpStatus;
  /** What the department needs to know, in Chinese, without the details of other departments' records (e.g. 发放期间前已死亡). */
  summary: Scalars['String']['output'];
};

export type FollowUpFindingConnection = {
  __typename?: 'FollowUpFindingConnection';
  edges: Array<FollowUpFindingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FollowUpFindingEdge = {
  __typename?: 'FollowUpFindingEdge';
  cursor: Scalars['String']['output'];
  node: FollowUpFinding;
};

/** Where a finding stands with its department: its latest action, or OPEN while there is none. */
export type FollowUpStatus =
  | 'CORRECTED'
  | 'OPEN'
  | 'STOPPED'
  | 'VERIFIED';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Approves or rejects the pending write-off of a line. Refused (FORBIDDEN, `extensions.reason`
   * OWN_WRITE_OFF) to the analyst who asked for it: entry and approval are separate duties
   * (不相容岗位职责分离).
   */
  decideWriteOff: RecoveryCase;
  /**
   * Records what the responsible department did about a finding: STOP (停发) from `stopFromPeriod`
   * (YYYYMM) on, VERIFIED (核实无误) with the reason in `note`, CORRECTED (已更正) with what was
   * corrected in `note`. Only staff of the department responsible for the line's programme (else
   * FORBIDDEN, `extensions.reason` NOT_DEPARTMENT_STAFF or ANOTHER_DEPARTMENT); the action is kept
   * for the finding's line and rule with the user and the time.
   */
  recordFindingAction: FindingAction;
  /**
   * Records money paid back on a line of the recovery ledger: an amount (at most what is still
   * outstanding, else BAD_USER_INPUT on `amount` with `extensions.reason` MORE_THAN_OUTSTANDING),
   * the day it was received and the receipt's reference (unique per line). Finance analysts of the
   * line's county only (else FORBIDDEN, `extensions.reason` OUTSIDE_REGIONS).
   */
  recordRecovery: RecoveryCase;
  /** Asks to write off (核销) what is still outstanding on a line; another analyst decides. */
  requestWriteOff: RecoveryCase;
  /**
   * A new run over the same scope that takes over the findings of run `runId` and checks only what
   * it did not: its "not checked" entries and any lines it never reached.
   */
  rerunCrosscheck: CrosscheckRun;
  /** Records a review decision on a finding. Refused (FORBIDDEN) to the user who ran the check. */
  reviewFinding: FindingReview;
  /**
   * Starts a cross-check of one batch (`batchNumber`), of several batches (`batchNumbers`), of every
   * batch of a programme in a period (`programmeCode` and `period`, YYYYMM), or of every batch of a
   * period of every programme (`period` alone; for an analyst, the batches disbursed by the counties
   * of their regions). Several batches are one run; each line is judged by its own programme's
   * eligibility condition. Answers at once with the running run; follow it with `crosscheckRun`.
   * The user is the one named by the request's identity.
   */
  startCrosscheck: CrosscheckRun;
};


export type MutationDecideWriteOffArgs = {
  approve: Scalars['Boolean']['input'];
  lineId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRecordFindingActionArgs = {
  action: FindingActionKind;
  findingId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  stopFromPeriod?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRecordRecoveryArgs = {
  amount: Scalars['Decimal']['input'];
  lineId: Scalars['ID']['input'];
  receiptReference: Scalars['String']['input'];
  recoveredOn: Scalars['Date']['input'];
};


export type MutationRequestWriteOffArgs = {
  lineId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRerunCrosscheckArgs = {
  runId: Scalars['ID']['input'];
};


export type MutationReviewFindingArgs = {
  decision: ReviewDecision;
  findingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationStartCrosscheckArgs = {
  batchNumber?: InputMaybe<Scalars['String']['input']>;
  batchNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  period?: InputMaybe<Scalars['String']['input']>;
  programmeCode?: InputMaybe<Scalars['String']['input']>;
};

export type NotCheckedConnection = {
  __typename?: 'NotCheckedConnection';
  edges: Array<NotCheckedEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotCheckedEdge = {
  __typename?: 'NotCheckedEdge';
  cursor: Scalars['String']['output'];
  node: NotCheckedEntry;
};

/** A line the run could not check for some rules of one department. */
export type NotCheckedEntry = {
  __typename?: 'NotCheckedEntry';
  amount: Scalars['Decimal']['output'];
  batchNumber: Scalars['String']['output'];
  department: CrosscheckDepartment;
  line: PaymentLine;
  lineId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  rules: Array<CrosscheckRule>;
};

export type NotCheckedSummary = {
  __typename?: 'NotCheckedSummary';
  department: CrosscheckDepartment;
  lines: Scalars['Int']['output'];
  rules: Array<CrosscheckRule>;
};

/** Relay-style paging information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** One payment to one beneficiary in a batch. */
export type PaymentLine = {
  __typename?: 'PaymentLine';
  /** The line id: digits, as the one-card system numbers its lines. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** What changed from run `a` to run `b`, compared by line and rule. */
  compareRuns: RunComparison;
  /**
   * A cross-check run by id; null when there is no such run. With `waitMs` (at most 10000), a long
   * poll for a client following a run: the answer comes once the run has ended or has checked more
   * than `linesCheckedAbove` lines (default 0), or when `waitMs` has passed, whichever is first.
   */
  crosscheckRun?: Maybe<CrosscheckRun>;
  /** Cross-check runs, newest first; `startedBy` keeps only the runs one user started. */
  crosscheckRuns: CrosscheckRunConnection;
  /**
   * The findings of a run in line-id order, then rule. `rule` and `department` keep only the findings
   * of that rule or decided by that department; `village` is a division code prefix (6-digit county,
   * 9-digit township or 12-digit village) of the person's registered residence. `first` at most 5000.
   */
  findings: FindingConnection;
  /**
   * Findings to act on, one per line and rule (the latest run's finding of that pair), in line-id
   * order then rule. Department staff get the findings on lines of the programmes their department
   * is responsible for (主管部门); an analyst those of batches disbursed by the counties of their
   * regions. `period` is YYYYMM; `status` keeps only the findings whose latest action is that one
   * (OPEN: none yet). `first` at most 5000.
   */
  followUpFindings: FollowUpFindingConnection;
  /** For the hub's own services: payment lines by id, as references finance resolves (at most 1000). */
  followUpLines: Array<Maybe<PaymentLine>>;
  /**
   * The lines a run could not check, one entry per line and department, with the rules that stay
   * unchecked: "not checked" is a result of its own, never "clean". `first` at most 5000.
   */
  notChecked: NotCheckedConnection;
  /**
   * The recovery ledger (追回/退回): one case per payment line with a confirmed finding, with what is
   * due back, recovered and written off, and roll-ups by programme, county, period and rule. For
   * analysts, the lines of batches disbursed by the counties of their regions. `county` is a 6-digit
   * disbursing county, `period` YYYYMM.
   */
  recoveryLedger: RecoveryLedger;
};


export type QueryCompareRunsArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};


export type QueryCrosscheckRunArgs = {
  id: Scalars['ID']['input'];
  linesCheckedAbove?: InputMaybe<Scalars['Int']['input']>;
  waitMs?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCrosscheckRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  startedBy?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<CrosscheckDepartment>;
  first?: InputMaybe<Scalars['Int']['input']>;
  rule?: InputMaybe<CrosscheckRule>;
  runId: Scalars['ID']['input'];
  village?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFollowUpFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  batchNumber?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  rule?: InputMaybe<CrosscheckRule>;
  status?: InputMaybe<FollowUpStatus>;
};


export type QueryFollowUpLinesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryNotCheckedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<CrosscheckDepartment>;
  first?: InputMaybe<Scalars['Int']['input']>;
  runId: Scalars['ID']['input'];
};


export type QueryRecoveryLedgerArgs = {
  county?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  programmeCode?: InputMaybe<Scalars['String']['input']>;
  rule?: InputMaybe<CrosscheckRule>;
  status?: InputMaybe<RecoveryStatus>;
};

/** Money paid back on a line. */
export type Recovery = {
  __typename?: 'Recovery';
  amount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  receiptReference: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  recoveredOn: Scalars['Date']['output'];
};

/** One payment line whose confirmed finding makes money due back. */
export type RecoveryCase = {
  __typename?: 'RecoveryCase';
  batchNumber: Scalars['String']['output'];
  countyCode?: Maybe<Scalars['String']['output']>;
  /**
   * Due back: the whole line; for AMOUNT_ABOVE_STANDARD alone, the part above the programme's
   * standard; nothing for a line not paid out (failed, or not yet credited). Fixed when the first
   * recovery or write-off is recorded.
   */
  due: Scalars['Decimal']['output'];
  findingId: Scalars['ID']['output'];
  /** The beneficiary's ID number as paid (normalised). */
  idNumber?: Maybe<Scalars['String']['output']>;
  line: PaymentLine;
  /** The line's amount. */
  lineAmount: Scalars['Decimal']['output'];
  lineId: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  outstanding: Scalars['Decimal']['output'];
  period?: Maybe<Scalars['String']['output']>;
  programmeCode?: Maybe<Scalars['String']['output']>;
  recovered: Scalars['Decimal']['output'];
  /** Recoveries recorded, oldest first. */
  recoveries: Array<Recovery>;
  /** The confirmed rule that sets the amount due (the one giving the most, if several). */
  rule: CrosscheckRule;
  status: RecoveryStatus;
  /** The latest write-off request; null when none. */
  writeOff?: Maybe<WriteOff>;
  writtenOff: Scalars['Decimal']['output'];
};

export type RecoveryLedger = {
  __typename?: 'RecoveryLedger';
  byCounty: Array<RecoveryRollupRow>;
  byPeriod: Array<RecoveryRollupRow>;
  byProgramme: Array<RecoveryRollupRow>;
  byRule: Array<RecoveryRollupRow>;
  /** Every case matching the filters, by line id. */
  cases: Array<RecoveryCase>;
  totals: RecoveryRollupRow;
};

/** Totals of a group of ledger cases, exact to the fen. */
export type RecoveryRollupRow = {
  __typename?: 'RecoveryRollupRow';
  cases: Scalars['Int']['output'];
  due: Scalars['Decimal']['output'];
  /** The programme code, county, period or rule the row sums up. */
  key: Scalars['String']['output'];
  outstanding: Scalars['Decimal']['output'];
  recovered: Scalars['Decimal']['output'];
  writtenOff: Scalars['Decimal']['output'];
};

/** Where a case of the recovery ledger stands. */
export type RecoveryStatus =
  /** 部分追回: part recovered. */
  | 'PARTIAL'
  /** 待追回: nothing recovered yet. */
  | 'PENDING'
  /** 已追回: all recovered. */
  | 'RECOVERED'
  /** 核销: the rest written off, approved by a second person. */
  | 'WRITTEN_OFF';

export type ReviewDecision =
  | 'CONFIRMED'
  | 'DISMISSED';

export type RuleSummary = {
  __typename?: 'RuleSummary';
  /** Exact sum of the amounts of the lines flagged by the rule, each line once. */
  amountAtRisk: Scalars['Decimal']['output'];
  departments: Array<CrosscheckDepartment>;
  /** Lines flagged by the rule. */
  findings: Scalars['Int']['output'];
  rule: CrosscheckRule;
};

export type RunComparison = {
  __typename?: 'RunComparison';
  a: CrosscheckRun;
  /** Findings of `b` that `a` does not have. */
  added: FindingConnection;
  b: CrosscheckRun;
  /** Findings of `a` that `b` does not have although `b` checked that rule on that line. */
  removed: FindingConnection;
};


export type RunComparisonAddedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type RunComparisonRemovedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A request to write off what is outstanding on a line, and its decision by a second person. */
export type WriteOff = {
  __typename?: 'WriteOff';
  amount: Scalars['Decimal']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  decision: WriteOffDecision;
  decisionNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedBy: Scalars['String']['output'];
};

export type WriteOffDecision =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BatchCheck: BatchCheck;
  BatchCheckOutcome: BatchCheckOutcome;
  BatchFinding: ResolverTypeWrapper<BatchFinding>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CrosscheckDepartment: CrosscheckDepartment;
  CrosscheckRule: CrosscheckRule;
  CrosscheckRun: ResolverTypeWrapper<RunRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CrosscheckRunConnection: ResolverTypeWrapper<Omit<CrosscheckRunConnection, 'edges'> & { edges: Array<ResolversTypes['CrosscheckRunEdge']> }>;
  CrosscheckRunEdge: ResolverTypeWrapper<Omit<CrosscheckRunEdge, 'node'> & { node: ResolversTypes['CrosscheckRun'] }>;
  CrosscheckRunStatus: CrosscheckRunStatus;
  CrosscheckScope: ResolverTypeWrapper<CrosscheckScope>;
  CrosscheckScopeKind: CrosscheckScopeKind;
  CrosscheckSummary: ResolverTypeWrapper<RunSummary>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DepartmentSummary: ResolverTypeWrapper<DepartmentSummary>;
  Finding: ResolverTypeWrapper<FindingRecord>;
  FindingAction: ResolverTypeWrapper<FindingActionRecord>;
  FindingActionKind: FindingActionKind;
  FindingConnection: ResolverTypeWrapper<Omit<FindingConnection, 'edges'> & { edges: Array<ResolversTypes['FindingEdge']> }>;
  FindingEdge: ResolverTypeWrapper<Omit<FindingEdge, 'node'> & { node: ResolversTypes['Finding'] }>;
  FindingReview: ResolverTypeWrapper<ReviewRecord>;
  FollowUpFinding: ResolverTypeWrapper<FollowUpFindingView>;
  FollowUpFindingConnection: ResolverTypeWrapper<Omit<FollowUpFindingConnection, 'edges'> & { edges: Array<ResolversTypes['FollowUpFindingEdge']> }>;
  FollowUpFindingEdge: ResolverTypeWrapper<Omit<FollowUpFindingEdge, 'node'> & { node: ResolversTypes['FollowUpFinding'] }>;
  FollowUpStatus: FollowUpStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotCheckedConnection: ResolverTypeWrapper<Omit<NotCheckedConnection, 'edges'> & { edges: Array<ResolversTypes['NotCheckedEdge']> }>;
  NotCheckedEdge: ResolverTypeWrapper<Omit<NotCheckedEdge, 'node'> & { node: ResolversTypes['NotCheckedEntry'] }>;
  NotCheckedEntry: ResolverTypeWrapper<NotCheckedRecord>;
  NotCheckedSummary: ResolverTypeWrapper<NotCheckedSummary>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentLine: ResolverTypeWrapper<PaymentLineParent>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recovery: ResolverTypeWrapper<RecoveryRecord>;
  RecoveryCase: ResolverTypeWrapper<RecoveryCaseView>;
  RecoveryLedger: ResolverTypeWrapper<LedgerView>;
  RecoveryRollupRow: ResolverTypeWrapper<RollupView>;
  RecoveryStatus: RecoveryStatus;
  ReviewDecision: ReviewDecision;
  RuleSummary: ResolverTypeWrapper<RuleSummaryParent>;
  RunComparison: ResolverTypeWrapper<RunComparisonParent>;
  WriteOff: ResolverTypeWrapper<WriteOffRecord>;
  WriteOffDecision: WriteOffDecision;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BatchFinding: BatchFinding;
  String: Scalars['String']['output'];
  CrosscheckRun: RunRecord;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  CrosscheckRunConnection: Omit<CrosscheckRunConnection, 'edges'> & { edges: Array<ResolversParentTypes['CrosscheckRunEdge']> };
  CrosscheckRunEdge: Omit<CrosscheckRunEdge, 'node'> & { node: ResolversParentTypes['CrosscheckRun'] };
  CrosscheckScope: CrosscheckScope;
  CrosscheckSummary: RunSummary;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DepartmentSummary: DepartmentSummary;
  Finding: FindingRecord;
  FindingAction: FindingActionRecord;
  FindingConnection: Omit<FindingConnection, 'edges'> & { edges: Array<ResolversParentTypes['FindingEdge']> };
  FindingEdge: Omit<FindingEdge, 'node'> & { node: ResolversParentTypes['Finding'] };
  FindingReview: ReviewRecord;
  FollowUpFinding: FollowUpFindingView;
  FollowUpFindingConnection: Omit<FollowUpFindingConnection, 'edges'> & { edges: Array<ResolversParentTypes['FollowUpFindingEdge']> };
  FollowUpFindingEdge: Omit<FollowUpFindingEdge, 'node'> & { node: ResolversParentTypes['FollowUpFinding'] };
  Mutation: Record<PropertyKey, never>;
  NotCheckedConnection: Omit<NotCheckedConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotCheckedEdge']> };
  NotCheckedEdge: Omit<NotCheckedEdge, 'node'> & { node: ResolversParentTypes['NotCheckedEntry'] };
  NotCheckedEntry: NotCheckedRecord;
  NotCheckedSummary: NotCheckedSummary;
  PageInfo: PageInfo;
  PaymentLine: PaymentLineParent;
  Query: Record<PropertyKey, never>;
  Recovery: RecoveryRecord;
  RecoveryCase: RecoveryCaseView;
  RecoveryLedger: LedgerView;
  RecoveryRollupRow: RollupView;
  RuleSummary: RuleSummaryParent;
  RunComparison: RunComparisonParent;
  WriteOff: WriteOffRecord;
}>;

export type BatchFindingResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['BatchFinding'] = ResolversParentTypes['BatchFinding']> = ResolversObject<{
  batchNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  check?: Resolver<ResolversTypes['BatchCheck'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingField?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['BatchCheckOutcome'], ParentType, ContextType>;
}>;

export type CrosscheckRunResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['CrosscheckRun'] = ResolversParentTypes['CrosscheckRun']> = ResolversObject<{
  batchFindings?: Resolver<Array<ResolversTypes['BatchFinding']>, ParentType, ContextType, RequireFields<CrosscheckRunBatchFindingsArgs, 'includePassed'>>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linesChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linesTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rerunOf?: Resolver<Maybe<ResolversTypes['CrosscheckRun']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['CrosscheckScope'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CrosscheckRunStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['CrosscheckSummary'], ParentType, ContextType>;
}>;

export type CrosscheckRunConnectionResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['CrosscheckRunConnection'] = ResolversParentTypes['CrosscheckRunConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CrosscheckRunEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CrosscheckRunEdgeResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['CrosscheckRunEdge'] = ResolversParentTypes['CrosscheckRunEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CrosscheckRun'], ParentType, ContextType>;
}>;

export type CrosscheckScopeResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['CrosscheckScope'] = ResolversParentTypes['CrosscheckScope']> = ResolversObject<{
  batchNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  batchNumbers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  eligibilityCondition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CrosscheckScopeKind'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programmeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CrosscheckSummaryResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['CrosscheckSummary'] = ResolversParentTypes['CrosscheckSummary']> = ResolversObject<{
  byDepartment?: Resolver<Array<ResolversTypes['DepartmentSummary']>, ParentType, ContextType>;
  byRule?: Resolver<Array<ResolversTypes['RuleSummary']>, ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  linesFlagged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notChecked?: Resolver<Array<ResolversTypes['NotCheckedSummary']>, ParentType, ContextType>;
  notCheckedLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DepartmentSummaryResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['DepartmentSummary'] = ResolversParentTypes['DepartmentSummary']> = ResolversObject<{
  department?: Resolver<ResolversTypes['CrosscheckDepartment'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FindingResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  batchNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['CrosscheckDepartment']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['PaymentLine'], ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['FindingReview']>, ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['FindingReview']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['CrosscheckRule'], ParentType, ContextType>;
  runId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  village?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FindingActionResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['FindingAction'] = ResolversParentTypes['FindingAction']> = ResolversObject<{
  actedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  actedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['FindingActionKind'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['CrosscheckDepartment'], ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['FollowUpFinding'], ParentType, ContextType>;
  findingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['CrosscheckRule'], ParentType, ContextType>;
  stopFromPeriod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FindingConnectionResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['FindingConnection'] = ResolversParentTypes['FindingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FindingEdgeResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['FindingEdge'] = ResolversParentTypes['FindingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
}>;

export type FindingReviewResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['FindingReview'] = ResolversParentTypes['FindingReview']> = ResolversObject<{
  decision?: Resolver<ResolversTypes['ReviewDecision'], ParentType, ContextType>;
  findingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reviewedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FollowUpFindingResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['FollowUpFinding'] = ResolversParentTypes['FollowUpFinding']> = ResolversObject<{
  actions?: Resolver<Array<ResolversTypes['FindingAction']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  batchNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  followUpDepartment?: Resolver<ResolversTypes['CrosscheckDepartment'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['PaymentLine'], ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibleDepartmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['FindingReview']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['CrosscheckRule'], ParentType, ContextType>;
  runId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FollowUpFindingConnectionResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['FollowUpFindingConnection'] = ResolversParentTypes['FollowUpFindingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FollowUpFindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FollowUpFindingEdgeResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['FollowUpFindingEdge'] = ResolversParentTypes['FollowUpFindingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FollowUpFinding'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  decideWriteOff?: Resolver<ResolversTypes['RecoveryCase'], ParentType, ContextType, RequireFields<MutationDecideWriteOffArgs, 'approve' | 'lineId' | 'note'>>;
  recordFindingAction?: Resolver<ResolversTypes['FindingAction'], ParentType, ContextType, RequireFields<MutationRecordFindingActionArgs, 'action' | 'findingId' | 'note'>>;
  recordRecovery?: Resolver<ResolversTypes['RecoveryCase'], ParentType, ContextType, RequireFields<MutationRecordRecoveryArgs, 'amount' | 'lineId' | 'receiptReference' | 'recoveredOn'>>;
  requestWriteOff?: Resolver<ResolversTypes['RecoveryCase'], ParentType, ContextType, RequireFields<MutationRequestWriteOffArgs, 'lineId' | 'reason'>>;
  rerunCrosscheck?: Resolver<ResolversTypes['CrosscheckRun'], ParentType, ContextType, RequireFields<MutationRerunCrosscheckArgs, 'runId'>>;
  reviewFinding?: Resolver<ResolversTypes['FindingReview'], ParentType, ContextType, RequireFields<MutationReviewFindingArgs, 'decision' | 'findingId' | 'reason'>>;
  startCrosscheck?: Resolver<ResolversTypes['CrosscheckRun'], ParentType, ContextType, Partial<MutationStartCrosscheckArgs>>;
}>;

export type NotCheckedConnectionResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['NotCheckedConnection'] = ResolversParentTypes['NotCheckedConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NotCheckedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NotCheckedEdgeResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['NotCheckedEdge'] = ResolversParentTypes['NotCheckedEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NotCheckedEntry'], ParentType, ContextType>;
}>;

export type NotCheckedEntryResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['NotCheckedEntry'] = ResolversParentTypes['NotCheckedEntry']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  batchNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['CrosscheckDepartment'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['PaymentLine'], ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['CrosscheckRule']>, ParentType, ContextType>;
}>;

export type NotCheckedSummaryResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['NotCheckedSummary'] = ResolversParentTypes['NotCheckedSummary']> = ResolversObject<{
  department?: Resolver<ResolversTypes['CrosscheckDepartment'], ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['CrosscheckRule']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentLineResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['PaymentLine'] = ResolversParentTypes['PaymentLine']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  compareRuns?: Resolver<ResolversTypes['RunComparison'], ParentType, ContextType, RequireFields<QueryCompareRunsArgs, 'a' | 'b'>>;
  crosscheckRun?: Resolver<Maybe<ResolversTypes['CrosscheckRun']>, ParentType, ContextType, RequireFields<QueryCrosscheckRunArgs, 'id'>>;
  crosscheckRuns?: Resolver<ResolversTypes['CrosscheckRunConnection'], ParentType, ContextType, RequireFields<QueryCrosscheckRunsArgs, 'first'>>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<QueryFindingsArgs, 'first' | 'runId'>>;
  followUpFindings?: Resolver<ResolversTypes['FollowUpFindingConnection'], ParentType, ContextType, RequireFields<QueryFollowUpFindingsArgs, 'first'>>;
  followUpLines?: Resolver<Array<Maybe<ResolversTypes['PaymentLine']>>, ParentType, ContextType, RequireFields<QueryFollowUpLinesArgs, 'ids'>>;
  notChecked?: Resolver<ResolversTypes['NotCheckedConnection'], ParentType, ContextType, RequireFields<QueryNotCheckedArgs, 'first' | 'runId'>>;
  recoveryLedger?: Resolver<ResolversTypes['RecoveryLedger'], ParentType, ContextType, Partial<QueryRecoveryLedgerArgs>>;
}>;

export type RecoveryResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['Recovery'] = ResolversParentTypes['Recovery']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receiptReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recoveredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type RecoveryCaseResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['RecoveryCase'] = ResolversParentTypes['RecoveryCase']> = ResolversObject<{
  batchNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  findingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['PaymentLine'], ParentType, ContextType>;
  lineAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recovered?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  recoveries?: Resolver<Array<ResolversTypes['Recovery']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['CrosscheckRule'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecoveryStatus'], ParentType, ContextType>;
  writeOff?: Resolver<Maybe<ResolversTypes['WriteOff']>, ParentType, ContextType>;
  writtenOff?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type RecoveryLedgerResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['RecoveryLedger'] = ResolversParentTypes['RecoveryLedger']> = ResolversObject<{
  byCounty?: Resolver<Array<ResolversTypes['RecoveryRollupRow']>, ParentType, ContextType>;
  byPeriod?: Resolver<Array<ResolversTypes['RecoveryRollupRow']>, ParentType, ContextType>;
  byProgramme?: Resolver<Array<ResolversTypes['RecoveryRollupRow']>, ParentType, ContextType>;
  byRule?: Resolver<Array<ResolversTypes['RecoveryRollupRow']>, ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['RecoveryCase']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['RecoveryRollupRow'], ParentType, ContextType>;
}>;

export type RecoveryRollupRowResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['RecoveryRollupRow'] = ResolversParentTypes['RecoveryRollupRow']> = ResolversObject<{
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  recovered?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  writtenOff?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type RuleSummaryResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['RuleSummary'] = ResolversParentTypes['RuleSummary']> = ResolversObject<{
  amountAtRisk?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['CrosscheckDepartment']>, ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['CrosscheckRule'], ParentType, ContextType>;
}>;

export type RunComparisonResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['RunComparison'] = ResolversParentTypes['RunComparison']> = ResolversObject<{
  a?: Resolver<ResolversTypes['CrosscheckRun'], ParentType, ContextType>;
  added?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<RunComparisonAddedArgs, 'first'>>;
  b?: Resolver<ResolversTypes['CrosscheckRun'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<RunComparisonRemovedArgs, 'first'>>;
}>;

export type WriteOffResolvers<ContextType = CrosscheckContext, ParentType extends ResolversParentTypes['WriteOff'] = ResolversParentTypes['WriteOff']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['WriteOffDecision'], ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CrosscheckContext> = ResolversObject<{
  BatchFinding?: BatchFindingResolvers<ContextType>;
  CrosscheckRun?: CrosscheckRunResolvers<ContextType>;
  CrosscheckRunConnection?: CrosscheckRunConnectionResolvers<ContextType>;
  CrosscheckRunEdge?: CrosscheckRunEdgeResolvers<ContextType>;
  CrosscheckScope?: CrosscheckScopeResolvers<ContextType>;
  CrosscheckSummary?: CrosscheckSummaryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DepartmentSummary?: DepartmentSummaryResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingAction?: FindingActionResolvers<ContextType>;
  FindingConnection?: FindingConnectionResolvers<ContextType>;
  FindingEdge?: FindingEdgeResolvers<ContextType>;
  FindingReview?: FindingReviewResolvers<ContextType>;
  FollowUpFinding?: FollowUpFindingResolvers<ContextType>;
  FollowUpFindingConnection?: FollowUpFindingConnectionResolvers<ContextType>;
  FollowUpFindingEdge?: FollowUpFindingEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotCheckedConnection?: NotCheckedConnectionResolvers<ContextType>;
  NotCheckedEdge?: NotCheckedEdgeResolvers<ContextType>;
  NotCheckedEntry?: NotCheckedEntryResolvers<ContextType>;
  NotCheckedSummary?: NotCheckedSummaryResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaymentLine?: PaymentLineResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Recovery?: RecoveryResolvers<ContextType>;
  RecoveryCase?: RecoveryCaseResolvers<ContextType>;
  RecoveryLedger?: RecoveryLedgerResolvers<ContextType>;
  RecoveryRollupRow?: RecoveryRollupRowResolvers<ContextType>;
  RuleSummary?: RuleSummaryResolvers<ContextType>;
  RunComparison?: RunComparisonResolvers<ContextType>;
  WriteOff?: WriteOffResolvers<ContextType>;
}>;

