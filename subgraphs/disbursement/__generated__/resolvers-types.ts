import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonParent, PaymentLineParent, ProgrammeParent, PaymentPageParent, TotalsParent, RollupRowParent } from '../mappers.js';
import { DisbursementContext } from '../context.js';
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
  /** An instant, ISO 8601 in UTC. */
  DateTime: { input: string; output: string; }
  /** An exact amount in yuan with two decimals, as text: "1234.50". */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
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

/** A person eligible for a programme with no line in its batches for the period. */
export type MissedPayment = {
  __typename?: 'MissedPayment';
  /** The register's division code of the person's residence. */
  divisionCode?: Maybe<Scalars['String']['output']>;
  /** Why the person counts as eligible and missed, in plain Chinese words (for people, not programs). */
  evidence: Scalars['String']['output'];
  person: Person;
};

/** A page of persons eligible for a programme but not paid under it for a period. */
export type MissedPaymentPage = {
  __typename?: 'MissedPaymentPage';
  /** Persons the departments mark eligible who are registered and alive in the division on the day. */
  eligibleCount: Scalars['Int']['output'];
  items: Array<MissedPayment>;
  pageInfo: PageInfo;
  /** All persons found missing, not just this page. */
  totalCount: Scalars['Int']['output'];
};

/** Relay-style paging information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  cursor: Scalars['String']['output'];
  node: PaymentLine;
  /** Why a process check lists the line, in plain words; null for a plain search. */
  note?: Maybe<Scalars['String']['output']>;
};

/**
 * Which payment lines: every field given narrows the search. `division` is 2 to 12 leading digits of
 * a division code: up to 6 digits it is the county that disburses the batch; a
 * township (9) or village (12) prefix means the persons whose registered residence lies there
 * (public security's register, asked at query time).
 */
export type PaymentFilter = {
  /** Largest amount, inclusive, in yuan with at most two decimals. */
  amountMax?: InputMaybe<Scalars['String']['input']>;
  /** Smallest amount, inclusive, in yuan with at most two decimals. */
  amountMin?: InputMaybe<Scalars['String']['input']>;
  /** A responsible department by name (`CIVIL_AFFAIRS`) or by its `departmentCode`. */
  department?: InputMaybe<Scalars['String']['input']>;
  division?: InputMaybe<Scalars['String']['input']>;
  fundingLevel?: InputMaybe<FundingLevel>;
  /** One beneficiary's citizen ID number (a lower-case x and surrounding spaces are accepted). */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Part of the beneficiary's name as entered. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** First period, YYYYMM, inclusive. */
  periodFrom?: InputMaybe<Scalars['String']['input']>;
  /** Last period, YYYYMM, inclusive; not before `periodFrom`. */
  periodTo?: InputMaybe<Scalars['String']['input']>;
  /** A programme code; an unknown code is BAD_USER_INPUT. */
  programme?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PaymentLineStatus>;
};

