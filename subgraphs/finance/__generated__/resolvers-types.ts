import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonParent, SearchConnectionParent, TotalsParent } from '../mappers.js';
import { ProgrammeRecord, BatchRecord, PaymentLineRecord, RegisteredAccountRecord } from '../../../adapters/finance/records.js';
import { RollupRow } from '../../../adapters/finance/search-types.js';
import { CheckLineColumnPageParent } from '../check-lines.js';
import { FinanceContext } from '../context.js';
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
  /** A list of strings or nulls as one value: a column of thousands of entries, checked in one pass. */
  NullableStringList: { input: (string | null)[]; output: (string | null)[]; }
  /** A list of strings as one value: a column of thousands of entries, checked in one pass. */
  StringList: { input: string[]; output: string[]; }
  _FieldSet: { input: any; output: any; }
};

export type AccountType =
  /** A bank debit card. */
  | 'BANK_CARD'
  /** A bank passbook (存折). */
  | 'PASSBOOK'
  /** The bank account a social security card carries. */
  | 'SOCIAL_SECURITY_CARD'
  /** An account type code the hub does not know; see accountTypeCode. */
  | 'UNRECOGNISED';

/** A disbursement batch: one programme, one period, one county. */
export type Batch = {
  __typename?: 'Batch';
  /** When the batch was approved; null when it was not, or when the one-card system does not record it (`unrecordedFields`). */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** User id of whoever approved the batch. */
  approvedBy?: Maybe<Scalars['String']['output']>;
  batchNumber: Scalars['ID']['output'];
  /** The county (6-digit division code) that disburses the batch. */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** User id of whoever entered the batch. */
  enteredBy?: Maybe<Scalars['String']['output']>;
  lineCount: Scalars['Int']['output'];
  /** The batch's lines in line-id order, a page at a time (`first` at most 5000). */
  lines: PaymentLineConnection;
  /** `YYYYMM`: the first month the payment covers. */
  period?: Maybe<Scalars['String']['output']>;
  /** The first day of the period. */
  periodStart?: Maybe<Scalars['Date']['output']>;
  /** Null when the batch names a programme the programme list does not hold. */
  programme?: Maybe<Programme>;
  sentToBankAt?: Maybe<Scalars['DateTime']['output']>;
  status: BatchStatus;
  statusCode?: Maybe<Scalars['String']['output']>;
  /** Exact sum of the lines' amounts. */
  totalAmount: Scalars['Decimal']['output'];
  /**
   * The duty fields (`enteredBy`, `approvedBy`, `approvedAt`, `sentToBankAt`) the one-card system does
   * not record at all, so a check that needs one cannot be made from its data.
   */
  unrecordedFields: Array<Scalars['String']['output']>;
};


/** A disbursement batch: one programme, one period, one county. */
export type BatchLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * One batch's lines on a page of check lines, one list per field, every list one entry per line (line
 * i is `ids[i]`, `idNumbers[i]`, `names[i]`, ...), in line-id order; the batch's own fields once.
 */
export type BatchLineColumns = {
  __typename?: 'BatchLineColumns';
  /** Account numbers; null for a line without one. */
  accountNumbers: Scalars['NullableStringList']['output'];
  amounts: Array<Scalars['Decimal']['output']>;
  batchNumber: Scalars['String']['output'];
  /** The county that disburses the batch. */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** The programme's eligibility condition code; null when none is checked. */
  eligibilityCondition?: Maybe<Scalars['String']['output']>;
  /** Normalised ID numbers. */
  idNumbers: Scalars['StringList']['output'];
  /** The line ids: digits, as the one-card system numbers its lines. */
  ids: Scalars['StringList']['output'];
  /** Normalised names; null for a line without one. */
  names: Scalars['NullableStringList']['output'];
  /** `YYYYMM` of the batch. */
  period?: Maybe<Scalars['String']['output']>;
  programmeCode?: Maybe<Scalars['String']['output']>;
  statuses: Array<PaymentLineStatus>;
};

export type BatchStatus =
  /** Approved, not yet sent to the bank. */
  | 'APPROVED'
  /** Entered, not yet approved. */
  | 'DRAFTED'
  /** Every line credited. */
  | 'PAID'
  /** Sent to the bank; some lines failed. */
  | 'PARTLY_FAILED'
  /** Sent to the bank; credits not yet all confirmed. */
  | 'SENT_TO_BANK'
  /** A status code the hub does not know; see statusCode. */
  | 'UNRECOGNISED';

