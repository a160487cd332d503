import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A list of booleans as one value: a column of thousands of entries, checked in one pass. */
  BooleanList: { input: readonly boolean[]; output: readonly boolean[]; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 in UTC. */
  DateTime: { input: string; output: string; }
  /** An exact amount in yuan with two decimals, as text: "1234.50". */
  Decimal: { input: string; output: string; }
  /** A list of strings or nulls as one value: a column of thousands of entries, checked in one pass. */
  NullableStringList: { input: readonly (string | null)[]; output: readonly (string | null)[]; }
  /** A list of strings as one value: a column of thousands of entries, checked in one pass. */
  StringList: { input: readonly string[]; output: readonly string[]; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
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

/**
 * Payment accounts to screen, one list per field, every list one entry per subject (subject i is
 * `keys[i]`, `idNumbers[i]`, `accountNumbers[i]`).
 */
export type CardAccountSubjects = {
  /** Each account paid into. */
  accountNumbers: Scalars['StringList']['input'];
  /** Each payee's ID number. */
  idNumbers: Scalars['StringList']['input'];
  /** The caller's opaque key of each subject, returned with its hits. */
  keys: Scalars['StringList']['input'];
};

export type CardStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'NOT_ACTIVATED'
  | 'REPORTED_LOST'
  /** A status code the hub does not know; see statusCode. */
  | 'UNRECOGNISED';

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

export type CrosscheckRunStatus =
  /** Every applicable rule was checked on every line. */
  | 'COMPLETED'
  /** The run ended, but some lines could not be checked by some department: see `notChecked`. */
  | 'COMPLETED_WITH_GAPS'
  /** The run stopped before its end (see `error`); what it found so far is kept and a rerun continues it. */
  | 'FAILED'
  | 'RUNNING';

export type CrosscheckScopeKind =
  | 'BATCH'
  /** Several batches named one by one. */
  | 'BATCHES'
  /** Every batch of a period, of every programme (in the starting analyst's regions). */
  | 'PERIOD'
  | 'PROGRAMME';

export type DibaoCategory =
  /** 农村低保: rural */
  | 'RURAL'
  /** A category code the hub does not know; see categoryCode. */
  | 'UNRECOGNISED'
  /** 城市低保: urban */
  | 'URBAN';

export type DisabilityCategory =
  /** 听力残疾 */
  | 'HEARING'
  /** 智力残疾 */
  | 'INTELLECTUAL'
  /** 精神残疾 */
  | 'MENTAL'
  /** 多重残疾 */
  | 'MULTIPLE'
  /** 肢体残疾 */
  | 'PHYSICAL'
  /** 言语残疾 */
  | 'SPEECH'
  /** A category code the hub does not know; see categoryCode. */
  | 'UNRECOGNISED'
  /** 视力残疾 */
  | 'VISUAL';

/**
 * Persons to screen for disability, one list per field, every list one entry per subject (subject i
 * is `keys[i]`, `idNumbers[i]`, `dates[i]`, `requireSevere[i]`).
 */
export type DisabilityScreeningSubjects = {
  /** Each subject's date (YYYY-MM-DD). */
  dates: Scalars['StringList']['input'];
  /** Each subject's ID number (normalised by the hub). */
  idNumbers: Scalars['StringList']['input'];
  /** The caller's opaque key of each subject, returned with its hits. */
  keys: Scalars['StringList']['input'];
  /** Whether each subject's programme requires a severe (level 1 or 2) disability. */
  requireSevere: Scalars['BooleanList']['input'];
};

export type EmployerType =
  | 'ENTERPRISE'
  | 'GOVERNMENT_ORGAN'
  | 'OTHER'
  | 'PUBLIC_INSTITUTION'
  /** An employer type code the hub does not know; see employerTypeCode. */
  | 'UNRECOGNISED';

/** What the responsible department did about a finding. */
export type FindingActionKind =
  /** 已更正: the record was corrected. */
  | 'CORRECTED'
  /** 停发: payments stop from a period on. */
  | 'STOP'
  /** 核实无误: checked, and the payment is right. */
  | 'VERIFIED';

/** Where a finding stands with its department: its latest action, or OPEN while there is none. */
export type FollowUpStatus =
  | 'CORRECTED'
  | 'OPEN'
  | 'STOPPED'
  | 'VERIFIED';

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

export type HouseholdRelation =
  /** 子女: child */
  | 'CHILD'
  /** 其他: other */
  | 'OTHER'
  /** 父母: parent */
  | 'PARENT'
  /** 本人: the head */
  | 'SELF'
  /** 配偶: spouse */
  | 'SPOUSE'
  /** A relation code the hub does not know; see relationCode. */
  | 'UNRECOGNISED';

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

/** A set of persons whose lines are totalled together: the caller's key and their ID numbers. */
export type PersonGroup = {
  idNumbers: Array<Scalars['String']['input']>;
  key: Scalars['String']['input'];
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

/**
 * Payees to screen against the register, one list per field, every list one entry per subject
 * (subject i is `keys[i]`, `idNumbers[i]`, ...): lists of plain values cost the gateway and the
 * subgraph far less than thousands of input objects.
 */
export type RegisterScreeningSubjects = {
  /** Whether each subject's programme requires an age of 80. */
  checkAge80: Scalars['BooleanList']['input'];
  /** Each subject's disbursing county (6 digits). */
  countyCodes: Scalars['StringList']['input'];
  /** Each subject's date (YYYY-MM-DD). */
  dates: Scalars['StringList']['input'];
  /** Each subject's ID number (normalised by the hub). */
  idNumbers: Scalars['StringList']['input'];
  /** The caller's opaque key of each subject, returned with its hits. */
  keys: Scalars['StringList']['input'];
  /** Each subject's name as paid; null: do not compare names. */
  names: Scalars['NullableStringList']['input'];
};

export type RegistrationStatus =
  /** Registration cancelled: emigrated, duplicate registration, ... */
  | 'CANCELLED'
  | 'DECEASED'
  | 'NORMAL'
  /** A status code the hub does not know; see statusCode. */
  | 'UNRECOGNISED';

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

export type ReviewDecision =
  | 'CONFIRMED'
  | 'DISMISSED';

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

/**
 * Persons to screen at a date, one list per field, every list one entry per subject (subject i is
 * `keys[i]`, `idNumbers[i]`, `dates[i]`): lists of plain values cost the gateway and the subgraph far
 * less than thousands of input objects.
 */
export type ScreeningSubjects = {
  /** Each subject's date (YYYY-MM-DD). */
  dates: Scalars['StringList']['input'];
  /** Each subject's ID number (normalised by the hub). */
  idNumbers: Scalars['StringList']['input'];
  /** The caller's opaque key of each subject, returned with its hits. */
  keys: Scalars['StringList']['input'];
};

export type SentenceType =
  /** 拘役: criminal detention, custodial */
  | 'CRIMINAL_DETENTION'
  /** 死刑缓期执行: death with reprieve, custodial */
  | 'DEATH_WITH_REPRIEVE'
  /** 有期徒刑: fixed-term imprisonment, custodial */
  | 'FIXED_TERM_IMPRISONMENT'
  /** 无期徒刑: life imprisonment, custodial */
  | 'LIFE_IMPRISONMENT'
  /** 管制: public surveillance, served in the community */
  | 'PUBLIC_SURVEILLANCE'
  /** 缓刑: probation, served in the community */
  | 'SUSPENDED_SENTENCE'
  /** A type code the hub does not know; see typeCode. Never counted as custodial. */
  | 'UNRECOGNISED';

export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'UNKNOWN';

export type SupportForm =
  /** 分散供养: supported at home */
  | 'AT_HOME'
  /** 集中供养: institutional care */
  | 'INSTITUTIONAL'
  /** A form code the hub does not know; see formCode. */
  | 'UNRECOGNISED';

export type WriteOffDecision =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type Join__Graph =
  | 'CIVIL_AFFAIRS'
  | 'CROSSCHECK'
  | 'DISABILITY'
  | 'DISBURSEMENT'
  | 'DISCLOSURE'
  | 'FINANCE'
  | 'HR'
  | 'JUSTICE'
  | 'PUBLIC_SECURITY';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type CrosscheckBatchDutiesQueryVariables = Exact<{
  period: Scalars['String']['input'];
}>;


export type CrosscheckBatchDutiesQuery = { __typename?: 'Query', programmes: Array<{ __typename?: 'Programme', batches: Array<{ __typename?: 'Batch', batchNumber: string, period?: string | null, status: BatchStatus, enteredBy?: string | null, approvedBy?: string | null, approvedAt?: string | null, sentToBankAt?: string | null, unrecordedFields: Array<string> }> }> };

export type CrosscheckBatchFieldsFragment = { __typename?: 'Batch', batchNumber: string, period?: string | null, countyCode?: string | null, lineCount: number, programme?: { __typename?: 'Programme', code: string, eligibilityCondition?: string | null } | null };

export type CrosscheckBatchQueryVariables = Exact<{
  batchNumber: Scalars['String']['input'];
}>;


export type CrosscheckBatchQuery = { __typename?: 'Query', batch?: { __typename?: 'Batch', batchNumber: string, period?: string | null, countyCode?: string | null, lineCount: number, programme?: { __typename?: 'Programme', code: string, eligibilityCondition?: string | null } | null } | null };

export type CrosscheckBatchesQueryVariables = Exact<{
  programmeCode: Scalars['String']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type CrosscheckBatchesQuery = { __typename?: 'Query', batches: Array<{ __typename?: 'Batch', batchNumber: string, period?: string | null, countyCode?: string | null, lineCount: number, programme?: { __typename?: 'Programme', code: string, eligibilityCondition?: string | null } | null }> };

export type FollowUpBatchQueryVariables = Exact<{
  batchNumber: Scalars['String']['input'];
}>;


export type FollowUpBatchQuery = { __typename?: 'Query', batch?: { __typename?: 'Batch', batchNumber: string, period?: string | null, countyCode?: string | null, programme?: { __typename?: 'Programme', code: string, name?: string | null, department: ResponsibleDepartment, departmentCode?: string | null, standardAmount?: string | null } | null } | null };

export type FollowUpLinesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type FollowUpLinesQuery = { __typename?: 'Query', followUpLines: Array<{ __typename?: 'PaymentLine', id: string, idNumber: string, name?: string | null, status: PaymentLineStatus, amount: string } | null> };

export type FollowUpProgrammesQueryVariables = Exact<{
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type FollowUpProgrammesQuery = { __typename?: 'Query', programmes: Array<{ __typename?: 'Programme', code: string, name?: string | null, department: ResponsibleDepartment, departmentCode?: string | null, standardAmount?: string | null, batches: Array<{ __typename?: 'Batch', batchNumber: string, period?: string | null, countyCode?: string | null }> }> };

export type CrosscheckLineChunksQueryVariables = Exact<{
  batchNumbers: Array<Scalars['String']['input']> | Scalars['String']['input'];
  every: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  through?: InputMaybe<Scalars['String']['input']>;
}>;


export type CrosscheckLineChunksQuery = { __typename?: 'Query', chunks: { __typename?: 'CheckLineChunks', chunkEnds: readonly string[], lines: number, lastId?: string | null } };

export type CrosscheckLinesQueryVariables = Exact<{
  batchNumbers: Array<Scalars['String']['input']> | Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  through?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  withPaymentLineHits?: Scalars['Boolean']['input'];
}>;


export type CrosscheckLinesQuery = { __typename?: 'Query', page: { __typename?: 'CheckLineColumnPage', batches: Array<{ __typename?: 'BatchLineColumns', batchNumber: string, programmeCode?: string | null, period?: string | null, countyCode?: string | null, eligibilityCondition?: string | null, ids: readonly string[], idNumbers: readonly string[], names: readonly (string | null)[], accountNumbers: readonly (string | null)[], amounts: Array<string>, statuses: Array<PaymentLineStatus> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, paymentLineHits?: { __typename?: 'ScreeningHits', keys: Array<string>, rules: Array<string>, evidence: Array<string> } | null } };

export type CrosscheckPeriodBatchesQueryVariables = Exact<{
  period: Scalars['String']['input'];
}>;


export type CrosscheckPeriodBatchesQuery = { __typename?: 'Query', programmes: Array<{ __typename?: 'Programme', code: string, batches: Array<{ __typename?: 'Batch', batchNumber: string, period?: string | null, countyCode?: string | null, lineCount: number, programme?: { __typename?: 'Programme', code: string, eligibilityCondition?: string | null } | null }> }> };

export type CrosscheckProgrammeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type CrosscheckProgrammeQuery = { __typename?: 'Query', programme?: { __typename?: 'Programme', code: string, name?: string | null, eligibilityCondition?: string | null } | null };

export type CrosscheckScreenCardAccountsQueryVariables = Exact<{
  subjects: CardAccountSubjects;
}>;


export type CrosscheckScreenCardAccountsQuery = { __typename?: 'Query', hits: { __typename?: 'ScreeningHits', keys: Array<string>, rules: Array<string>, evidence: Array<string> } };

export type CrosscheckScreenCustodyQueryVariables = Exact<{
  subjects: ScreeningSubjects;
}>;


export type CrosscheckScreenCustodyQuery = { __typename?: 'Query', hits: { __typename?: 'ScreeningHits', keys: Array<string>, rules: Array<string>, evidence: Array<string> } };

export type CrosscheckScreenDibaoQueryVariables = Exact<{
  subjects: ScreeningSubjects;
}>;


export type CrosscheckScreenDibaoQuery = { __typename?: 'Query', hits: { __typename?: 'ScreeningHits', keys: Array<string>, rules: Array<string>, evidence: Array<string> } };

export type CrosscheckScreenDisabilityQueryVariables = Exact<{
  subjects: DisabilityScreeningSubjects;
}>;


export type CrosscheckScreenDisabilityQuery = { __typename?: 'Query', hits: { __typename?: 'ScreeningHits', keys: Array<string>, rules: Array<string>, evidence: Array<string> } };

export type CrosscheckScreenExtremePovertyQueryVariables = Exact<{
  subjects: ScreeningSubjects;
}>;


export type CrosscheckScreenExtremePovertyQuery = { __typename?: 'Query', hits: { __typename?: 'ScreeningHits', keys: Array<string>, rules: Array<string>, evidence: Array<string> } };

export type CrosscheckScreenPaymentLinesQueryVariables = Exact<{
  lineIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type CrosscheckScreenPaymentLinesQuery = { __typename?: 'Query', hits: { __typename?: 'ScreeningHits', keys: Array<string>, rules: Array<string>, evidence: Array<string> } };

export type CrosscheckScreenPublicEmploymentQueryVariables = Exact<{
  subjects: ScreeningSubjects;
}>;


export type CrosscheckScreenPublicEmploymentQuery = { __typename?: 'Query', hits: { __typename?: 'ScreeningHits', keys: Array<string>, rules: Array<string>, evidence: Array<string> } };

export type CrosscheckScreenRegisterQueryVariables = Exact<{
  subjects: RegisterScreeningSubjects;
}>;


export type CrosscheckScreenRegisterQuery = { __typename?: 'Query', hits: { __typename?: 'RegisterScreeningHits', keys: Array<string>, rules: Array<string>, evidence: Array<string>, divisionCodes: readonly (string | null)[] } };

export type CrosscheckVillagesQueryVariables = Exact<{
  idNumbers: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type CrosscheckVillagesQuery = { __typename?: 'Query', persons: Array<{ __typename?: 'Person', idNumber: string, registration?: { __typename?: 'Registration', divisionCode?: string | null } | null } | null> };

export type CrosscheckWorkerCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type CrosscheckWorkerCheckQuery = { __typename?: 'Query', programmes: Array<{ __typename?: 'Programme', code: string }> };

export const CrosscheckBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrosscheckBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityCondition"}}]}}]}}]} as unknown as DocumentNode<CrosscheckBatchFieldsFragment, unknown>;
export const CrosscheckBatchDutiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckBatchDuties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentToBankAt"}},{"kind":"Field","name":{"kind":"Name","value":"unrecordedFields"}}]}}]}}]}}]} as unknown as DocumentNode<CrosscheckBatchDutiesQuery, CrosscheckBatchDutiesQueryVariables>;
export const CrosscheckBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrosscheckBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrosscheckBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityCondition"}}]}}]}}]} as unknown as DocumentNode<CrosscheckBatchQuery, CrosscheckBatchQueryVariables>;
export const CrosscheckBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrosscheckBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrosscheckBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityCondition"}}]}}]}}]} as unknown as DocumentNode<CrosscheckBatchesQuery, CrosscheckBatchesQueryVariables>;
export const FollowUpBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"standardAmount"}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpBatchQuery, FollowUpBatchQueryVariables>;
export const FollowUpLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<FollowUpLinesQuery, FollowUpLinesQueryVariables>;
export const FollowUpProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpProgrammes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"standardAmount"}},{"kind":"Field","name":{"kind":"Name","value":"batches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpProgrammesQuery, FollowUpProgrammesQueryVariables>;
export const CrosscheckLineChunksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckLineChunks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"every"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"through"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"chunks"},"name":{"kind":"Name","value":"checkLineChunks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchNumbers"}}},{"kind":"Argument","name":{"kind":"Name","value":"every"},"value":{"kind":"Variable","name":{"kind":"Name","value":"every"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"through"},"value":{"kind":"Variable","name":{"kind":"Name","value":"through"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chunkEnds"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"lastId"}}]}}]}}]} as unknown as DocumentNode<CrosscheckLineChunksQuery, CrosscheckLineChunksQueryVariables>;
export const CrosscheckLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"through"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPaymentLineHits"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"checkLineColumns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchNumbers"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"through"},"value":{"kind":"Variable","name":{"kind":"Name","value":"through"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityCondition"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"idNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"amounts"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentLineHits"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPaymentLineHits"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]}}]} as unknown as DocumentNode<CrosscheckLinesQuery, CrosscheckLinesQueryVariables>;
export const CrosscheckPeriodBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckPeriodBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"batches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrosscheckBatchFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrosscheckBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityCondition"}}]}}]}}]} as unknown as DocumentNode<CrosscheckPeriodBatchesQuery, CrosscheckPeriodBatchesQueryVariables>;
export const CrosscheckProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityCondition"}}]}}]}}]} as unknown as DocumentNode<CrosscheckProgrammeQuery, CrosscheckProgrammeQueryVariables>;
export const CrosscheckScreenCardAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckScreenCardAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardAccountSubjects"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"hits"},"name":{"kind":"Name","value":"screenCardAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjects"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]} as unknown as DocumentNode<CrosscheckScreenCardAccountsQuery, CrosscheckScreenCardAccountsQueryVariables>;
export const CrosscheckScreenCustodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckScreenCustody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningSubjects"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"hits"},"name":{"kind":"Name","value":"screenCustody"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjects"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]} as unknown as DocumentNode<CrosscheckScreenCustodyQuery, CrosscheckScreenCustodyQueryVariables>;
export const CrosscheckScreenDibaoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckScreenDibao"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningSubjects"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"hits"},"name":{"kind":"Name","value":"screenDibao"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjects"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]} as unknown as DocumentNode<CrosscheckScreenDibaoQuery, CrosscheckScreenDibaoQueryVariables>;
export const CrosscheckScreenDisabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckScreenDisability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisabilityScreeningSubjects"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"hits"},"name":{"kind":"Name","value":"screenDisability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjects"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]} as unknown as DocumentNode<CrosscheckScreenDisabilityQuery, CrosscheckScreenDisabilityQueryVariables>;
export const CrosscheckScreenExtremePovertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckScreenExtremePoverty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningSubjects"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"hits"},"name":{"kind":"Name","value":"screenExtremePoverty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjects"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]} as unknown as DocumentNode<CrosscheckScreenExtremePovertyQuery, CrosscheckScreenExtremePovertyQueryVariables>;
export const CrosscheckScreenPaymentLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckScreenPaymentLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"hits"},"name":{"kind":"Name","value":"screenPaymentLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lineIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]} as unknown as DocumentNode<CrosscheckScreenPaymentLinesQuery, CrosscheckScreenPaymentLinesQueryVariables>;
export const CrosscheckScreenPublicEmploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckScreenPublicEmployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreeningSubjects"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"hits"},"name":{"kind":"Name","value":"screenPublicEmployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjects"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]} as unknown as DocumentNode<CrosscheckScreenPublicEmploymentQuery, CrosscheckScreenPublicEmploymentQueryVariables>;
export const CrosscheckScreenRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckScreenRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterScreeningSubjects"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"hits"},"name":{"kind":"Name","value":"screenRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjects"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjects"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCodes"}}]}}]}}]} as unknown as DocumentNode<CrosscheckScreenRegisterQuery, CrosscheckScreenRegisterQueryVariables>;
export const CrosscheckVillagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckVillages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumbers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}}]}}]}}]}}]} as unknown as DocumentNode<CrosscheckVillagesQuery, CrosscheckVillagesQueryVariables>;
export const CrosscheckWorkerCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrosscheckWorkerCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CrosscheckWorkerCheckQuery, CrosscheckWorkerCheckQueryVariables>;