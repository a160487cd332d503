import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { DepartmentComplaintView } from '../complaint-desk.js';
import { DisclosureContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

/** A township (9 digits) or village (12 digits) with payments to announce. */
export type AnnouncedDivision = {
  __typename?: 'AnnouncedDivision';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** TOWNSHIP or VILLAGE. */
  level: Scalars['String']['output'];
  /** Lines paid to persons registered there; null when they are fewer than 5 persons. */
  lineCount?: Maybe<Scalars['Int']['output']>;
  /** Why `lineCount` is null: `FEWER_THAN_5_PERSONS`; null when it is shown. */
  lineCountWithheld?: Maybe<Scalars['String']['output']>;
  /** The 9-digit township of a village; null for a township. */
  townshipCode?: Maybe<Scalars['String']['output']>;
};

/** One announced payment line; the payee's name and ID number are masked. */
export type AnnouncedLine = {
  __typename?: 'AnnouncedLine';
  amount: Scalars['Decimal']['output'];
  batchNumber: Scalars['String']['output'];
  idNumber?: Maybe<Scalars['String']['output']>;
  lineId: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  period?: Maybe<Scalars['String']['output']>;
  programmeName?: Maybe<Scalars['String']['output']>;
  /** CREDITED, FAILED, PENDING or UNRECOGNISED. */
  status: Scalars['String']['output'];
  /** The village (or community) of the payee's registered residence, by name. */
  village?: Maybe<Scalars['String']['output']>;
};

/** A page of a disbursement announcement. */
export type Announcement = {
  __typename?: 'Announcement';
  /** BATCH, TOWNSHIP or VILLAGE. */
  kind: Scalars['String']['output'];
  lines: Array<AnnouncedLine>;
  pageInfo: PageInfo;
  period?: Maybe<Scalars['String']['output']>;
  /** What is announced, in words: the programme, period and batch, or the township or village. */
  title: Scalars['String']['output'];
  /** Every line of the scope that matches the search (not just this page). */
  totalCount: Scalars['Int']['output'];
  /** Totals of the matching lines; null when they cover fewer than 5 persons. */
  totals?: Maybe<AnnouncementTotals>;
  /** Why `totals` is null: `FEWER_THAN_5_PERSONS`; null when they are shown. */
  totalsWithheld?: Maybe<Scalars['String']['output']>;
};

export type AnnouncementTotals = {
  __typename?: 'AnnouncementTotals';
  lineCount: Scalars['Int']['output'];
  personCount: Scalars['Int']['output'];
  totalAmount: Scalars['Decimal']['output'];
};

/**
 * A complaint or report from the public. `category`: FRAUD (冒领骗取), WRONG_PAYMENT (错发),
 * MISSED_PAYMENT (漏发), DEDUCTION (克扣截留), NOT_CREDITED (未到账) or OTHER.
 */
export type ComplaintInput = {
  batchNumber?: InputMaybe<Scalars['String']['input']>;
  category: Scalars['String']['input'];
  /** Optional; never shown publicly. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Optional mobile or landline number; never shown publicly. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** What happened: 10 to 1000 characters. */
  description: Scalars['String']['input'];
  /** `YYYYMM`. */
  period?: InputMaybe<Scalars['String']['input']>;
  programmeCode: Scalars['String']['input'];
  /** The ID number of the person concerned, if the complainant gives it; never shown publicly. */
  subjectIdNumber?: InputMaybe<Scalars['String']['input']>;
};

export type ComplaintReceipt = {
  __typename?: 'ComplaintReceipt';
  /** The department it was routed to, as the finance enum name. */
  department: Scalars['String']['output'];
  status: Scalars['String']['output'];
  submittedAt: Scalars['DateTime']['output'];
  trackingNumber: Scalars['String']['output'];
};

/** A complaint's progress; what was written and who wrote it are not shown. */
export type ComplaintStatus = {
  __typename?: 'ComplaintStatus';
  category: Scalars['String']['output'];
  /** By when the department is to answer (received plus the configured days, default 15). */
  deadline: Scalars['DateTime']['output'];
  department: Scalars['String']['output'];
  /** Not closed and past its deadline. */
  overdue: Scalars['Boolean']['output'];
  programmeName?: Maybe<Scalars['String']['output']>;
  /** The department's public reply, once there is one. */
  reply?: Maybe<Scalars['String']['output']>;
  /** RECEIVED (已受理并转办), IN_PROGRESS (办理中) or CLOSED (已办结). */
  status: Scalars['String']['output'];
  submittedAt: Scalars['DateTime']['output'];
  trackingNumber: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** One step of a department's handling of a complaint: by whom, when, what. */
export type ComplaintStep = {
  __typename?: 'ComplaintStep';
  at: Scalars['DateTime']['output'];
  byDepartment: Scalars['String']['output'];
  byUser: Scalars['String']['output'];
  /** Why it was transferred (internal). */
  note?: Maybe<Scalars['String']['output']>;
  reply?: Maybe<Scalars['String']['output']>;
  /** REPLY, TRANSFER or CLOSE. */
  step: Scalars['String']['output'];
  toDepartment?: Maybe<Scalars['String']['output']>;
};

/** A complaint as the department it is routed to handles it: everything the complainant wrote. */
export type DepartmentComplaint = {
  __typename?: 'DepartmentComplaint';
  batchNumber?: Maybe<Scalars['String']['output']>;
  /** FRAUD, WRONG_PAYMENT, MISSED_PAYMENT, DEDUCTION, NOT_CREDITED or OTHER. */
  category: Scalars['String']['output'];
  contactName?: Maybe<Scalars['String']['output']>;
  contactPhone?: Maybe<Scalars['String']['output']>;
  deadline: Scalars['DateTime']['output'];
  /** The department it is routed to now. */
  department: Scalars['String']['output'];
  description: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
  period?: Maybe<Scalars['String']['output']>;
  programmeCode: Scalars['String']['output'];
  programmeName?: Maybe<Scalars['String']['output']>;
  /** The reply the public sees. */
  reply?: Maybe<Scalars['String']['output']>;
  /** RECEIVED, IN_PROGRESS or CLOSED. */
  status: Scalars['String']['output'];
  /** Every step taken on it, oldest first. */
  steps: Array<ComplaintStep>;
  subjectIdNumber?: Maybe<Scalars['String']['output']>;
  submittedAt: Scalars['DateTime']['output'];
  trackingNumber: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Closes a complaint (已办结), with a final reply or keeping the last one; a complaint without any
   * reply cannot be closed (BAD_USER_INPUT naming `reply`). Refused like `replyToComplaint`.
   */
  closeComplaint: DepartmentComplaint;
  /**
   * The department's reply to a complaint (2 to 1000 characters), which the public sees by tracking
   * number; the complaint is then IN_PROGRESS. Only staff of the department it is routed to
   * (FORBIDDEN, `extensions.reason` NOT_DEPARTMENT_STAFF or ANOTHER_DEPARTMENT); a closed complaint
   * is BAD_USER_INPUT (`extensions.reason` COMPLAINT_CLOSED). Kept with the user and the time.
   */
  replyToComplaint: DepartmentComplaint;
  /**
   * 投诉举报: records a complaint about a published programme (and optionally one batch or period),
   * routes it to the programme's responsible department and answers its tracking number. Every
   * invalid field is BAD_USER_INPUT with `extensions.field` naming it and a message in Chinese.
   */
  submitComplaint: ComplaintReceipt;
  /**
   * Hands a complaint to another department (`department`, a department name such as HR), saying
   * why in `note` (2 to 500 characters, not shown to the public); it is RECEIVED there. Refused like
   * `replyToComplaint`, and transferring to its own department is BAD_USER_INPUT naming `department`.
   */
  transferComplaint: DepartmentComplaint;
};


export type MutationCloseComplaintArgs = {
  reply?: InputMaybe<Scalars['String']['input']>;
  trackingNumber: Scalars['String']['input'];
};


export type MutationReplyToComplaintArgs = {
  reply: Scalars['String']['input'];
  trackingNumber: Scalars['String']['input'];
};


export type MutationSubmitComplaintArgs = {
  input: ComplaintInput;
};


export type MutationTransferComplaintArgs = {
  department: Scalars['String']['input'];
  note: Scalars['String']['input'];
  trackingNumber: Scalars['String']['input'];
};

/** One of the person's own payment lines. */
export type OwnPayment = {
  __typename?: 'OwnPayment';
  amount: Scalars['Decimal']['output'];
  batchNumber: Scalars['String']['output'];
  creditedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Responsible department, as the finance enum name (CIVIL_AFFAIRS, ...). */
  department?: Maybe<Scalars['String']['output']>;
  /** The bank's reason when the payment failed. */
  failureReason?: Maybe<Scalars['String']['output']>;
  lineId: Scalars['ID']['output'];
  /** `YYYYMM`. */
  period?: Maybe<Scalars['String']['output']>;
  programmeName?: Maybe<Scalars['String']['output']>;
  /** CREDITED, FAILED, PENDING or UNRECOGNISED. */
  status: Scalars['String']['output'];
};

/** Relay-style paging information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A published programme as the policy list adds to it: who qualifies and when it was published. */
export type PolicyPublication = {
  __typename?: 'PolicyPublication';
  /** Whether the latest batch's announcement is open today. */
  announcementOpen: Scalars['Boolean']['output'];
  /** The programme's eligibility condition code (DIBAO, TEKUN, ...); null when none is checked. */
  eligibilityCondition?: Maybe<Scalars['String']['output']>;
  latestAnnouncementEnd?: Maybe<Scalars['Date']['output']>;
  latestAnnouncementStart?: Maybe<Scalars['Date']['output']>;
  /** The programme's latest announced batch and its window; null when none has been announced. */
  latestBatchNumber?: Maybe<Scalars['String']['output']>;
  programmeCode: Scalars['String']['output'];
  /** The first day the programme's first batch was announced; null when none has been yet. */
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** Who qualifies, in words (Chinese). */
  qualifies: Scalars['String']['output'];
};

/** A batch of a published programme as it is announced: what it is and, over 5 persons or more, its totals. */
export type PublishedBatch = {
  __typename?: 'PublishedBatch';
  /** Last day of the announcement: `announcementStart` plus the configured length (default 7 days) less one. */
  announcementEnd?: Maybe<Scalars['Date']['output']>;
  /** Whether the announcement is open today (Beijing time). */
  announcementOpen: Scalars['Boolean']['output'];
  /** First day of the batch's announcement (公示), the day it was sent to the bank (Beijing time); null before it is sent. */
  announcementStart?: Maybe<Scalars['Date']['output']>;
  batchNumber: Scalars['String']['output'];
  /** The county (6 digits) that disburses the batch. */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** Responsible department, as the finance enum name (CIVIL_AFFAIRS, ...). */
  department?: Maybe<Scalars['String']['output']>;
  /** `YYYYMM`. */
  period?: Maybe<Scalars['String']['output']>;
  programmeCode: Scalars['String']['output'];
  programmeName?: Maybe<Scalars['String']['output']>;
  sentToBankAt?: Maybe<Scalars['DateTime']['output']>;
  /** DRAFTED, APPROVED, SENT_TO_BANK, PAID, PARTLY_FAILED or UNRECOGNISED. */
  status: Scalars['String']['output'];
  /** Lines, persons and exact total of the batch; null when it pays fewer than 5 persons. */
  totals?: Maybe<AnnouncementTotals>;
  /** Why `totals` is null: `FEWER_THAN_5_PERSONS`; null when they are shown. */
  totalsWithheld?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * 发放公示: the lines of published programmes for one batch (`batchNumber`), or for the persons
   * registered in one township (9-digit `division`) or village (12-digit `division`) in one `period`
   * (YYYYMM), optionally of one programme. Names and ID numbers are masked. `search` keeps lines whose
   * payee's name contains it. A page at a time: `first` 1 to 100, the previous page's `endCursor` as
   * `after`. Totals cover every matching line and are withheld under 5 persons.
   */
  announcement: Announcement;
  /**
   * The townships and villages of one county (6 digits) whose registered residents were paid under a
   * published programme in `period` (YYYYMM), with names taken from the register's addresses.
   */
  announcementDivisions: Array<AnnouncedDivision>;
  /** A complaint's progress by its tracking number; null when there is no such complaint. */
  complaint?: Maybe<ComplaintStatus>;
  /**
   * For department staff: one complaint routed to their department, with every step taken on it;
   * null when there is no such complaint. Another department's complaint is FORBIDDEN with
   * `extensions.reason` ANOTHER_DEPARTMENT.
   */
  departmentComplaint?: Maybe<DepartmentComplaint>;
  /**
   * For department staff: the complaints routed to their department. Open complaints past their
   * deadline come first (oldest first), then the other open ones by deadline, then the closed ones.
   * `status` keeps one status; `overdueOnly` only open complaints past their deadline; `first` 1 to
   * 500. Any other role is FORBIDDEN with `extensions.reason` NOT_DEPARTMENT_STAFF.
   */
  departmentComplaints: Array<DepartmentComplaint>;
  /**
   * 个人查询: a person's own payment lines under published programmes, by period then line id.
   * The name must be the one the register or the payment lines hold for the ID number; when it is
   * not, or when no one has that ID number, the answer is the same empty list, so the answer never
   * tells whether an ID number exists. A malformed ID number is BAD_USER_INPUT naming `idNumber`; too
   * many attempts for one ID number are RATE_LIMITED, whoever makes them.
   */
  myPayments: Array<OwnPayment>;
  /**
   * 政策清单 additions, one per published programme: who qualifies (its eligibility condition in
   * words) and when it was published: the first day its first batch was announced, and the window of
   * its latest announced batch.
   */
  policyPublications: Array<PolicyPublication>;
  /**
   * 发放公示 index: the batches of published programmes, by programme, period and batch number;
   * `programmeCode` keeps one programme, `period` (YYYYMM) one period, `batchNumber` one batch.
   * Totals count the batch's persons (distinct ID numbers) and are withheld (null, `totalsWithheld`
   * saying why) when they cover fewer than 5 persons.
   */
  publishedBatches: Array<PublishedBatch>;
};


export type QueryAnnouncementArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  batchNumber?: InputMaybe<Scalars['String']['input']>;
  division?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  programmeCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAnnouncementDivisionsArgs = {
  countyCode: Scalars['String']['input'];
  period: Scalars['String']['input'];
};


export type QueryComplaintArgs = {
  trackingNumber: Scalars['String']['input'];
};


export type QueryDepartmentComplaintArgs = {
  trackingNumber: Scalars['String']['input'];
};


export type QueryDepartmentComplaintsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMyPaymentsArgs = {
  idNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type QueryPublishedBatchesArgs = {
  batchNumber?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  programmeCode?: InputMaybe<Scalars['String']['input']>;
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
  AnnouncedDivision: ResolverTypeWrapper<AnnouncedDivision>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnnouncedLine: ResolverTypeWrapper<AnnouncedLine>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Announcement: ResolverTypeWrapper<Announcement>;
  AnnouncementTotals: ResolverTypeWrapper<AnnouncementTotals>;
  ComplaintInput: ComplaintInput;
  ComplaintReceipt: ResolverTypeWrapper<ComplaintReceipt>;
  ComplaintStatus: ResolverTypeWrapper<ComplaintStatus>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ComplaintStep: ResolverTypeWrapper<ComplaintStep>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DepartmentComplaint: ResolverTypeWrapper<DepartmentComplaintView>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OwnPayment: ResolverTypeWrapper<OwnPayment>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PolicyPublication: ResolverTypeWrapper<PolicyPublication>;
  PublishedBatch: ResolverTypeWrapper<PublishedBatch>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnnouncedDivision: AnnouncedDivision;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AnnouncedLine: AnnouncedLine;
  ID: Scalars['ID']['output'];
  Announcement: Announcement;
  AnnouncementTotals: AnnouncementTotals;
  ComplaintInput: ComplaintInput;
  ComplaintReceipt: ComplaintReceipt;
  ComplaintStatus: ComplaintStatus;
  Boolean: Scalars['Boolean']['output'];
  ComplaintStep: ComplaintStep;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DepartmentComplaint: DepartmentComplaintView;
  Mutation: Record<PropertyKey, never>;
  OwnPayment: OwnPayment;
  PageInfo: PageInfo;
  PolicyPublication: PolicyPublication;
  PublishedBatch: PublishedBatch;
  Query: Record<PropertyKey, never>;
}>;

export type AnnouncedDivisionResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['AnnouncedDivision'] = ResolversParentTypes['AnnouncedDivision']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lineCountWithheld?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  townshipCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AnnouncedLineResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['AnnouncedLine'] = ResolversParentTypes['AnnouncedLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  batchNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  village?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AnnouncementResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['Announcement'] = ResolversParentTypes['Announcement']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['AnnouncedLine']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totals?: Resolver<Maybe<ResolversTypes['AnnouncementTotals']>, ParentType, ContextType>;
  totalsWithheld?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AnnouncementTotalsResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['AnnouncementTotals'] = ResolversParentTypes['AnnouncementTotals']> = ResolversObject<{
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  personCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type ComplaintReceiptResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['ComplaintReceipt'] = ResolversParentTypes['ComplaintReceipt']> = ResolversObject<{
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trackingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ComplaintStatusResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['ComplaintStatus'] = ResolversParentTypes['ComplaintStatus']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  programmeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trackingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ComplaintStepResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['ComplaintStep'] = ResolversParentTypes['ComplaintStep']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byDepartment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byUser?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toDepartment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type DepartmentComplaintResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['DepartmentComplaint'] = ResolversParentTypes['DepartmentComplaint']> = ResolversObject<{
  batchNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programmeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ComplaintStep']>, ParentType, ContextType>;
  subjectIdNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trackingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  closeComplaint?: Resolver<ResolversTypes['DepartmentComplaint'], ParentType, ContextType, RequireFields<MutationCloseComplaintArgs, 'trackingNumber'>>;
  replyToComplaint?: Resolver<ResolversTypes['DepartmentComplaint'], ParentType, ContextType, RequireFields<MutationReplyToComplaintArgs, 'reply' | 'trackingNumber'>>;
  submitComplaint?: Resolver<ResolversTypes['ComplaintReceipt'], ParentType, ContextType, RequireFields<MutationSubmitComplaintArgs, 'input'>>;
  transferComplaint?: Resolver<ResolversTypes['DepartmentComplaint'], ParentType, ContextType, RequireFields<MutationTransferComplaintArgs, 'department' | 'note' | 'trackingNumber'>>;
}>;

export type OwnPaymentResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['OwnPayment'] = ResolversParentTypes['OwnPayment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  batchNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PolicyPublicationResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['PolicyPublication'] = ResolversParentTypes['PolicyPublication']> = ResolversObject<{
  announcementOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eligibilityCondition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latestAnnouncementEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latestAnnouncementStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latestBatchNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  qualifies?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PublishedBatchResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['PublishedBatch'] = ResolversParentTypes['PublishedBatch']> = ResolversObject<{
  announcementEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  announcementOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  announcementStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  batchNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programmeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentToBankAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totals?: Resolver<Maybe<ResolversTypes['AnnouncementTotals']>, ParentType, ContextType>;
  totalsWithheld?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = DisclosureContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  announcement?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType, RequireFields<QueryAnnouncementArgs, 'first'>>;
  announcementDivisions?: Resolver<Array<ResolversTypes['AnnouncedDivision']>, ParentType, ContextType, RequireFields<QueryAnnouncementDivisionsArgs, 'countyCode' | 'period'>>;
  complaint?: Resolver<Maybe<ResolversTypes['ComplaintStatus']>, ParentType, ContextType, RequireFields<QueryComplaintArgs, 'trackingNumber'>>;
  departmentComplaint?: Resolver<Maybe<ResolversTypes['DepartmentComplaint']>, ParentType, ContextType, RequireFields<QueryDepartmentComplaintArgs, 'trackingNumber'>>;
  departmentComplaints?: Resolver<Array<ResolversTypes['DepartmentComplaint']>, ParentType, ContextType, RequireFields<QueryDepartmentComplaintsArgs, 'first' | 'overdueOnly'>>;
  myPayments?: Resolver<Array<ResolversTypes['OwnPayment']>, ParentType, ContextType, RequireFields<QueryMyPaymentsArgs, 'idNumber' | 'name'>>;
  policyPublications?: Resolver<Array<ResolversTypes['PolicyPublication']>, ParentType, ContextType>;
  publishedBatches?: Resolver<Array<ResolversTypes['PublishedBatch']>, ParentType, ContextType, Partial<QueryPublishedBatchesArgs>>;
}>;

export type Resolvers<ContextType = DisclosureContext> = ResolversObject<{
  AnnouncedDivision?: AnnouncedDivisionResolvers<ContextType>;
  AnnouncedLine?: AnnouncedLineResolvers<ContextType>;
  Announcement?: AnnouncementResolvers<ContextType>;
  AnnouncementTotals?: AnnouncementTotalsResolvers<ContextType>;
  ComplaintReceipt?: ComplaintReceiptResolvers<ContextType>;
  ComplaintStatus?: ComplaintStatusResolvers<ContextType>;
  ComplaintStep?: ComplaintStepResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DepartmentComplaint?: DepartmentComplaintResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OwnPayment?: OwnPaymentResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PolicyPublication?: PolicyPublicationResolvers<ContextType>;
  PublishedBatch?: PublishedBatchResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