/** A payment line with what the cross-check rules need from its batch and programme. */
export type CheckLine = {
  __typename?: 'CheckLine';
  accountNumber?: Maybe<Scalars['String']['output']>;
  amount: Scalars['Decimal']['output'];
  batchNumber: Scalars['String']['output'];
  /** The county that disburses the batch. */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** The programme's eligibility condition code; null when none is checked. */
  eligibilityCondition?: Maybe<Scalars['String']['output']>;
  /** The line id: digits, as the one-card system numbers its lines. */
  id: Scalars['ID']['output'];
  /** Normalised ID number. */
  idNumber: Scalars['String']['output'];
  idNumberValid: Scalars['Boolean']['output'];
  /** Normalised name. */
  name?: Maybe<Scalars['String']['output']>;
  /** `YYYYMM` of the batch. */
  period?: Maybe<Scalars['String']['output']>;
  programmeCode?: Maybe<Scalars['String']['output']>;
  status: PaymentLineStatus;
};

/** How the cross-check engine cuts a run's lines into chunks. */
export type CheckLineChunks = {
  __typename?: 'CheckLineChunks';
  /** The id of the `every`-th, 2×`every`-th, … line, in line-id order: where each full chunk ends. */
  chunkEnds: Scalars['StringList']['output'];
  /** The last line's id; null when there is none. */
  lastId?: Maybe<Scalars['String']['output']>;
  /** How many lines there are. */
  lines: Scalars['Int']['output'];
};

/** A page of lines for the cross-check engine, as one set of columns per batch. */
export type CheckLineColumnPage = {
  __typename?: 'CheckLineColumnPage';
  /** The batches with lines on this page, in the order of their first line on it. */
  batches: Array<BatchLineColumns>;
  pageInfo: PageInfo;
  /**
   * The finance-only rules over this page's lines: what `screenPaymentLines` answers for the same
   * line ids, evaluated on the lines as read for the page rather than read again by id. Null, with an
   * error, when finance cannot evaluate them; the lines are still served.
   */
  paymentLineHits?: Maybe<ScreeningHits>;
};

/** A page of lines for the cross-check engine. */
export type CheckLinePage = {
  __typename?: 'CheckLinePage';
  lines: Array<CheckLine>;
  pageInfo: PageInfo;
};

export type FundingLevel =
  /** 中央 central government */
  | 'CENTRAL'
  /** 县级 county */
  | 'COUNTY'
  /** 市级 municipal */
  | 'MUNICIPAL'
  /** 省级 provincial */
  | 'PROVINCIAL'
  /** A funding level code the hub does not know; see fundingLevelCode. */
  | 'UNRECOGNISED';

/** Relay-style paging information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PaymentCycle =
  /** Paid every month. */
  | 'MONTHLY'
  /** Paid once. */
  | 'ONE_OFF'
  /** Paid every quarter. */
  | 'QUARTERLY'
  /** A payment cycle code the hub does not know; see paymentCycleCode. */
  | 'UNRECOGNISED'
  /** Paid once a year. */
  | 'YEARLY';

/** One payment to one beneficiary in a batch. */
export type PaymentLine = {
  __typename?: 'PaymentLine';
  /** The account paid into, trimmed. */
  accountNumber?: Maybe<Scalars['String']['output']>;
  amount: Scalars['Decimal']['output'];
  batch: Batch;
  creditedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Failure reason reported by the bank. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** The line id: digits, as the one-card system numbers its lines. */
  id: Scalars['ID']['output'];
  /** The ID number trimmed and with an upper-case X. */
  idNumber: Scalars['String']['output'];
  /** The beneficiary's ID number exactly as entered, padding and lower-case x included. */
  idNumberAsEntered: Scalars['String']['output'];
  /** Whether the normalised ID number is a valid citizen ID number (GB 11643-1999). */
  idNumberValid: Scalars['Boolean']['output'];
  /** The beneficiary's name as entered, trimmed. */
  name?: Maybe<Scalars['String']['output']>;
  /** The beneficiary; null when the normalised ID number is not valid. */
  person?: Maybe<Person>;
  status: PaymentLineStatus;
  statusCode?: Maybe<Scalars['String']['output']>;
};

export type PaymentLineConnection = {
  __typename?: 'PaymentLineConnection';
  edges: Array<PaymentLineEdge>;
  pageInfo: PageInfo;
};

export type PaymentLineEdge = {
  __typename?: 'PaymentLineEdge';
  cursor: Scalars['String']['output'];
  node: PaymentLine;
};

