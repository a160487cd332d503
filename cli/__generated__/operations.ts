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

export type CliComplaintFieldsFragment = { __typename?: 'DepartmentComplaint', trackingNumber: string, programmeCode: string, programmeName?: string | null, batchNumber?: string | null, period?: string | null, category: string, description: string, subjectIdNumber?: string | null, contactName?: string | null, contactPhone?: string | null, department: string, status: string, reply?: string | null, submittedAt: string, updatedAt: string, deadline: string, overdue: boolean };

export type CliComplaintStepsFragment = { __typename?: 'DepartmentComplaint', steps: Array<{ __typename?: 'ComplaintStep', step: string, byUser: string, byDepartment: string, at: string, reply?: string | null, toDepartment?: string | null, note?: string | null }> };

export type CliDepartmentComplaintsQueryVariables = Exact<{
  status?: InputMaybe<Scalars['String']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CliDepartmentComplaintsQuery = { __typename?: 'Query', complaints: Array<{ __typename?: 'DepartmentComplaint', trackingNumber: string, programmeCode: string, programmeName?: string | null, batchNumber?: string | null, period?: string | null, category: string, description: string, subjectIdNumber?: string | null, contactName?: string | null, contactPhone?: string | null, department: string, status: string, reply?: string | null, submittedAt: string, updatedAt: string, deadline: string, overdue: boolean }> };

export type CliDepartmentComplaintQueryVariables = Exact<{
  trackingNumber: Scalars['String']['input'];
}>;


export type CliDepartmentComplaintQuery = { __typename?: 'Query', complaint?: { __typename?: 'DepartmentComplaint', trackingNumber: string, programmeCode: string, programmeName?: string | null, batchNumber?: string | null, period?: string | null, category: string, description: string, subjectIdNumber?: string | null, contactName?: string | null, contactPhone?: string | null, department: string, status: string, reply?: string | null, submittedAt: string, updatedAt: string, deadline: string, overdue: boolean, steps: Array<{ __typename?: 'ComplaintStep', step: string, byUser: string, byDepartment: string, at: string, reply?: string | null, toDepartment?: string | null, note?: string | null }> } | null };

export type CliReplyToComplaintMutationVariables = Exact<{
  trackingNumber: Scalars['String']['input'];
  reply: Scalars['String']['input'];
}>;


export type CliReplyToComplaintMutation = { __typename?: 'Mutation', complaint: { __typename?: 'DepartmentComplaint', trackingNumber: string, programmeCode: string, programmeName?: string | null, batchNumber?: string | null, period?: string | null, category: string, description: string, subjectIdNumber?: string | null, contactName?: string | null, contactPhone?: string | null, department: string, status: string, reply?: string | null, submittedAt: string, updatedAt: string, deadline: string, overdue: boolean, steps: Array<{ __typename?: 'ComplaintStep', step: string, byUser: string, byDepartment: string, at: string, reply?: string | null, toDepartment?: string | null, note?: string | null }> } };

export type CliTransferComplaintMutationVariables = Exact<{
  trackingNumber: Scalars['String']['input'];
  department: Scalars['String']['input'];
  note: Scalars['String']['input'];
}>;


export type CliTransferComplaintMutation = { __typename?: 'Mutation', complaint: { __typename?: 'DepartmentComplaint', trackingNumber: string, programmeCode: string, programmeName?: string | null, batchNumber?: string | null, period?: string | null, category: string, description: string, subjectIdNumber?: string | null, contactName?: string | null, contactPhone?: string | null, department: string, status: string, reply?: string | null, submittedAt: string, updatedAt: string, deadline: string, overdue: boolean, steps: Array<{ __typename?: 'ComplaintStep', step: string, byUser: string, byDepartment: string, at: string, reply?: string | null, toDepartment?: string | null, note?: string | null }> } };

export type CliCloseComplaintMutationVariables = Exact<{
  trackingNumber: Scalars['String']['input'];
  reply?: InputMaybe<Scalars['String']['input']>;
}>;


export type CliCloseComplaintMutation = { __typename?: 'Mutation', complaint: { __typename?: 'DepartmentComplaint', trackingNumber: string, programmeCode: string, programmeName?: string | null, batchNumber?: string | null, period?: string | null, category: string, description: string, subjectIdNumber?: string | null, contactName?: string | null, contactPhone?: string | null, department: string, status: string, reply?: string | null, submittedAt: string, updatedAt: string, deadline: string, overdue: boolean, steps: Array<{ __typename?: 'ComplaintStep', step: string, byUser: string, byDepartment: string, at: string, reply?: string | null, toDepartment?: string | null, note?: string | null }> } };

export type CliCrosscheckFindingsQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
  rule?: InputMaybe<CrosscheckRule>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CliCrosscheckFindingsQuery = { __typename?: 'Query', page: { __typename?: 'FindingConnection', edges: Array<{ __typename?: 'FindingEdge', node: { __typename?: 'Finding', id: string, lineId: string, rule: CrosscheckRule, departments: Array<CrosscheckDepartment>, evidence: string, amount: string, batchNumber: string, village?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CliCrosscheckNotCheckedQueryVariables = Exact<{
  runId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CliCrosscheckNotCheckedQuery = { __typename?: 'Query', page: { __typename?: 'NotCheckedConnection', edges: Array<{ __typename?: 'NotCheckedEdge', node: { __typename?: 'NotCheckedEntry', lineId: string, batchNumber: string, department: CrosscheckDepartment, rules: Array<CrosscheckRule>, reason: string, amount: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CliCrosscheckProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  waitMs?: InputMaybe<Scalars['Int']['input']>;
  linesCheckedAbove?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CliCrosscheckProgressQuery = { __typename?: 'Query', run?: { __typename?: 'CrosscheckRun', id: string, status: CrosscheckRunStatus, linesTotal?: number | null, linesChecked: number } | null };

export type CliCrosscheckReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CliCrosscheckReportQuery = { __typename?: 'Query', run?: { __typename?: 'CrosscheckRun', id: string, status: CrosscheckRunStatus, error?: string | null, startedBy: string, startedAt: string, finishedAt?: string | null, linesTotal?: number | null, linesChecked: number, scope: { __typename?: 'CrosscheckScope', kind: CrosscheckScopeKind, batchNumber?: string | null, programmeCode?: string | null, period: string, batchNumbers: Array<string>, eligibilityCondition?: string | null }, batchFindings: Array<{ __typename?: 'BatchFinding', batchNumber: string, check: BatchCheck, outcome: BatchCheckOutcome, evidence: string, missingField?: string | null }>, summary: { __typename?: 'CrosscheckSummary', findings: number, linesFlagged: number, notCheckedLines: number, byRule: Array<{ __typename?: 'RuleSummary', rule: CrosscheckRule, departments: Array<CrosscheckDepartment>, findings: number, amountAtRisk: string }>, byDepartment: Array<{ __typename?: 'DepartmentSummary', department: CrosscheckDepartment, findings: number, lines: number }>, notChecked: Array<{ __typename?: 'NotCheckedSummary', department: CrosscheckDepartment, lines: number, rules: Array<CrosscheckRule> }> } } | null };

export type CliDecideWriteOffMutationVariables = Exact<{
  lineId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  note: Scalars['String']['input'];
}>;


export type CliDecideWriteOffMutation = { __typename?: 'Mutation', case: { __typename?: 'RecoveryCase', lineId: string, rule: CrosscheckRule, findingId: string, batchNumber: string, period?: string | null, countyCode?: string | null, programmeCode?: string | null, idNumber?: string | null, name?: string | null, lineAmount: string, due: string, recovered: string, writtenOff: string, outstanding: string, status: RecoveryStatus, recoveries: Array<{ __typename?: 'Recovery', amount: string, recoveredOn: string, receiptReference: string, recordedBy: string, recordedAt: string }>, writeOff?: { __typename?: 'WriteOff', amount: string, reason: string, requestedBy: string, requestedAt: string, decision: WriteOffDecision, decidedBy?: string | null, decidedAt?: string | null } | null } };

export type CliFollowUpFindingsQueryVariables = Exact<{
  batchNumber?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  rule?: InputMaybe<CrosscheckRule>;
  status?: InputMaybe<FollowUpStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CliFollowUpFindingsQuery = { __typename?: 'Query', page: { __typename?: 'FollowUpFindingConnection', totalCount: number, edges: Array<{ __typename?: 'FollowUpFindingEdge', node: { __typename?: 'FollowUpFinding', id: string, lineId: string, rule: CrosscheckRule, summary: string, amount: string, batchNumber: string, period?: string | null, countyCode?: string | null, programmeCode?: string | null, programmeName?: string | null, idNumber?: string | null, name?: string | null, status: FollowUpStatus, confirmed: boolean, actions: Array<{ __typename?: 'FindingAction', action: FindingActionKind, stopFromPeriod?: string | null, note: string, actedBy: string, actedAt: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CliLatePaymentsQueryVariables = Exact<{
  filter?: InputMaybe<PaymentFilter>;
  hours?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  withTotals: Scalars['Boolean']['input'];
}>;


export type CliLatePaymentsQuery = { __typename?: 'Query', page: { __typename?: 'PaymentPage', edges: Array<{ __typename?: 'PaymentEdge', note?: string | null, node: { __typename?: 'PaymentLine', id: string, amount: string, status: PaymentLineStatus, statusCode?: string | null, failureReason?: string | null, creditedAt?: string | null, idNumber: string, name?: string | null, accountNumber?: string | null, batch: { __typename?: 'Batch', batchNumber: string, period?: string | null, countyCode?: string | null, sentToBankAt?: string | null, programme?: { __typename?: 'Programme', code: string, name?: string | null } | null } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, totals?: { __typename?: 'PaymentTotals', lineCount: number, personCount: number, totalAmount: string } } };

export type CliMissedPaymentsQueryVariables = Exact<{
  programme: Scalars['String']['input'];
  period: Scalars['String']['input'];
  division?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CliMissedPaymentsQuery = { __typename?: 'Query', page: { __typename?: 'MissedPaymentPage', totalCount: number, eligibleCount: number, items: Array<{ __typename?: 'MissedPayment', divisionCode?: string | null, evidence: string, person: { __typename?: 'Person', idNumber: string, registration?: { __typename?: 'Registration', name?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CliPaymentPageFragment = { __typename?: 'PaymentPage', edges: Array<{ __typename?: 'PaymentEdge', note?: string | null, node: { __typename?: 'PaymentLine', id: string, amount: string, status: PaymentLineStatus, statusCode?: string | null, failureReason?: string | null, creditedAt?: string | null, idNumber: string, name?: string | null, accountNumber?: string | null, batch: { __typename?: 'Batch', batchNumber: string, period?: string | null, countyCode?: string | null, sentToBankAt?: string | null, programme?: { __typename?: 'Programme', code: string, name?: string | null } | null } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, totals?: { __typename?: 'PaymentTotals', lineCount: number, personCount: number, totalAmount: string } };

export type CliLineBatchFragment = { __typename?: 'Batch', batchNumber: string, period?: string | null, countyCode?: string | null, sentToBankAt?: string | null, programme?: { __typename?: 'Programme', code: string, name?: string | null } | null };

export type CliPaymentsQueryVariables = Exact<{
  filter?: InputMaybe<PaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  withTotals: Scalars['Boolean']['input'];
}>;


export type CliPaymentsQuery = { __typename?: 'Query', page: { __typename?: 'PaymentPage', edges: Array<{ __typename?: 'PaymentEdge', note?: string | null, node: { __typename?: 'PaymentLine', id: string, amount: string, status: PaymentLineStatus, statusCode?: string | null, failureReason?: string | null, creditedAt?: string | null, idNumber: string, name?: string | null, accountNumber?: string | null, batch: { __typename?: 'Batch', batchNumber: string, period?: string | null, countyCode?: string | null, sentToBankAt?: string | null, programme?: { __typename?: 'Programme', code: string, name?: string | null } | null } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, totals?: { __typename?: 'PaymentTotals', lineCount: number, personCount: number, totalAmount: string } } };

export type CliPersonQueryVariables = Exact<{
  id: Scalars['String']['input'];
  date: Scalars['Date']['input'];
}>;


export type CliPersonQuery = { __typename?: 'Query', person: { __typename?: 'Person', idNumber: string, registeredAt?: boolean | null, onDibaoAt?: boolean | null, supportedAt?: boolean | null, inCustodyAt?: boolean | null, registration?: { __typename?: 'Registration', name?: string | null, sex: Sex, birthDate?: string | null, divisionCode?: string | null, address?: string | null, status: RegistrationStatus, statusCode?: string | null, deathDate?: string | null, cancellationDate?: string | null } | null, paymentLines?: Array<{ __typename?: 'PaymentLine', id: string, amount: string, status: PaymentLineStatus, statusCode?: string | null, failureReason?: string | null, creditedAt?: string | null, accountNumber?: string | null, batch: { __typename?: 'Batch', batchNumber: string, period?: string | null, countyCode?: string | null, sentToBankAt?: string | null, programme?: { __typename?: 'Programme', code: string, name?: string | null } | null } }> | null, registeredAccounts?: Array<{ __typename?: 'RegisteredAccount', recordId: string, accountType: AccountType, bankCode?: string | null, accountNumber?: string | null, inUse: boolean, registeredOn?: string | null }> | null, socialSecurityCards?: Array<{ __typename?: 'SocialSecurityCard', cardNumber: string, bankCode?: string | null, accountNumber?: string | null, status: CardStatus, issueDate?: string | null }> | null, dibaoMemberships?: Array<{ __typename?: 'DibaoMembership', relation: HouseholdRelation, household: { __typename?: 'DibaoHousehold', householdNumber: string, divisionCode?: string | null, category: DibaoCategory, monthlyAllowance?: string | null, startDate?: string | null, endDate?: string | null, activeAt: boolean, members: Array<{ __typename?: 'DibaoMember', idNumber?: string | null, name?: string | null, relation: HouseholdRelation }> } }> | null, extremePovertySupport?: Array<{ __typename?: 'SupportRecord', recordId: string, form: SupportForm, startDate?: string | null, endDate?: string | null, activeAt: boolean }> | null, disabilityCertificates?: Array<{ __typename?: 'DisabilityCertificate', certificateNumber: string, category: DisabilityCategory, level?: number | null, issueDate?: string | null, validUntil?: string | null, cancellationDate?: string | null, validAt: boolean }> | null, sentences?: Array<{ __typename?: 'Sentence', offenderNumber: string, type: SentenceType, startDate?: string | null, endDate?: string | null, releaseDate?: string | null, custodial: boolean, inCustodyAt: boolean }> | null, insuredEmployments?: Array<{ __typename?: 'InsuredEmployment', employerName?: string | null, employerType: EmployerType, startDate?: string | null, endDate?: string | null, activeAt: boolean }> | null } };

export type CliRecordFindingActionMutationVariables = Exact<{
  findingId: Scalars['ID']['input'];
  action: FindingActionKind;
  stopFromPeriod?: InputMaybe<Scalars['String']['input']>;
  note: Scalars['String']['input'];
}>;


export type CliRecordFindingActionMutation = { __typename?: 'Mutation', action: { __typename?: 'FindingAction', id: string, action: FindingActionKind, stopFromPeriod?: string | null, note: string, department: CrosscheckDepartment, actedBy: string, actedAt: string, finding: { __typename?: 'FollowUpFinding', id: string, lineId: string, rule: CrosscheckRule, summary: string, batchNumber: string, idNumber?: string | null, name?: string | null, status: FollowUpStatus, confirmed: boolean } } };

export type CliRecordRecoveryMutationVariables = Exact<{
  lineId: Scalars['ID']['input'];
  amount: Scalars['Decimal']['input'];
  recoveredOn: Scalars['Date']['input'];
  receiptReference: Scalars['String']['input'];
}>;


export type CliRecordRecoveryMutation = { __typename?: 'Mutation', case: { __typename?: 'RecoveryCase', lineId: string, rule: CrosscheckRule, findingId: string, batchNumber: string, period?: string | null, countyCode?: string | null, programmeCode?: string | null, idNumber?: string | null, name?: string | null, lineAmount: string, due: string, recovered: string, writtenOff: string, outstanding: string, status: RecoveryStatus, recoveries: Array<{ __typename?: 'Recovery', amount: string, recoveredOn: string, receiptReference: string, recordedBy: string, recordedAt: string }>, writeOff?: { __typename?: 'WriteOff', amount: string, reason: string, requestedBy: string, requestedAt: string, decision: WriteOffDecision, decidedBy?: string | null, decidedAt?: string | null } | null } };

export type CliRecoveryCaseFieldsFragment = { __typename?: 'RecoveryCase', lineId: string, rule: CrosscheckRule, findingId: string, batchNumber: string, period?: string | null, countyCode?: string | null, programmeCode?: string | null, idNumber?: string | null, name?: string | null, lineAmount: string, due: string, recovered: string, writtenOff: string, outstanding: string, status: RecoveryStatus, recoveries: Array<{ __typename?: 'Recovery', amount: string, recoveredOn: string, receiptReference: string, recordedBy: string, recordedAt: string }>, writeOff?: { __typename?: 'WriteOff', amount: string, reason: string, requestedBy: string, requestedAt: string, decision: WriteOffDecision, decidedBy?: string | null, decidedAt?: string | null } | null };

export type CliRecoveryRollupFieldsFragment = { __typename?: 'RecoveryRollupRow', key: string, cases: number, due: string, recovered: string, writtenOff: string, outstanding: string };

export type CliRecoveryLedgerQueryVariables = Exact<{
  period?: InputMaybe<Scalars['String']['input']>;
  programmeCode?: InputMaybe<Scalars['String']['input']>;
  county?: InputMaybe<Scalars['String']['input']>;
  rule?: InputMaybe<CrosscheckRule>;
  status?: InputMaybe<RecoveryStatus>;
}>;


export type CliRecoveryLedgerQuery = { __typename?: 'Query', ledger: { __typename?: 'RecoveryLedger', cases: Array<{ __typename?: 'RecoveryCase', lineId: string, rule: CrosscheckRule, findingId: string, batchNumber: string, period?: string | null, countyCode?: string | null, programmeCode?: string | null, idNumber?: string | null, name?: string | null, lineAmount: string, due: string, recovered: string, writtenOff: string, outstanding: string, status: RecoveryStatus, recoveries: Array<{ __typename?: 'Recovery', amount: string, recoveredOn: string, receiptReference: string, recordedBy: string, recordedAt: string }>, writeOff?: { __typename?: 'WriteOff', amount: string, reason: string, requestedBy: string, requestedAt: string, decision: WriteOffDecision, decidedBy?: string | null, decidedAt?: string | null } | null }>, totals: { __typename?: 'RecoveryRollupRow', key: string, cases: number, due: string, recovered: string, writtenOff: string, outstanding: string }, byProgramme: Array<{ __typename?: 'RecoveryRollupRow', key: string, cases: number, due: string, recovered: string, writtenOff: string, outstanding: string }>, byCounty: Array<{ __typename?: 'RecoveryRollupRow', key: string, cases: number, due: string, recovered: string, writtenOff: string, outstanding: string }>, byPeriod: Array<{ __typename?: 'RecoveryRollupRow', key: string, cases: number, due: string, recovered: string, writtenOff: string, outstanding: string }>, byRule: Array<{ __typename?: 'RecoveryRollupRow', key: string, cases: number, due: string, recovered: string, writtenOff: string, outstanding: string }> } };

export type CliRequestWriteOffMutationVariables = Exact<{
  lineId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CliRequestWriteOffMutation = { __typename?: 'Mutation', case: { __typename?: 'RecoveryCase', lineId: string, rule: CrosscheckRule, findingId: string, batchNumber: string, period?: string | null, countyCode?: string | null, programmeCode?: string | null, idNumber?: string | null, name?: string | null, lineAmount: string, due: string, recovered: string, writtenOff: string, outstanding: string, status: RecoveryStatus, recoveries: Array<{ __typename?: 'Recovery', amount: string, recoveredOn: string, receiptReference: string, recordedBy: string, recordedAt: string }>, writeOff?: { __typename?: 'WriteOff', amount: string, reason: string, requestedBy: string, requestedAt: string, decision: WriteOffDecision, decidedBy?: string | null, decidedAt?: string | null } | null } };

export type CliRerunCrosscheckMutationVariables = Exact<{
  runId: Scalars['ID']['input'];
}>;


export type CliRerunCrosscheckMutation = { __typename?: 'Mutation', run: { __typename?: 'CrosscheckRun', id: string, status: CrosscheckRunStatus, startedBy: string } };

export type CliRollupQueryVariables = Exact<{
  filter?: InputMaybe<PaymentFilter>;
  groupBy: Array<RollupDimension> | RollupDimension;
}>;


export type CliRollupQuery = { __typename?: 'Query', rows: Array<{ __typename?: 'RollupRow', programmeCode?: string | null, period?: string | null, fundingLevel?: FundingLevel | null, department?: ResponsibleDepartment | null, status?: PaymentLineStatus | null, divisionCode?: string | null, lineCount: number, personCount: number, totalAmount: string, programme?: { __typename?: 'Programme', name?: string | null } | null }> };

export type CliStartCrosscheckMutationVariables = Exact<{
  batchNumbers?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  programmeCode?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
}>;


export type CliStartCrosscheckMutation = { __typename?: 'Mutation', run: { __typename?: 'CrosscheckRun', id: string, status: CrosscheckRunStatus, startedBy: string } };

export type CliUnpaidFailuresQueryVariables = Exact<{
  filter?: InputMaybe<PaymentFilter>;
  withinDays: Scalars['Int']['input'];
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  withTotals: Scalars['Boolean']['input'];
}>;


export type CliUnpaidFailuresQuery = { __typename?: 'Query', page: { __typename?: 'PaymentPage', edges: Array<{ __typename?: 'PaymentEdge', note?: string | null, node: { __typename?: 'PaymentLine', id: string, amount: string, status: PaymentLineStatus, statusCode?: string | null, failureReason?: string | null, creditedAt?: string | null, idNumber: string, name?: string | null, accountNumber?: string | null, batch: { __typename?: 'Batch', batchNumber: string, period?: string | null, countyCode?: string | null, sentToBankAt?: string | null, programme?: { __typename?: 'Programme', code: string, name?: string | null } | null } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, totals?: { __typename?: 'PaymentTotals', lineCount: number, personCount: number, totalAmount: string } } };

export const CliComplaintFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<CliComplaintFieldsFragment, unknown>;
export const CliComplaintStepsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliComplaintSteps"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"toDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CliComplaintStepsFragment, unknown>;
export const CliLineBatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliLineBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"sentToBankAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CliLineBatchFragment, unknown>;
export const CliPaymentPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliPaymentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAt"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliLineBatch"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTotals"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliLineBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"sentToBankAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CliPaymentPageFragment, unknown>;
export const CliRecoveryCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliRecoveryCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecoveryCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptReference"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<CliRecoveryCaseFieldsFragment, unknown>;
export const CliRecoveryRollupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliRecoveryRollupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecoveryRollupRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]} as unknown as DocumentNode<CliRecoveryRollupFieldsFragment, unknown>;
export const CliDepartmentComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliDepartmentComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"complaints"},"name":{"kind":"Name","value":"departmentComplaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliComplaintFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<CliDepartmentComplaintsQuery, CliDepartmentComplaintsQueryVariables>;
export const CliDepartmentComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliDepartmentComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"complaint"},"name":{"kind":"Name","value":"departmentComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliComplaintFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliComplaintSteps"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliComplaintSteps"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"toDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CliDepartmentComplaintQuery, CliDepartmentComplaintQueryVariables>;
export const CliReplyToComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliReplyToComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reply"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"complaint"},"name":{"kind":"Name","value":"replyToComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"reply"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reply"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliComplaintFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliComplaintSteps"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliComplaintSteps"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"toDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CliReplyToComplaintMutation, CliReplyToComplaintMutationVariables>;
export const CliTransferComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliTransferComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"complaint"},"name":{"kind":"Name","value":"transferComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"department"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliComplaintFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliComplaintSteps"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliComplaintSteps"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"toDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CliTransferComplaintMutation, CliTransferComplaintMutationVariables>;
export const CliCloseComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliCloseComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reply"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"complaint"},"name":{"kind":"Name","value":"closeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"reply"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reply"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliComplaintFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliComplaintSteps"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliComplaintFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliComplaintSteps"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentComplaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"toDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CliCloseComplaintMutation, CliCloseComplaintMutationVariables>;
export const CliCrosscheckFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliCrosscheckFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CrosscheckRule"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CliCrosscheckFindingsQuery, CliCrosscheckFindingsQueryVariables>;
export const CliCrosscheckNotCheckedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliCrosscheckNotChecked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"notChecked"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CliCrosscheckNotCheckedQuery, CliCrosscheckNotCheckedQueryVariables>;
export const CliCrosscheckProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliCrosscheckProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"waitMs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linesCheckedAbove"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"run"},"name":{"kind":"Name","value":"crosscheckRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"waitMs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"waitMs"}}},{"kind":"Argument","name":{"kind":"Name","value":"linesCheckedAbove"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linesCheckedAbove"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"linesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"linesChecked"}}]}}]}}]} as unknown as DocumentNode<CliCrosscheckProgressQuery, CliCrosscheckProgressQueryVariables>;
export const CliCrosscheckReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliCrosscheckReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"run"},"name":{"kind":"Name","value":"crosscheckRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"linesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityCondition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batchFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"missingField"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"linesFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"notCheckedLines"}},{"kind":"Field","name":{"kind":"Name","value":"byRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"amountAtRisk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notChecked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliCrosscheckReportQuery, CliCrosscheckReportQueryVariables>;
export const CliDecideWriteOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliDecideWriteOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"case"},"name":{"kind":"Name","value":"decideWriteOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliRecoveryCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliRecoveryCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecoveryCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptReference"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<CliDecideWriteOffMutation, CliDecideWriteOffMutationVariables>;
export const CliFollowUpFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliFollowUpFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CrosscheckRule"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"followUpFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"stopFromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actedBy"}},{"kind":"Field","name":{"kind":"Name","value":"actedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CliFollowUpFindingsQuery, CliFollowUpFindingsQueryVariables>;
export const CliLatePaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliLatePayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTotals"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"latePayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hours"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliPaymentPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliLineBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"sentToBankAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliPaymentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAt"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliLineBatch"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTotals"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}}]}}]}}]} as unknown as DocumentNode<CliLatePaymentsQuery, CliLatePaymentsQueryVariables>;
export const CliMissedPaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliMissedPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"division"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"missedPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"division"},"value":{"kind":"Variable","name":{"kind":"Name","value":"division"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}}]}}]}}]} as unknown as DocumentNode<CliMissedPaymentsQuery, CliMissedPaymentsQueryVariables>;
export const CliPaymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTotals"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliPaymentPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliLineBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"sentToBankAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliPaymentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAt"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliLineBatch"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTotals"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}}]}}]}}]} as unknown as DocumentNode<CliPaymentsQuery, CliPaymentsQueryVariables>;
export const CliPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"person"},"name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"deathDate"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]},{"kind":"Field","name":{"kind":"Name","value":"paymentLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliLineBatch"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"bankCode"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialSecurityCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"bankCode"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dibaoMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"activeAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"onDibaoAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]},{"kind":"Field","name":{"kind":"Name","value":"extremePovertySupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"activeAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]},{"kind":"Field","name":{"kind":"Name","value":"disabilityCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationDate"}},{"kind":"Field","name":{"kind":"Name","value":"validAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"sentences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offenderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"releaseDate"}},{"kind":"Field","name":{"kind":"Name","value":"custodial"}},{"kind":"Field","name":{"kind":"Name","value":"inCustodyAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"inCustodyAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]},{"kind":"Field","name":{"kind":"Name","value":"insuredEmployments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"employerType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"activeAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliLineBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"sentToBankAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CliPersonQuery, CliPersonQueryVariables>;
export const CliRecordFindingActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliRecordFindingAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingActionKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stopFromPeriod"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"action"},"name":{"kind":"Name","value":"recordFindingAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"findingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"stopFromPeriod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stopFromPeriod"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"stopFromPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"actedBy"}},{"kind":"Field","name":{"kind":"Name","value":"actedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]}}]}}]} as unknown as DocumentNode<CliRecordFindingActionMutation, CliRecordFindingActionMutationVariables>;
export const CliRecordRecoveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliRecordRecovery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recoveredOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receiptReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"case"},"name":{"kind":"Name","value":"recordRecovery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"recoveredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recoveredOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"receiptReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receiptReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliRecoveryCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliRecoveryCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecoveryCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptReference"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<CliRecordRecoveryMutation, CliRecordRecoveryMutationVariables>;
export const CliRecoveryLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliRecoveryLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"county"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CrosscheckRule"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecoveryStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"ledger"},"name":{"kind":"Name","value":"recoveryLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"programmeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"county"},"value":{"kind":"Variable","name":{"kind":"Name","value":"county"}}},{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliRecoveryCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliRecoveryRollupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliRecoveryRollupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCounty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliRecoveryRollupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliRecoveryRollupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliRecoveryRollupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliRecoveryCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecoveryCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptReference"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliRecoveryRollupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecoveryRollupRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]} as unknown as DocumentNode<CliRecoveryLedgerQuery, CliRecoveryLedgerQueryVariables>;
export const CliRequestWriteOffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliRequestWriteOff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"case"},"name":{"kind":"Name","value":"requestWriteOff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliRecoveryCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliRecoveryCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecoveryCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOff"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receiptReference"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writeOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<CliRequestWriteOffMutation, CliRequestWriteOffMutationVariables>;
export const CliRerunCrosscheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliRerunCrosscheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"run"},"name":{"kind":"Name","value":"rerunCrosscheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}}]}}]}}]} as unknown as DocumentNode<CliRerunCrosscheckMutation, CliRerunCrosscheckMutationVariables>;
export const CliRollupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliRollup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RollupDimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"disbursementRollup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeCode"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"fundingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}}]}}]}}]} as unknown as DocumentNode<CliRollupQuery, CliRollupQueryVariables>;
export const CliStartCrosscheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliStartCrosscheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchNumbers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"run"},"name":{"kind":"Name","value":"startCrosscheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchNumbers"}}},{"kind":"Argument","name":{"kind":"Name","value":"programmeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}}]}}]}}]} as unknown as DocumentNode<CliStartCrosscheckMutation, CliStartCrosscheckMutationVariables>;
export const CliUnpaidFailuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliUnpaidFailures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTotals"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page"},"name":{"kind":"Name","value":"unpaidFailures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliPaymentPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliLineBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"sentToBankAt"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CliPaymentPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentPage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAt"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CliLineBatch"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTotals"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"personCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}}]}}]}}]} as unknown as DocumentNode<CliUnpaidFailuresQuery, CliUnpaidFailuresQueryVariables>;