/** A payment line; finance holds its facts. */
export type PaymentLine = {
  __typename?: 'PaymentLine';
  /** The line id: digits, as the one-card system numbers its lines. */
  id: Scalars['ID']['output'];
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

/** Payment lines found by a search or a process check, a page at a time. */
export type PaymentPage = {
  __typename?: 'PaymentPage';
  edges: Array<PaymentEdge>;
  pageInfo: PageInfo;
  /** Exact totals over every line found, not just this page. */
  totals: PaymentTotals;
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
};

/** A subsidy programme; finance holds its facts. */
export type Programme = {
  __typename?: 'Programme';
  code: Scalars['ID']['output'];
};

/**
 * The hub's disbursement questions across programmes (惠民惠农补贴“一卡通”): what was paid, to whom,
 * where, and what was not. The hub keeps no copy of any department's data: finance's lines and the
 * register's divisions are asked through the gateway at query time, and every line and person in an
 * answer is an entity the departments' own subgraphs fill in.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * A person as the disbursement system sees them, by citizen ID number (a lower-case x and
   * surrounding spaces are accepted): every department fills in its own facts, so the payment lines
   * of someone the population register does not know are still there (with a null registration).
   */
  beneficiary: Person;
  /**
   * Totals and head-counts (distinct normalised ID numbers) of the lines matching `filter`, grouped
   * by `groupBy` (empty: one row). At most one of COUNTY, TOWNSHIP, VILLAGE: COUNTY is the county
   * that disburses the batch (finance's own data); TOWNSHIP and VILLAGE are the division of the
   * person's registered residence, asked of the population register at query time (persons the
   * register does not know form a group with a null `divisionCode`).
   */
  disbursementRollup: Array<RollupRow>;
  /**
   * Process check: lines credited more than `hours` (default 24) after their batch was sent to the
   * bank; exactly `hours` is in time. `first` 1 to 1000.
   */
  latePayments: PaymentPage;
  /**
   * Process check (漏发): persons the departments' data marks eligible for programme `programme` on
   * the first day of `period` (YYYYMM) who have no line at all in that programme's batches for the
   * period. Eligibility by the programme's condition: DISABLED_SEVERE (a valid certificate of level 1
   * or 2) and DISABLED_ANY (any valid certificate) from the disability federation, DIBAO (member of a
   * household whose guarantee is active) and TEKUN (a support record of extreme poverty, 特困供养,
   * active) from civil affairs, DIBAO_DISABLED (both), AGE_80 (80 or older by the register). Only persons registered and alive on that day in `division` (2 to 12 digits of
   * the register's division code; default: the counties that disburse the programme's batches for the
   * period) count. By ID number, one page at a time: `first` 1 to 10,000.
   */
  missedPayments: MissedPaymentPage;
  /**
   * Payment lines across all programmes matching `filter`, in line-id order, one page at a time:
   * `first` 1 to 1000, and the previous page's `endCursor` as `after` (keyset on the line id).
   * `totals` covers every matching line, exactly.
   */
  payments: PaymentPage;
  /**
   * Process check: failed lines left unpaid, i.e. with no line of the same normalised ID number under
   * the same programme that did not fail, in another batch sent to the bank later than the failed
   * line's batch and at most `withinDays` days after it. Only lines whose window has closed by `asOf`
   * (default: now) are reported. `first` 1 to 1000.
   */
  unpaidFailures: PaymentPage;
};


/**
 * The hub's disbursement questions across programmes (惠民惠农补贴“一卡通”): what was paid, to whom,
 * where, and what was not. The hub keeps no copy of any department's data: finance's lines and the
 * register's divisions are asked through the gateway at query time, and every line and person in an
 * answer is an entity the departments' own subgraphs fill in.
 */
export type QueryBeneficiaryArgs = {
  idNumber: Scalars['String']['input'];
};


/**
 * The hub's disbursement questions across programmes (惠民惠农补贴“一卡通”): what was paid, to whom,
 * where, and what was not. The hub keeps no copy of any department's data: finance's lines and the
 * register's divisions are asked through the gateway at query time, and every line and person in an
 * answer is an entity the departments' own subgraphs fill in.
 */
export type QueryDisbursementRollupArgs = {
  filter?: InputMaybe<PaymentFilter>;
  groupBy: Array<RollupDimension>;
};


/**
 * The hub's disbursement questions across programmes (惠民惠农补贴“一卡通”): what was paid, to whom,
 * where, and what was not. The hub keeps no copy of any department's data: finance's lines and the
 * register's divisions are asked through the gateway at query time, and every line and person in an
 * answer is an entity the departments' own subgraphs fill in.
 */
export type QueryLatePaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  hours?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The hub's disbursement questions across programmes (惠民惠农补贴“一卡通”): what was paid, to whom,
 * where, and what was not. The hub keeps no copy of any department's data: finance's lines and the
 * register's divisions are asked through the gateway at query time, and every line and person in an
 * answer is an entity the departments' own subgraphs fill in.
 */