/**
 * Which payment lines: every field given narrows the search. Finance knows only the disbursing
 * county of a batch; for a township or village (the register's division of the person) use the
 * disbursement service's `payments`.
 */
export type PaymentLineFilter = {
  /** Largest amount, inclusive, in yuan with at most two decimals. */
  amountMax?: InputMaybe<Scalars['String']['input']>;
  /** Smallest amount, inclusive, in yuan with at most two decimals ("0.10"). */
  amountMin?: InputMaybe<Scalars['String']['input']>;
  /** A responsible department by name (`CIVIL_AFFAIRS`) or by its `departmentCode`. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Leading digits (2 to 6) of the county that disburses the batch, e.g. 610727. */
  division?: InputMaybe<Scalars['String']['input']>;
  fundingLevel?: InputMaybe<FundingLevel>;
  /** One beneficiary's citizen ID number (a lower-case x and surrounding spaces are accepted). */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** For the hub's services: only lines of these ID numbers (normalised; at most 10,000). */
  idNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Part of the beneficiary's name as entered (at least one character). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** First period, YYYYMM, inclusive. */
  periodFrom?: InputMaybe<Scalars['String']['input']>;
  /** Last period, YYYYMM, inclusive; not before `periodFrom`. */
  periodTo?: InputMaybe<Scalars['String']['input']>;
  /** A programme code (`Programme.code`); an unknown code is BAD_USER_INPUT. */
  programme?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PaymentLineStatus>;
};

/** Lines found by a search or a process check, a page at a time. */
export type PaymentLineSearchConnection = {
  __typename?: 'PaymentLineSearchConnection';
  edges: Array<PaymentLineSearchEdge>;
  pageInfo: PageInfo;
  /** Exact totals over every line found, not just this page. */
  totals: PaymentTotals;
};

export type PaymentLineSearchEdge = {
  __typename?: 'PaymentLineSearchEdge';
  cursor: Scalars['String']['output'];
  node: PaymentLine;
  /** Why a process check lists the line, in plain words; null for a plain search. */
  note?: Maybe<Scalars['String']['output']>;
};

export type PaymentLineStatus =
  /** Credited to the account. */
  | 'CREDITED'
  /** The bank could not credit it; see failureReason. */
  | 'FAILED'
  /** Sent or to be sent; not yet credited. */
  | 'PENDING'
  /** A status code the hub does not know; see statusCode. */
  | 'UNRECOGNISED';

export type PaymentRollupDimension =
  /** The county that disburses the batch. */
  | 'COUNTY'
  /** The programme's responsible department. */
  | 'DEPARTMENT'
  /** The programme's funding level. */
  | 'FUNDING_LEVEL'
  /** The batch's period (YYYYMM). */
  | 'PERIOD'
  /** The batch's programme. */
  | 'PROGRAMME'
  /** The line's status. */
  | 'STATUS';

/** One group of a roll-up; only the grouped-by dimensions are set. */
export type PaymentRollupRow = {
  __typename?: 'PaymentRollupRow';
  countyCode?: Maybe<Scalars['String']['output']>;
  department?: Maybe<ResponsibleDepartment>;
  departmentCode?: Maybe<Scalars['String']['output']>;
  fundingLevel?: Maybe<FundingLevel>;
  fundingLevelCode?: Maybe<Scalars['String']['output']>;
  lineCount: Scalars['Int']['output'];
  period?: Maybe<Scalars['String']['output']>;
  /** Distinct normalised ID numbers in the group. */
  personCount: Scalars['Int']['output'];
  /** The key of the person group, when the roll-up was asked over person groups. */
  personGroup?: Maybe<Scalars['String']['output']>;
  programmeCode?: Maybe<Scalars['String']['output']>;
  status?: Maybe<PaymentLineStatus>;
  totalAmount: Scalars['Decimal']['output'];
};

/** Exact totals of a set of payment lines. */
export type PaymentTotals = {
  __typename?: 'PaymentTotals';
  lineCount: Scalars['Int']['output'];
  /** Distinct normalised ID numbers. */
  personCount: Scalars['Int']['output'];
  totalAmount: Scalars['Decimal']['output'];
};

/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type Person = {
  __typename?: 'Person';
  idNumber: Scalars['ID']['output'];
  /**
   * Payment lines to the person in any batch, matched by normalised ID number, by period then line id.
   * `periodFrom` and `periodTo` (YYYYMM) are both inclusive.
   */
  paymentLines?: Maybe<Array<PaymentLine>>;
  /** Receiving accounts registered for the person (一人一卡), in use and retired, by record id. */
  registeredAccounts?: Maybe<Array<RegisteredAccount>>;
};


