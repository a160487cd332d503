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

export type DisbursementCertificatesQueryVariables = Exact<{
  date: Scalars['Date']['input'];
  severe: Scalars['Boolean']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DisbursementCertificatesQuery = { __typename?: 'Query', page: { __typename?: 'PersonIdPage', idNumbers: Array<string>, endCursor?: string | null, hasNextPage: boolean } };

export type DisbursementDibaoQueryVariables = Exact<{
  date: Scalars['Date']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DisbursementDibaoQuery = { __typename?: 'Query', page: { __typename?: 'PersonIdPage', idNumbers: Array<string>, endCursor?: string | null, hasNextPage: boolean } };

export type DisbursementDivisionQueryVariables = Exact<{
  prefix: Scalars['String']['input'];
  born?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DisbursementDivisionQuery = { __typename?: 'Query', page: { __typename?: 'PersonIdPage', idNumbers: Array<string>, endCursor?: string | null, hasNextPage: boolean } };

export type DisbursementLatePageQueryVariables = Exact<{
  filter?: InputMaybe<PaymentLineFilter>;
  hours?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DisbursementLatePageQuery = { __typename?: 'Query', lines: { __typename?: 'PaymentLineSearchConnection', edges: Array<{ __typename?: 'PaymentLineSearchEdge', cursor: string, note?: string | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type DisbursementLateTotalsQueryVariables = Exact<{
  filter?: InputMaybe<PaymentLineFilter>;
  hours?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DisbursementLateTotalsQuery = { __typename?: 'Query', lines: { __typename?: 'PaymentLineSearchConnection', totals: { __typename?: 'PaymentTotals', lineCount: number, personCount: number, totalAmount: string } } };

export type DisbursementLineEdgesFragment = { __typename?: 'PaymentLineSearchConnection', edges: Array<{ __typename?: 'PaymentLineSearchEdge', cursor: string, note?: string | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } };

export type DisbursementLineTotalsFragment = { __typename?: 'PaymentLineSearchConnection', totals: { __typename?: 'PaymentTotals', lineCount: number, personCount: number, totalAmount: string } };

export type DisbursementPaidQueryVariables = Exact<{
  filter?: InputMaybe<PaymentLineFilter>;
}>;


export type DisbursementPaidQuery = { __typename?: 'Query', paymentIdNumbers: Array<string> };

export type DisbursementProgrammeQueryVariables = Exact<{
  code: Scalars['String']['input'];
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type DisbursementProgrammeQuery = { __typename?: 'Query', programme?: { __typename?: 'Programme', code: string, eligibilityCondition?: string | null, batches: Array<{ __typename?: 'Batch', countyCode?: string | null }> } | null };

export type DisbursementDivisionsQueryVariables = Exact<{
  ids: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type DisbursementDivisionsQuery = { __typename?: 'Query', persons: Array<{ __typename?: 'Person', idNumber: string, registration?: { __typename?: 'Registration', divisionCode?: string | null } | null } | null> };

export type DisbursementRegistrationsQueryVariables = Exact<{
  ids: Array<Scalars['String']['input']> | Scalars['String']['input'];
  date: Scalars['Date']['input'];
}>;


export type DisbursementRegistrationsQuery = { __typename?: 'Query', persons: Array<{ __typename?: 'Person', idNumber: string, registeredAt?: boolean | null, registration?: { __typename?: 'Registration', divisionCode?: string | null } | null } | null> };

export type DisbursementRollupQueryVariables = Exact<{
  filter?: InputMaybe<PaymentLineFilter>;
  groupBy: Array<PaymentRollupDimension> | PaymentRollupDimension;
  groups?: InputMaybe<Array<PersonGroup> | PersonGroup>;
}>;


export type DisbursementRollupQuery = { __typename?: 'Query', paymentRollup: Array<{ __typename?: 'PaymentRollupRow', programmeCode?: string | null, period?: string | null, fundingLevel?: FundingLevel | null, fundingLevelCode?: string | null, department?: ResponsibleDepartment | null, departmentCode?: string | null, countyCode?: string | null, status?: PaymentLineStatus | null, personGroup?: string | null, lineCount: number, personCount: number, totalAmount: string }> };

export type DisbursementSearchPageQueryVariables = Exact<{
  filter?: InputMaybe<PaymentLineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DisbursementSearchPageQuery = { __typename?: 'Query', lines: { __typename?: 'PaymentLineSearchConnection', edges: Array<{ __typename?: 'PaymentLineSearchEdge', cursor: string, note?: string | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type DisbursementSearchTotalsQueryVariables = Exact<{
  filter?: InputMaybe<PaymentLineFilter>;
}>;


export type DisbursementSearchTotalsQuery = { __typename?: 'Query', lines: { __typename?: 'PaymentLineSearchConnection', totals: { __typename?: 'PaymentTotals', lineCount: number, personCount: number, totalAmount: string } } };

export type DisbursementSupportedQueryVariables = Exact<{
  date: Scalars['Date']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DisbursementSupportedQuery = { __typename?: 'Query', page: { __typename?: 'PersonIdPage', idNumbers: Array<string>, endCursor?: string | null, hasNextPage: boolean } };

export type DisbursementUnpaidPageQueryVariables = Exact<{
  filter?: InputMaybe<PaymentLineFilter>;
  withinDays: Scalars['Int']['input'];
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DisbursementUnpaidPageQuery = { __typename?: 'Query', lines: { __typename?: 'PaymentLineSearchConnection', edges: Array<{ __typename?: 'PaymentLineSearchEdge', cursor: string, note?: string | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type DisbursementUnpaidTotalsQueryVariables = Exact<{
  filter?: InputMaybe<PaymentLineFilter>;
  withinDays: Scalars['Int']['input'];
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type DisbursementUnpaidTotalsQuery = { __typename?: 'Query', lines: { __typename?: 'PaymentLineSearchConnection', totals: { __typename?: 'PaymentTotals', lineCount: number, personCount: number, totalAmount: string } } };

export const DisbursementLineEdgesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementLineEdges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineSearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<DisbursementLineEdgesFragment, unknown>;
export const DisbursementLineTotalsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementLineTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineSearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}}]}}]}}]} as unknown as DocumentNode<DisbursementLineTotalsFragment, unknown>;
export const DisbursementCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementCertificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"severe"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"personsWithValidCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"severeOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"severe"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<DisbursementCertificatesQuery, DisbursementCertificatesQueryVariables>;
export const DisbursementDibaoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementDibao"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"dibaoMembersActiveAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<DisbursementDibaoQuery, DisbursementDibaoQueryVariables>;
export const DisbursementDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"born"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"personsInDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"bornOnOrBefore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"born"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<DisbursementDivisionQuery, DisbursementDivisionQueryVariables>;
export const DisbursementLatePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementLatePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"lines"},"name":{"kind":"Name","value":"lateCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hours"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisbursementLineEdges"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementLineEdges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineSearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<DisbursementLatePageQuery, DisbursementLatePageQueryVariables>;
export const DisbursementLateTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementLateTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"lines"},"name":{"kind":"Name","value":"lateCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hours"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisbursementLineTotals"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementLineTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineSearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}}]}}]}}]} as unknown as DocumentNode<DisbursementLateTotalsQuery, DisbursementLateTotalsQueryVariables>;
export const DisbursementPaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementPaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentIdNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<DisbursementPaidQuery, DisbursementPaidQueryVariables>;
export const DisbursementProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityCondition"}},{"kind":"Field","name":{"kind":"Name","value":"batches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyCode"}}]}}]}}]}}]} as unknown as DocumentNode<DisbursementProgrammeQuery, DisbursementProgrammeQueryVariables>;
export const DisbursementDivisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementDivisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}}]}}]}}]}}]} as unknown as DocumentNode<DisbursementDivisionsQuery, DisbursementDivisionsQueryVariables>;
export const DisbursementRegistrationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementRegistrations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}]}}]}}]} as unknown as DocumentNode<DisbursementRegistrationsQuery, DisbursementRegistrationsQueryVariables>;
export const DisbursementRollupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementRollup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRollupDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groups"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonGroup"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentRollup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"personGroups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groups"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"fundingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"fundingLevelCode"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"personGroup"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}}]}}]}}]} as unknown as DocumentNode<DisbursementRollupQuery, DisbursementRollupQueryVariables>;
export const DisbursementSearchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementSearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"lines"},"name":{"kind":"Name","value":"searchPaymentLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisbursementLineEdges"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementLineEdges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineSearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<DisbursementSearchPageQuery, DisbursementSearchPageQueryVariables>;
export const DisbursementSearchTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementSearchTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"lines"},"name":{"kind":"Name","value":"searchPaymentLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisbursementLineTotals"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementLineTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineSearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}}]}}]}}]} as unknown as DocumentNode<DisbursementSearchTotalsQuery, DisbursementSearchTotalsQueryVariables>;
export const DisbursementSupportedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementSupported"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"supportedPersonsAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<DisbursementSupportedQuery, DisbursementSupportedQueryVariables>;
export const DisbursementUnpaidPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementUnpaidPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"lines"},"name":{"kind":"Name","value":"leftUnpaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisbursementLineEdges"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementLineEdges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineSearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<DisbursementUnpaidPageQuery, DisbursementUnpaidPageQueryVariables>;
export const DisbursementUnpaidTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementUnpaidTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"lines"},"name":{"kind":"Name","value":"leftUnpaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisbursementLineTotals"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementLineTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentLineSearchConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}}]}}]}}]} as unknown as DocumentNode<DisbursementUnpaidTotalsQuery, DisbursementUnpaidTotalsQueryVariables>;