export type QueryMissedPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  division?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period: Scalars['String']['input'];
  programme: Scalars['String']['input'];
};


/**
 * The hub's disbursement questions across programmes (惠民惠农补贴“一卡通”): what was paid, to whom,
 * where, and what was not. The hub keeps no copy of any department's data: finance's lines and the
 * register's divisions are asked through the gateway at query time, and every line and person in an
 * answer is an entity the departments' own subgraphs fill in.
 */
export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The hub's disbursement questions across programmes (惠民惠农补贴“一卡通”): what was paid, to whom,
 * where, and what was not. The hub keeps no copy of any department's data: finance's lines and the
 * register's divisions are asked through the gateway at query time, and every line and person in an
 * answer is an entity the departments' own subgraphs fill in.
 */
export type QueryUnpaidFailuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  filter?: InputMaybe<PaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  withinDays: Scalars['Int']['input'];
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

export type RollupDimension =
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
  | 'STATUS'
  /** The township (9 digits) of the person's registered residence, from the register. */
  | 'TOWNSHIP'
  /** The village (12 digits) of the person's registered residence, from the register. */
  | 'VILLAGE';

/** One group of a roll-up; only the grouped-by dimensions are set. */
export type RollupRow = {
  __typename?: 'RollupRow';
  department?: Maybe<ResponsibleDepartment>;
  departmentCode?: Maybe<Scalars['String']['output']>;
  /**
   * Grouped by COUNTY: the disbursing county. By TOWNSHIP or VILLAGE: the first 9 or 12 digits of
   * the register's division code; null for persons the register does not know.
   */
  divisionCode?: Maybe<Scalars['String']['output']>;
  fundingLevel?: Maybe<FundingLevel>;
  fundingLevelCode?: Maybe<Scalars['String']['output']>;
  lineCount: Scalars['Int']['output'];
  period?: Maybe<Scalars['String']['output']>;
  /** Distinct normalised ID numbers in the group. */
  personCount: Scalars['Int']['output'];
  programme?: Maybe<Programme>;
  programmeCode?: Maybe<Scalars['String']['output']>;
  status?: Maybe<PaymentLineStatus>;
  totalAmount: Scalars['Decimal']['output'];
};

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
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  FundingLevel: FundingLevel;
  MissedPayment: ResolverTypeWrapper<Omit<MissedPayment, 'person'> & { person: ResolversTypes['Person'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  MissedPaymentPage: ResolverTypeWrapper<Omit<MissedPaymentPage, 'items'> & { items: Array<ResolversTypes['MissedPayment']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PaymentEdge: ResolverTypeWrapper<Omit<PaymentEdge, 'node'> & { node: ResolversTypes['PaymentLine'] }>;
  PaymentFilter: PaymentFilter;
  PaymentLine: ResolverTypeWrapper<PaymentLineParent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PaymentLineStatus: PaymentLineStatus;
  PaymentPage: ResolverTypeWrapper<PaymentPageParent>;
  PaymentTotals: ResolverTypeWrapper<TotalsParent>;
  Person: ResolverTypeWrapper<PersonParent>;
  Programme: ResolverTypeWrapper<ProgrammeParent>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResponsibleDepartment: ResponsibleDepartment;
  RollupDimension: RollupDimension;
  RollupRow: ResolverTypeWrapper<RollupRowParent>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  MissedPayment: Omit<MissedPayment, 'person'> & { person: ResolversParentTypes['Person'] };
  String: Scalars['String']['output'];
  MissedPaymentPage: Omit<MissedPaymentPage, 'items'> & { items: Array<ResolversParentTypes['MissedPayment']> };
  Int: Scalars['Int']['output'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PaymentEdge: Omit<PaymentEdge, 'node'> & { node: ResolversParentTypes['PaymentLine'] };
  PaymentFilter: PaymentFilter;
  PaymentLine: PaymentLineParent;
  ID: Scalars['ID']['output'];
  PaymentPage: PaymentPageParent;
  PaymentTotals: TotalsParent;
  Person: PersonParent;
  Programme: ProgrammeParent;
  Query: Record<PropertyKey, never>;
  RollupRow: RollupRowParent;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type MissedPaymentResolvers<ContextType = DisbursementContext, ParentType extends ResolversParentTypes['MissedPayment'] = ResolversParentTypes['MissedPayment']> = ResolversObject<{
  divisionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type MissedPaymentPageResolvers<ContextType = DisbursementContext, ParentType extends ResolversParentTypes['MissedPaymentPage'] = ResolversParentTypes['MissedPaymentPage']> = ResolversObject<{
  eligibleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['MissedPayment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = DisbursementContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentEdgeResolvers<ContextType = DisbursementContext, ParentType extends ResolversParentTypes['PaymentEdge'] = ResolversParentTypes['PaymentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PaymentLine'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PaymentLineResolvers<ContextType = DisbursementContext, ParentType extends ResolversParentTypes['PaymentLine'] = ResolversParentTypes['PaymentLine']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PaymentPageResolvers<ContextType = DisbursementContext, ParentType extends ResolversParentTypes['PaymentPage'] = ResolversParentTypes['PaymentPage']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['PaymentTotals'], ParentType, ContextType>;
}>;

export type PaymentTotalsResolvers<ContextType = DisbursementContext, ParentType extends ResolversParentTypes['PaymentTotals'] = ResolversParentTypes['PaymentTotals']> = ResolversObject<{
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  personCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = DisbursementContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  idNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProgrammeResolvers<ContextType = DisbursementContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = DisbursementContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  beneficiary?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<QueryBeneficiaryArgs, 'idNumber'>>;
  disbursementRollup?: Resolver<Array<ResolversTypes['RollupRow']>, ParentType, ContextType, RequireFields<QueryDisbursementRollupArgs, 'groupBy'>>;
  latePayments?: Resolver<ResolversTypes['PaymentPage'], ParentType, ContextType, RequireFields<QueryLatePaymentsArgs, 'first' | 'hours'>>;
  missedPayments?: Resolver<ResolversTypes['MissedPaymentPage'], ParentType, ContextType, RequireFields<QueryMissedPaymentsArgs, 'first' | 'period' | 'programme'>>;
  payments?: Resolver<ResolversTypes['PaymentPage'], ParentType, ContextType, RequireFields<QueryPaymentsArgs, 'first'>>;
  unpaidFailures?: Resolver<ResolversTypes['PaymentPage'], ParentType, ContextType, RequireFields<QueryUnpaidFailuresArgs, 'first' | 'withinDays'>>;
}>;

export type RollupRowResolvers<ContextType = DisbursementContext, ParentType extends ResolversParentTypes['RollupRow'] = ResolversParentTypes['RollupRow']> = ResolversObject<{
  department?: Resolver<Maybe<ResolversTypes['ResponsibleDepartment']>, ParentType, ContextType>;
  departmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  divisionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fundingLevel?: Resolver<Maybe<ResolversTypes['FundingLevel']>, ParentType, ContextType>;
  fundingLevelCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  programmeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PaymentLineStatus']>, ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = DisbursementContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  MissedPayment?: MissedPaymentResolvers<ContextType>;
  MissedPaymentPage?: MissedPaymentPageResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaymentEdge?: PaymentEdgeResolvers<ContextType>;
  PaymentLine?: PaymentLineResolvers<ContextType>;
  PaymentPage?: PaymentPageResolvers<ContextType>;
  PaymentTotals?: PaymentTotalsResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RollupRow?: RollupRowResolvers<ContextType>;
}>;