/** A citizen, keyed by the normalised 18-character ID number. Every department adds its own facts. */
export type PersonPaymentLinesArgs = {
  periodFrom?: InputMaybe<Scalars['String']['input']>;
  periodTo?: InputMaybe<Scalars['String']['input']>;
  programmeCode?: InputMaybe<Scalars['String']['input']>;
};

/** A set of persons whose lines are totalled together: the caller's key and their ID numbers. */
export type PersonGroup = {
  idNumbers: Array<Scalars['String']['input']>;
  key: Scalars['String']['input'];
};

/** A subsidy programme; published ones make up the policy list (补贴政策清单). */
export type Programme = {
  __typename?: 'Programme';
  /** The programme's batches, by period then batch number; `period` (YYYYMM) keeps only that period. */
  batches: Array<Batch>;
  code: Scalars['ID']['output'];
  department: ResponsibleDepartment;
  departmentCode?: Maybe<Scalars['String']['output']>;
  /**
   * Eligibility condition checked by the cross-check (DIBAO, TEKUN, DISABLED_ANY, DISABLED_SEVERE,
   * DIBAO_DISABLED, AGE_80, or another code as stored); null when none is checked.
   */
  eligibilityCondition?: Maybe<Scalars['String']['output']>;
  fundingLevel: FundingLevel;
  fundingLevelCode?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  paymentCycle: PaymentCycle;
  paymentCycleCode?: Maybe<Scalars['String']['output']>;
  /** The document that sets the programme. */
  policyBasis?: Maybe<Scalars['String']['output']>;
  /** On the published policy list. */
  published: Scalars['Boolean']['output'];
  /** Standard amount per person per payment; null when the amount varies (no fixed standard). */
  standardAmount?: Maybe<Scalars['Decimal']['output']>;
  year?: Maybe<Scalars['String']['output']>;
};


/** A subsidy programme; published ones make up the policy list (补贴政策清单). */
export type ProgrammeBatchesArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** A disbursement batch by batch number; null when there is no such batch. */
  batch?: Maybe<Batch>;
  /** The batches of a programme, by period then batch number; `period` (YYYYMM) keeps only that period. */
  batches: Array<Batch>;
  /**
   * For the cross-check engine: how the lines `checkLineColumns` pages through (after `after` and up to
   * `through`, both line ids, both optional) are cut into chunks of `every` lines (1 to 10000), without
   * sending them: the id closing each full chunk, how many lines there are, and the last one's id.
   */
  checkLineChunks: CheckLineChunks;
  /**
   * For the cross-check engine: the same lines and paging as `checkLines`, as columns rather than an
   * object per line. A page's lines are grouped by batch, so what a batch's lines share is sent once;
   * each batch's lines are in line-id order, and merged by line id they are the page in line-id order.
   * `through` (a line id, optional) ends the lines paged through at that line: a chunk of a run is
   * read by its own range of line ids rather than from the whole rest of the run.
   */
  checkLineColumns: CheckLineColumnPage;
  /**
   * For the cross-check engine: the lines of the given batches in line-id order, a page at a time
   * (`first` at most 10000; pass the previous page's `endCursor` as `after`).
   */
  checkLines: CheckLinePage;
  /**
   * Process check: lines credited more than `hours` (default 24) after their batch was sent to the
   * bank (`creditedAt` later than the batch's `sentToBankAt` + hours; exactly `hours` is in time). Batches never sent
   * have no such lines. `first` 1 to 1000.
   */
  lateCredits: PaymentLineSearchConnection;
  /**
   * Process check: failed lines (status FAILED) left unpaid, i.e. not re-issued: no line of the same
   * normalised ID number under the same programme that did not fail, in another batch sent to the
   * bank later than the failed line's batch and at most `withinDays` days after it. Only failed lines
   * whose window has closed by `asOf` (default: now) are reported; failed lines in batches never sent
   * to the bank are not. `first` 1 to 1000.
   */
  leftUnpaid: PaymentLineSearchConnection;
  /**
   * The distinct normalised ID numbers of the lines matching `filter`, sorted (at most 200,000).
   * With `filter.idNumbers` it answers which of those persons have a line.
   */
  paymentIdNumbers: Array<Scalars['ID']['output']>;
  /** A payment line by its line id; null when there is no such line. */
  paymentLine?: Maybe<PaymentLine>;
  /**
   * Totals of the lines matching `filter`, grouped by `groupBy` (empty: one row for everything).
   * With `personGroups`, only the listed persons' lines count and each row also names the group of
   * its persons (a person in at most one group; at most 10,000 ID numbers per call): the
   * disbursement service groups by the register's township or village this way.
   */
  paymentRollup: Array<PaymentRollupRow>;
  /** Exact totals of the lines matching `filter`. */
  paymentTotals: PaymentTotals;
  /** A programme by code; null when there is no such programme. */
  programme?: Maybe<Programme>;
  /**
   * Subsidy programmes of the one-card system (财政 惠民惠农补贴“一卡通”), by code. `published`
   * keeps only programmes on (true) or off (false) the public policy list; `year` is `YYYY`;
   * `department` is a responsible department by name (`CIVIL_AFFAIRS`) or by its `departmentCode`.
   */
  programmes: Array<Programme>;
  /**
   * For the cross-check engine: the finance-only rules DUPLICATE_PAYMENT, ACCOUNT_NOT_REGISTERED,
   * MULTIPLE_ACCOUNTS and AMOUNT_ABOVE_STANDARD over the given lines (at most 10000). The key of a hit
   * is the line id. Lines whose ID number is not valid are skipped (ID_INVALID is the caller's).
   */
  screenPaymentLines: ScreeningHits;
  /**
   * Payment lines matching `filter`, in line-id order, one page at a time: `first` 1 to 1000, and
   * the previous page's `endCursor` as `after`. Pages are cut on the line id (keyset), so a page deep
   * into a million lines costs what the first one does. `totals` covers every matching line.
   */
  searchPaymentLines: PaymentLineSearchConnection;
};


export type QueryBatchArgs = {
  batchNumber: Scalars['String']['input'];
};


export type QueryBatchesArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
  programmeCode: Scalars['String']['input'];
};


export type QueryCheckLineChunksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  batchNumbers: Array<Scalars['String']['input']>;
  every: Scalars['Int']['input'];
  through?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCheckLineColumnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  batchNumbers: Array<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  through?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCheckLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  batchNumbers: Array<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLateCreditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentLineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  hours?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLeftUnpaidArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  filter?: InputMaybe<PaymentLineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  withinDays: Scalars['Int']['input'];
};


export type QueryPaymentIdNumbersArgs = {
  filter?: InputMaybe<PaymentLineFilter>;
};


export type QueryPaymentLineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentRollupArgs = {
  filter?: InputMaybe<PaymentLineFilter>;
  groupBy: Array<PaymentRollupDimension>;
  personGroups?: InputMaybe<Array<PersonGroup>>;
};


export type QueryPaymentTotalsArgs = {
  filter?: InputMaybe<PaymentLineFilter>;
};


export type QueryProgrammeArgs = {
  code: Scalars['String']['input'];
};


export type QueryProgrammesArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
  published?: InputMaybe<Scalars['Boolean']['input']>;
  year?: InputMaybe<Scalars['String']['input']>;
};


export type QueryScreenPaymentLinesArgs = {
  lineIds: Array<Scalars['ID']['input']>;
};


export type QuerySearchPaymentLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentLineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A receiving account in the one-person-one-card register (一人一卡). */
export type RegisteredAccount = {
  __typename?: 'RegisteredAccount';
  accountNumber?: Maybe<Scalars['String']['output']>;
  accountType: AccountType;
  accountTypeCode?: Maybe<Scalars['String']['output']>;
  bankCode?: Maybe<Scalars['String']['output']>;
  holderName?: Maybe<Scalars['String']['output']>;
  /** In use rather than retired. */
  inUse: Scalars['Boolean']['output'];
  recordId: Scalars['ID']['output'];
  registeredOn?: Maybe<Scalars['Date']['output']>;
};

export type ResponsibleDepartment =
  /** 农业农村 agriculture and rural affairs */
  | 'AGRICULTURE'
  /** 民政 civil affairs */
  | 'CIVIL_AFFAIRS'
  /** 残联 disability federation */
  | 'DISABILITY'
  /** 教育 education */
  | 'EDUCATION'
  /** 财政 finance */
  | 'FINANCE'
  /** 卫健 health */
  | 'HEALTH'
  /** 人社 human resources and social security */
  | 'HR'
  /** A department code the hub does not know; see departmentCode. */
  | 'UNRECOGNISED'
  /** 退役军人 veterans affairs */
  | 'VETERANS';

/**
 * The findings of a screening question, one list per field, every list one entry per hit (hit i is
 * `keys[i]`, `rules[i]`, `evidence[i]`): the subject's key, the rule code, and the evidence in plain
 * words. Hits come in the subjects' order, a subject's hits in the order of the rule table.
 */
export type ScreeningHits = {
  __typename?: 'ScreeningHits';
  evidence: Array<Scalars['String']['output']>;
  keys: Array<Scalars['ID']['output']>;
  rules: Array<Scalars['String']['output']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

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

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Batch: Batch;
  PaymentLine: PaymentLine;
  Person: Person;
  Programme: Programme;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Batch:
    ( { __typename: 'Batch' }
    & GraphQLRecursivePick<FederationTypes['Batch'], {"batchNumber":true}> );
  PaymentLine:
    ( { __typename: 'PaymentLine' }
    & GraphQLRecursivePick<FederationTypes['PaymentLine'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"idNumber":true}> );
  Programme:
    ( { __typename: 'Programme' }
    & GraphQLRecursivePick<FederationTypes['Programme'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccountType: AccountType;
  Batch: ResolverTypeWrapper<BatchRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BatchLineColumns: ResolverTypeWrapper<BatchLineColumns>;
  BatchStatus: BatchStatus;
  CheckLine: ResolverTypeWrapper<PaymentLineRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CheckLineChunks: ResolverTypeWrapper<CheckLineChunks>;
  CheckLineColumnPage: ResolverTypeWrapper<CheckLineColumnPageParent>;
  CheckLinePage: ResolverTypeWrapper<Omit<CheckLinePage, 'lines'> & { lines: Array<ResolversTypes['CheckLine']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  FundingLevel: FundingLevel;
  NullableStringList: ResolverTypeWrapper<Scalars['NullableStringList']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentCycle: PaymentCycle;
  PaymentLine: ResolverTypeWrapper<PaymentLineRecord>;
  PaymentLineConnection: ResolverTypeWrapper<Omit<PaymentLineConnection, 'edges'> & { edges: Array<ResolversTypes['PaymentLineEdge']> }>;
  PaymentLineEdge: ResolverTypeWrapper<Omit<PaymentLineEdge, 'node'> & { node: ResolversTypes['PaymentLine'] }>;
  PaymentLineFilter: PaymentLineFilter;
  PaymentLineSearchConnection: ResolverTypeWrapper<SearchConnectionParent>;
  PaymentLineSearchEdge: ResolverTypeWrapper<Omit<PaymentLineSearchEdge, 'node'> & { node: ResolversTypes['PaymentLine'] }>;
  PaymentLineStatus: PaymentLineStatus;
  PaymentRollupDimension: PaymentRollupDimension;
  PaymentRollupRow: ResolverTypeWrapper<RollupRow>;
  PaymentTotals: ResolverTypeWrapper<TotalsParent>;
  Person: ResolverTypeWrapper<PersonParent>;
  PersonGroup: PersonGroup;
  Programme: ResolverTypeWrapper<ProgrammeRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisteredAccount: ResolverTypeWrapper<RegisteredAccountRecord>;
  ResponsibleDepartment: ResponsibleDepartment;
  ScreeningHits: ResolverTypeWrapper<ScreeningHits>;
  StringList: ResolverTypeWrapper<Scalars['StringList']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Batch: BatchRecord;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  BatchLineColumns: BatchLineColumns;
  CheckLine: PaymentLineRecord;
  Boolean: Scalars['Boolean']['output'];
  CheckLineChunks: CheckLineChunks;
  CheckLineColumnPage: CheckLineColumnPageParent;
  CheckLinePage: Omit<CheckLinePage, 'lines'> & { lines: Array<ResolversParentTypes['CheckLine']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  NullableStringList: Scalars['NullableStringList']['output'];
  PageInfo: PageInfo;
  PaymentLine: PaymentLineRecord;
  PaymentLineConnection: Omit<PaymentLineConnection, 'edges'> & { edges: Array<ResolversParentTypes['PaymentLineEdge']> };
  PaymentLineEdge: Omit<PaymentLineEdge, 'node'> & { node: ResolversParentTypes['PaymentLine'] };
  PaymentLineFilter: PaymentLineFilter;
  PaymentLineSearchConnection: SearchConnectionParent;
  PaymentLineSearchEdge: Omit<PaymentLineSearchEdge, 'node'> & { node: ResolversParentTypes['PaymentLine'] };
  PaymentRollupRow: RollupRow;
  PaymentTotals: TotalsParent;
  Person: PersonParent;
  PersonGroup: PersonGroup;
  Programme: ProgrammeRecord;
  Query: Record<PropertyKey, never>;
  RegisteredAccount: RegisteredAccountRecord;
  ScreeningHits: ScreeningHits;
  StringList: Scalars['StringList']['output'];
}>;

export type BatchResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Batch'] = ResolversParentTypes['Batch'], FederationReferenceType extends FederationReferenceTypes['Batch'] = FederationReferenceTypes['Batch']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Batch']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  batchNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enteredBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['PaymentLineConnection'], ParentType, ContextType, RequireFields<BatchLinesArgs, 'first'>>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  sentToBankAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BatchStatus'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unrecordedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BatchLineColumnsResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['BatchLineColumns'] = ResolversParentTypes['BatchLineColumns']> = ResolversObject<{
  accountNumbers?: Resolver<ResolversTypes['NullableStringList'], ParentType, ContextType>;
  amounts?: Resolver<Array<ResolversTypes['Decimal']>, ParentType, ContextType>;
  batchNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eligibilityCondition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idNumbers?: Resolver<ResolversTypes['StringList'], ParentType, ContextType>;
  ids?: Resolver<ResolversTypes['StringList'], ParentType, ContextType>;
  names?: Resolver<ResolversTypes['NullableStringList'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['PaymentLineStatus']>, ParentType, ContextType>;
}>;

export type CheckLineResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['CheckLine'] = ResolversParentTypes['CheckLine']> = ResolversObject<{
  accountNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  batchNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eligibilityCondition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idNumberValid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentLineStatus'], ParentType, ContextType>;
}>;

export type CheckLineChunksResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['CheckLineChunks'] = ResolversParentTypes['CheckLineChunks']> = ResolversObject<{
  chunkEnds?: Resolver<ResolversTypes['StringList'], ParentType, ContextType>;
  lastId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CheckLineColumnPageResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['CheckLineColumnPage'] = ResolversParentTypes['CheckLineColumnPage']> = ResolversObject<{
  batches?: Resolver<Array<ResolversTypes['BatchLineColumns']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  paymentLineHits?: Resolver<Maybe<ResolversTypes['ScreeningHits']>, ParentType, ContextType>;
}>;

export type CheckLinePageResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['CheckLinePage'] = ResolversParentTypes['CheckLinePage']> = ResolversObject<{
  lines?: Resolver<Array<ResolversTypes['CheckLine']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
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

export interface NullableStringListScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NullableStringList'], any> {
  name: 'NullableStringList';
}

export type PageInfoResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentLineResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentLine'] = ResolversParentTypes['PaymentLine'], FederationReferenceType extends FederationReferenceTypes['PaymentLine'] = FederationReferenceTypes['PaymentLine']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PaymentLine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  batch?: Resolver<ResolversTypes['Batch'], ParentType, ContextType>;
  creditedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idNumberAsEntered?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idNumberValid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentLineStatus'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PaymentLineConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentLineConnection'] = ResolversParentTypes['PaymentLineConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaymentLineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PaymentLineEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentLineEdge'] = ResolversParentTypes['PaymentLineEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PaymentLine'], ParentType, ContextType>;
}>;

export type PaymentLineSearchConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentLineSearchConnection'] = ResolversParentTypes['PaymentLineSearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaymentLineSearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['PaymentTotals'], ParentType, ContextType>;
}>;

export type PaymentLineSearchEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentLineSearchEdge'] = ResolversParentTypes['PaymentLineSearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PaymentLine'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PaymentRollupRowResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentRollupRow'] = ResolversParentTypes['PaymentRollupRow']> = ResolversObject<{
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['ResponsibleDepartment']>, ParentType, ContextType>;
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fundingLevel?: Resolver<Maybe<ResolversTypes['FundingLevel']>, ParentType, ContextType>;
  fundingLevelCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  personGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PaymentLineStatus']>, ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type PaymentTotalsResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PaymentTotals'] = ResolversParentTypes['PaymentTotals']> = ResolversObject<{
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  personCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  idNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentLines?: Resolver<Maybe<Array<ResolversTypes['PaymentLine']>>, ParentType, ContextType, Partial<PersonPaymentLinesArgs>>;
  registeredAccounts?: Resolver<Maybe<Array<ResolversTypes['RegisteredAccount']>>, ParentType, ContextType>;
}>;

export type ProgrammeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme'], FederationReferenceType extends FederationReferenceTypes['Programme'] = FederationReferenceTypes['Programme']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Programme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  batches?: Resolver<Array<ResolversTypes['Batch']>, ParentType, ContextType, Partial<ProgrammeBatchesArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['ResponsibleDepartment'], ParentType, ContextType>;
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eligibilityCondition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fundingLevel?: Resolver<ResolversTypes['FundingLevel'], ParentType, ContextType>;
  fundingLevelCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentCycle?: Resolver<ResolversTypes['PaymentCycle'], ParentType, ContextType>;
  paymentCycleCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  policyBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  standardAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  batch?: Resolver<Maybe<ResolversTypes['Batch']>, ParentType, ContextType, RequireFields<QueryBatchArgs, 'batchNumber'>>;
  batches?: Resolver<Array<ResolversTypes['Batch']>, ParentType, ContextType, RequireFields<QueryBatchesArgs, 'programmeCode'>>;
  checkLineChunks?: Resolver<ResolversTypes['CheckLineChunks'], ParentType, ContextType, RequireFields<QueryCheckLineChunksArgs, 'batchNumbers' | 'every'>>;
  checkLineColumns?: Resolver<ResolversTypes['CheckLineColumnPage'], ParentType, ContextType, RequireFields<QueryCheckLineColumnsArgs, 'batchNumbers' | 'first'>>;
  checkLines?: Resolver<ResolversTypes['CheckLinePage'], ParentType, ContextType, RequireFields<QueryCheckLinesArgs, 'batchNumbers' | 'first'>>;
  lateCredits?: Resolver<ResolversTypes['PaymentLineSearchConnection'], ParentType, ContextType, RequireFields<QueryLateCreditsArgs, 'first' | 'hours'>>;
  leftUnpaid?: Resolver<ResolversTypes['PaymentLineSearchConnection'], ParentType, ContextType, RequireFields<QueryLeftUnpaidArgs, 'first' | 'withinDays'>>;
  paymentIdNumbers?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, Partial<QueryPaymentIdNumbersArgs>>;
  paymentLine?: Resolver<Maybe<ResolversTypes['PaymentLine']>, ParentType, ContextType, RequireFields<QueryPaymentLineArgs, 'id'>>;
  paymentRollup?: Resolver<Array<ResolversTypes['PaymentRollupRow']>, ParentType, ContextType, RequireFields<QueryPaymentRollupArgs, 'groupBy'>>;
  paymentTotals?: Resolver<ResolversTypes['PaymentTotals'], ParentType, ContextType, Partial<QueryPaymentTotalsArgs>>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType, RequireFields<QueryProgrammeArgs, 'code'>>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType, Partial<QueryProgrammesArgs>>;
  screenPaymentLines?: Resolver<ResolversTypes['ScreeningHits'], ParentType, ContextType, RequireFields<QueryScreenPaymentLinesArgs, 'lineIds'>>;
  searchPaymentLines?: Resolver<ResolversTypes['PaymentLineSearchConnection'], ParentType, ContextType, RequireFields<QuerySearchPaymentLinesArgs, 'first'>>;
}>;

export type RegisteredAccountResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['RegisteredAccount'] = ResolversParentTypes['RegisteredAccount']> = ResolversObject<{
  accountNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accountType?: Resolver<ResolversTypes['AccountType'], ParentType, ContextType>;
  accountTypeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bankCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holderName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inUse?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registeredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ScreeningHitsResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ScreeningHits'] = ResolversParentTypes['ScreeningHits']> = ResolversObject<{
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface StringListScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['StringList'], any> {
  name: 'StringList';
}

export type Resolvers<ContextType = FinanceContext> = ResolversObject<{
  Batch?: BatchResolvers<ContextType>;
  BatchLineColumns?: BatchLineColumnsResolvers<ContextType>;
  CheckLine?: CheckLineResolvers<ContextType>;
  CheckLineChunks?: CheckLineChunksResolvers<ContextType>;
  CheckLineColumnPage?: CheckLineColumnPageResolvers<ContextType>;
  CheckLinePage?: CheckLinePageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  NullableStringList?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaymentLine?: PaymentLineResolvers<ContextType>;
  PaymentLineConnection?: PaymentLineConnectionResolvers<ContextType>;
  PaymentLineEdge?: PaymentLineEdgeResolvers<ContextType>;
  PaymentLineSearchConnection?: PaymentLineSearchConnectionResolvers<ContextType>;
  PaymentLineSearchEdge?: PaymentLineSearchEdgeResolvers<ContextType>;
  PaymentRollupRow?: PaymentRollupRowResolvers<ContextType>;
  PaymentTotals?: PaymentTotalsResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisteredAccount?: RegisteredAccountResolvers<ContextType>;
  ScreeningHits?: ScreeningHitsResolvers<ContextType>;
  StringList?: GraphQLScalarType;
}>;

