/**
 * THE policy table: who sees which field of which type, visible, masked or refused. Every subgraph
 * enforces it through subgraphs/runtime/subgraph-server.ts (access/enforce.ts) and the gateway
 * masks by it once more on the way out (access/response.ts), so there is no second copy to drift.
 *
 * A field has a kind (what it shows) and an owner (whose records it comes from). The kind and the
 * role pick a default treatment from DEFAULT_TREATMENTS; an entry may override it for one role,
 * with the reason in a comment. A field missing here is classified by its name (inferKind) and
 * owned by the department serving it, so a field added tomorrow is never more visible than its
 * nearest listed kind, and is refused to the public.
 */
import type { Department } from '../lib/departments.js';
import type { Identity } from './identity.js';

export const FIELD_KINDS = ['ID_NUMBER', 'NAME', 'ACCOUNT', 'ADDRESS', 'SENSITIVE_FACT', 'AMOUNT', 'LINK', 'PUBLIC'] as const;
/**
 * ID_NUMBER, NAME, ACCOUNT, ADDRESS: personal, maskable. SENSITIVE_FACT: deaths, sentences,
 * disabilities, poverty and other personal facts that cannot be masked, only withheld. AMOUNT: money
 * paid to or for someone. LINK: leads from one record to a person's records (the target's own fields
 * carry their own policy). PUBLIC: no personal data.
 */
export type FieldKind = (typeof FIELD_KINDS)[number];
export type Treatment = 'visible' | 'masked' | 'refused';
/** The columns of the matrix: department staff see their own department's fields differently. */
export type PolicyColumn = 'public' | 'analyst' | 'departmentOwn' | 'departmentOther' | 'auditor';
export const POLICY_COLUMNS: PolicyColumn[] = ['public', 'analyst', 'departmentOwn', 'departmentOther', 'auditor'];

/** `SERVING`: whichever department's subgraph serves the field (shared types such as ScreeningHit). */
export type Owner = Department | 'SERVING';

export interface FieldPolicy {
  kind: FieldKind;
  owner: Owner;
  override?: Partial<Record<PolicyColumn, Treatment>>;
  /** Visible to the public only under these root fields (e.g. a person's own-payments lookup). */
  publicVia?: string[];
  /**
   * For analysts, the argument (a dot path into the arguments) that must be given and lie within
   * their regions: a search or total over every county would count lines outside the scope. The
   * rows the field returns are then in scope by that argument (their own row rules still apply below).
   */
  regionArgument?: string;
}

const V = 'visible';
const M = 'masked';
const R = 'refused';

/** Auditors read the audit log and nothing else; a hub service (crosscheck, tests) sees everything. */
export const DEFAULT_TREATMENTS: Record<FieldKind, Record<PolicyColumn, Treatment>> = {
  PUBLIC: { public: V, analyst: V, departmentOwn: V, departmentOther: V, auditor: R },
  LINK: { public: R, analyst: V, departmentOwn: V, departmentOther: V, auditor: R },
  ID_NUMBER: { public: M, analyst: V, departmentOwn: V, departmentOther: M, auditor: R },
  NAME: { public: M, analyst: V, departmentOwn: V, departmentOther: M, auditor: R },
  ADDRESS: { public: M, analyst: V, departmentOwn: V, departmentOther: M, auditor: R },
  ACCOUNT: { public: R, analyst: M, departmentOwn: V, departmentOther: M, auditor: R },
  AMOUNT: { public: R, analyst: V, departmentOwn: V, departmentOther: R, auditor: R },
  SENSITIVE_FACT: { public: R, analyst: V, departmentOwn: V, departmentOther: R, auditor: R },
};

type Spec = FieldKind | [FieldKind, Partial<Record<PolicyColumn, Treatment>>] | FieldPolicy;

function type(typeName: string, owner: Owner, fields: Record<string, Spec>): Record<string, FieldPolicy> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, spec]) => {
      const policy: FieldPolicy =
        typeof spec === 'string' ? { kind: spec, owner } : Array.isArray(spec) ? { kind: spec[0], owner, override: spec[1] } : spec;
      return [`${typeName}.${field}`, policy];
    }),
  );
}

const S = 'SENSITIVE_FACT';
const FIN = 'FINANCE';
// Lines, batches and accounts are the finance analysts' own working data.
const ANALYST_SEES = { analyst: V } as const;
// Announcements publish each line's amount (the rows are limited to published programmes).
const PUBLISHED = { public: V } as const;
// The person's identity key is the register's: other departments see it masked.
const ID_KEY: FieldPolicy = { kind: 'ID_NUMBER', owner: 'PUBLIC_SECURITY' };

export const FIELD_POLICY: Record<string, FieldPolicy> = {
  // ---- public security: population register
  ...type('Query', 'PUBLIC_SECURITY', {
    person: 'LINK',
    persons: 'LINK',
    screenRegister: S,
    // Persons registered in the analyst's region are in scope by their register division, wherever they were born.
    personsInDivision: { kind: 'LINK', owner: 'PUBLIC_SECURITY', regionArgument: 'divisionPrefix' },
  }),
  ...type('Person', 'PUBLIC_SECURITY', { idNumber: ID_KEY, registration: 'LINK', registeredAt: S, ageAt: S }),
  ...type('Registration', 'PUBLIC_SECURITY', {
    name: 'NAME',
    sex: S,
    sexCode: S,
    birthDate: S,
    // Ethnicity is a special category of personal data; no subsidy decision of an analyst needs it.
    ethnicCode: [S, { analyst: R }],
    divisionCode: 'ADDRESS',
    countyCode: 'ADDRESS',
    address: 'ADDRESS',
    status: S,
    statusCode: S,
    deathDate: S,
    cancellationDate: S,
    updatedAt: S,
  }),

  // ---- justice: sentence execution
  // An offender number carries no region, so an analyst's scope cannot be checked on it.
  ...type('Query', 'JUSTICE', { sentence: [S, { analyst: R }], screenCustody: S }),
  ...type('Person', 'JUSTICE', { sentences: S, inCustodyAt: S, custodySentenceAt: S }),
  ...type('Sentence', 'JUSTICE', {
    offenderNumber: S,
    name: 'NAME',
    type: S,
    typeCode: S,
    custodial: S,
    startDate: S,
    endDate: S,
    actualReleaseDate: S,
    releaseDate: S,
    // Which prison holds someone matters to no payment rule; withheld from analysts (data minimisation).
    facility: [S, { analyst: R }],
    inCustodyAt: S,
  }),

  // ---- civil affairs: social assistance
  ...type('Query', 'CIVIL_AFFAIRS', {
    dibaoHousehold: S,
    screenDibao: S,
    screenExtremePoverty: S,
    // Households are in an analyst's scope by their own division, wherever their members were born.
    dibaoMembersActiveAt: { kind: S, owner: 'CIVIL_AFFAIRS', regionArgument: 'divisionPrefix' },
  }),
  ...type('Person', 'CIVIL_AFFAIRS', { dibaoMemberships: S, onDibaoAt: S, extremePovertySupport: S, supportedAt: S }),
  ...type('DibaoHousehold', 'CIVIL_AFFAIRS', {
    householdNumber: S,
    head: 'LINK',
    divisionCode: 'ADDRESS',
    category: S,
    categoryCode: S,
    monthlyAllowance: 'AMOUNT',
    startDate: S,
    endDate: S,
    activeAt: S,
    members: S,
  }),
  ...type('DibaoMember', 'CIVIL_AFFAIRS', { person: 'LINK', idNumber: 'ID_NUMBER', name: 'NAME', relation: S, relationCode: S }),
  ...type('DibaoMembership', 'CIVIL_AFFAIRS', { household: S, name: 'NAME', relation: S, relationCode: S }),
  ...type('SupportRecord', 'CIVIL_AFFAIRS', { recordId: S, name: 'NAME', form: S, formCode: S, startDate: S, endDate: S, activeAt: S }),

  // ---- HR and social security
  ...type('Query', 'HR', { socialSecurityCard: S, socialSecurityCardsByAccount: S, screenCardAccounts: S, screenPublicEmployment: S }),
  ...type('Person', 'HR', { socialSecurityCards: 'LINK', insuredEmployments: S, publicEmployeeAt: S }),
  ...type('SocialSecurityCard', 'HR', {
    cardNumber: 'ACCOUNT',
    holder: 'LINK',
    holderIdNumber: 'ID_NUMBER',
    holderName: 'NAME',
    bankCode: 'PUBLIC',
    accountNumber: 'ACCOUNT',
    status: S,
    statusCode: S,
    issueDate: S,
  }),
  ...type('InsuredEmployment', 'HR', {
    recordId: S,
    employerNumber: S,
    employerName: S,
    employerType: S,
    employerTypeCode: S,
    startDate: S,
    endDate: S,
    activeAt: S,
  }),

  // ---- disability federation
  ...type('Query', 'DISABILITY', {
    disabilityCertificate: S,
    screenDisability: S,
    personsWithValidCertificate: { kind: S, owner: 'DISABILITY', regionArgument: 'divisionPrefix' },
  }),
  ...type('Person', 'DISABILITY', { disabilityCertificates: S, validDisabilityCertificateAt: S }),
  ...type('DisabilityCertificate', 'DISABILITY', {
    // The number ends in the category and level digits: masking it would still disclose the disability.
    certificateNumber: S,
    name: 'NAME',
    category: S,
    categoryCode: S,
    level: S,
    levelCode: S,
    issueDate: S,
    validUntil: S,
    cancellationDate: S,
    validAt: S,
    severe: S,
  }),
  ...type('PersonIdPage', 'DISABILITY', { idNumbers: 'ID_NUMBER', endCursor: 'PUBLIC', hasNextPage: 'PUBLIC' }),

  // ---- finance: the one-card system
  ...type('Query', FIN, {
    programmes: 'PUBLIC',
    programme: 'PUBLIC',
    batch: 'PUBLIC',
    batches: 'PUBLIC',
    paymentLine: 'LINK',
    checkLines: S,
    // Line ids carry no region: an analyst's scope cannot be checked (the crosscheck runs as a service).
    screenPaymentLines: [S, { analyst: R }],
    searchPaymentLines: { kind: 'LINK', owner: FIN, regionArgument: 'filter.division' },
    paymentTotals: { kind: 'LINK', owner: FIN, regionArgument: 'filter.division' },
    paymentRollup: { kind: 'LINK', owner: FIN, regionArgument: 'filter.division' },
    lateCredits: { kind: 'LINK', owner: FIN, regionArgument: 'filter.division' },
    leftUnpaid: { kind: 'LINK', owner: FIN, regionArgument: 'filter.division' },
    // A list of ID numbers is never for the public, masked or not.
    paymentIdNumbers: { kind: 'ID_NUMBER', owner: FIN, override: { public: R }, regionArgument: 'filter.division' },
  }),
  ...type('PaymentLineSearchConnection', FIN, { edges: 'PUBLIC', pageInfo: 'PUBLIC', totals: 'PUBLIC' }),
  ...type('PaymentLineSearchEdge', FIN, { cursor: 'PUBLIC', node: 'PUBLIC', note: 'PUBLIC' }),
  ...type('PaymentTotals', FIN, { lineCount: 'PUBLIC', personCount: 'PUBLIC', totalAmount: 'PUBLIC' }),
  ...type('PaymentRollupRow', FIN, {
    programmeCode: 'PUBLIC',
    period: 'PUBLIC',
    fundingLevel: 'PUBLIC',
    fundingLevelCode: 'PUBLIC',
    department: 'PUBLIC',
    departmentCode: 'PUBLIC',
    countyCode: 'PUBLIC',
    status: 'PUBLIC',
    personGroup: 'PUBLIC',
    lineCount: 'PUBLIC',
    personCount: 'PUBLIC',
    totalAmount: 'PUBLIC',
  }),
  ...type('Person', FIN, { registeredAccounts: 'LINK', paymentLines: 'LINK' }),
  ...type('Programme', FIN, {
    code: 'PUBLIC',
    name: 'PUBLIC',
    department: 'PUBLIC',
    departmentCode: 'PUBLIC',
    fundingLevel: 'PUBLIC',
    fundingLevelCode: 'PUBLIC',
    paymentCycle: 'PUBLIC',
    paymentCycleCode: 'PUBLIC',
    standardAmount: 'PUBLIC',
    eligibilityCondition: 'PUBLIC',
    policyBasis: 'PUBLIC',
    published: 'PUBLIC',
    year: 'PUBLIC',
    batches: 'PUBLIC',
  }),
  ...type('Batch', FIN, {
    batchNumber: 'PUBLIC',
    programme: 'PUBLIC',
    period: 'PUBLIC',
    periodStart: 'PUBLIC',
    countyCode: 'PUBLIC',
    status: 'PUBLIC',
    statusCode: 'PUBLIC',
    // Staff user ids: internal to the administration.
    enteredBy: S,
    approvedBy: S,
    sentToBankAt: 'PUBLIC',
    lineCount: 'PUBLIC',
    // An aggregate of a published batch, announced with it; no one person's amount.
    totalAmount: 'PUBLIC',
    lines: 'PUBLIC',
  }),
  ...type('PaymentLineConnection', FIN, { edges: 'PUBLIC', pageInfo: 'PUBLIC' }),
  ...type('PaymentLineEdge', FIN, { cursor: 'PUBLIC', node: 'PUBLIC' }),
  ...type('PageInfo', 'SERVING', { hasNextPage: 'PUBLIC', endCursor: 'PUBLIC' }),
  ...type('PaymentLine', FIN, {
    id: 'PUBLIC',
    batch: 'PUBLIC',
    idNumberAsEntered: 'ID_NUMBER',
    idNumber: 'ID_NUMBER',
    idNumberValid: S,
    person: 'LINK',
    name: 'NAME',
    accountNumber: ['ACCOUNT', ANALYST_SEES],
    amount: ['AMOUNT', PUBLISHED],
    status: 'PUBLIC',
    statusCode: 'PUBLIC',
    failureReason: { kind: S, owner: FIN, publicVia: ['myPayments'] },
    creditedAt: 'PUBLIC',
  }),
  ...type('RegisteredAccount', FIN, {
    recordId: S,
    holderName: 'NAME',
    accountType: S,
    accountTypeCode: S,
    bankCode: 'PUBLIC',
    accountNumber: ['ACCOUNT', ANALYST_SEES],
    inUse: S,
    registeredOn: S,
  }),
  ...type('CheckLinePage', FIN, { lines: 'PUBLIC', pageInfo: 'PUBLIC' }),
  ...type('CheckLine', FIN, {
    id: 'PUBLIC',
    batchNumber: 'PUBLIC',
    programmeCode: 'PUBLIC',
    period: 'PUBLIC',
    countyCode: 'PUBLIC',
    eligibilityCondition: 'PUBLIC',
    idNumber: 'ID_NUMBER',
    idNumberValid: S,
    name: 'NAME',
    accountNumber: ['ACCOUNT', ANALYST_SEES],
    amount: 'AMOUNT',
    status: 'PUBLIC',
  }),

  // ---- the hub's cross-check (a finance duty, served by the hub's crosscheck subgraph). Its runs carry
  // no region of their own: the crosscheck service checks the analyst's region when a run starts.
  ...type('Query', FIN, { crosscheckRun: 'LINK', crosscheckRuns: 'LINK', findings: 'LINK', notChecked: 'LINK', compareRuns: 'LINK' }),
  // Starting and reviewing checks is the finance side's work; other departments may only read.
  ...type('Mutation', FIN, {
    startCrosscheck: ['LINK', { departmentOther: R }],
    rerunCrosscheck: ['LINK', { departmentOther: R }],
    reviewFinding: ['LINK', { departmentOther: R }],
  }),
  ...type('CrosscheckRun', FIN, {
    id: 'PUBLIC',
    status: 'PUBLIC',
    scope: 'PUBLIC',
    startedBy: S,
    startedAt: 'PUBLIC',
    finishedAt: 'PUBLIC',
    linesTotal: 'PUBLIC',
    linesChecked: 'PUBLIC',
    rerunOf: 'PUBLIC',
    error: 'PUBLIC',
    summary: 'PUBLIC',
  }),
  ...type('CrosscheckScope', FIN, {
    kind: 'PUBLIC',
    batchNumber: 'PUBLIC',
    programmeCode: 'PUBLIC',
    period: 'PUBLIC',
    batchNumbers: 'PUBLIC',
    eligibilityCondition: 'PUBLIC',
  }),
  ...type('CrosscheckSummary', FIN, {
    findings: 'PUBLIC',
    linesFlagged: 'PUBLIC',
    byRule: 'PUBLIC',
    byDepartment: 'PUBLIC',
    notCheckedLines: 'PUBLIC',
    notChecked: 'PUBLIC',
  }),
  ...type('RuleSummary', FIN, { rule: 'PUBLIC', departments: 'PUBLIC', findings: 'PUBLIC', amountAtRisk: 'PUBLIC' }),
  ...type('DepartmentSummary', FIN, { department: 'PUBLIC', findings: 'PUBLIC', lines: 'PUBLIC' }),
  ...type('NotCheckedSummary', FIN, { department: 'PUBLIC', lines: 'PUBLIC', rules: 'PUBLIC' }),
  ...type('Finding', FIN, {
    id: 'PUBLIC',
    runId: 'PUBLIC',
    lineId: 'PUBLIC',
    line: 'PUBLIC',
    // That a rule such as DECEASED or IN_CUSTODY fired on a person's line is itself the sensitive fact.
    rule: S,
    departments: S,
    evidence: S,
    amount: 'AMOUNT',
    batchNumber: 'PUBLIC',
    village: 'ADDRESS',
    review: 'LINK',
    reviews: 'LINK',
  }),
  ...type('FindingReview', FIN, { id: 'PUBLIC', findingId: 'PUBLIC', decision: S, reason: S, reviewedBy: S, reviewedAt: S }),
  ...type('NotCheckedEntry', FIN, {
    lineId: 'PUBLIC',
    line: 'PUBLIC',
    batchNumber: 'PUBLIC',
    department: 'PUBLIC',
    rules: 'PUBLIC',
    reason: 'PUBLIC',
    amount: 'AMOUNT',
  }),
  ...type('RunComparison', FIN, { a: 'PUBLIC', b: 'PUBLIC', added: 'PUBLIC', removed: 'PUBLIC' }),
  ...type('FindingConnection', FIN, { edges: 'PUBLIC', pageInfo: 'PUBLIC', totalCount: 'PUBLIC' }),
  ...type('FindingEdge', FIN, { cursor: 'PUBLIC', node: 'PUBLIC' }),
  ...type('NotCheckedConnection', FIN, { edges: 'PUBLIC', pageInfo: 'PUBLIC', totalCount: 'PUBLIC' }),
  ...type('NotCheckedEdge', FIN, { cursor: 'PUBLIC', node: 'PUBLIC' }),
  ...type('CrosscheckRunConnection', FIN, { edges: 'PUBLIC', pageInfo: 'PUBLIC', totalCount: 'PUBLIC' }),
  ...type('CrosscheckRunEdge', FIN, { cursor: 'PUBLIC', node: 'PUBLIC' }),

  // ---- the hub's disbursement service (issue 4): searches and roll-ups across programmes, asked of
  // finance and the register at query time. An analyst must name a division of their region.
  ...type('Query', FIN, {
    payments: { kind: 'LINK', owner: FIN, regionArgument: 'filter.division' },
    disbursementRollup: { kind: 'LINK', owner: FIN, regionArgument: 'filter.division' },
    latePayments: { kind: 'LINK', owner: FIN, regionArgument: 'filter.division' },
    unpaidFailures: { kind: 'LINK', owner: FIN, regionArgument: 'filter.division' },
    // Who is eligible is decided on dibao and disability facts.
    missedPayments: { kind: S, owner: FIN, regionArgument: 'division' },
    beneficiary: 'LINK',
  }),
  ...type('PaymentPage', FIN, { edges: 'PUBLIC', pageInfo: 'PUBLIC', totals: 'PUBLIC' }),
  ...type('PaymentEdge', FIN, { cursor: 'PUBLIC', node: 'PUBLIC', note: 'PUBLIC' }),
  ...type('RollupRow', FIN, {
    programme: 'PUBLIC',
    programmeCode: 'PUBLIC',
    period: 'PUBLIC',
    fundingLevel: 'PUBLIC',
    fundingLevelCode: 'PUBLIC',
    department: 'PUBLIC',
    departmentCode: 'PUBLIC',
    status: 'PUBLIC',
    divisionCode: 'PUBLIC',
    lineCount: 'PUBLIC',
    personCount: 'PUBLIC',
    totalAmount: 'PUBLIC',
  }),
  ...type('MissedPaymentPage', FIN, { items: 'PUBLIC', pageInfo: 'PUBLIC', totalCount: 'PUBLIC', eligibleCount: 'PUBLIC' }),
  ...type('MissedPayment', FIN, { person: 'LINK', divisionCode: 'ADDRESS', evidence: S }),

  // ---- the hub's disclosure service (公示平台), built for the public: it masks and withholds small
  // totals itself, and this table masks again by kind (idempotent) in case it ever does not.
  ...type('Query', FIN, {
    // The person's own lines: their name and ID number must match, so the amounts are theirs to see.
    myPayments: ['LINK', { public: V }],
    announcement: 'PUBLIC',
    announcementDivisions: 'PUBLIC',
    complaint: 'PUBLIC',
  }),
  ...type('Mutation', FIN, { submitComplaint: 'PUBLIC' }),
  ...type('OwnPayment', FIN, {
    lineId: 'PUBLIC',
    batchNumber: 'PUBLIC',
    programmeName: 'PUBLIC',
    department: 'PUBLIC',
    period: 'PUBLIC',
    amount: ['AMOUNT', PUBLISHED],
    status: 'PUBLIC',
    creditedAt: 'PUBLIC',
    failureReason: { kind: S, owner: FIN, publicVia: ['myPayments'] },
  }),
  ...type('Announcement', FIN, { kind: 'PUBLIC', title: 'PUBLIC', period: 'PUBLIC', totalCount: 'PUBLIC', totals: 'PUBLIC', lines: 'PUBLIC', pageInfo: 'PUBLIC' }),
  ...type('AnnouncementTotals', FIN, { lineCount: 'PUBLIC', personCount: 'PUBLIC', totalAmount: 'PUBLIC' }),
  ...type('AnnouncedLine', FIN, {
    lineId: 'PUBLIC',
    name: 'NAME',
    idNumber: 'ID_NUMBER',
    programmeName: 'PUBLIC',
    batchNumber: 'PUBLIC',
    period: 'PUBLIC',
    // A village's name is the level addresses are masked to.
    village: 'PUBLIC',
    amount: ['AMOUNT', PUBLISHED],
    status: 'PUBLIC',
  }),
  ...type('AnnouncedDivision', FIN, { code: 'PUBLIC', level: 'PUBLIC', label: 'PUBLIC', townshipCode: 'PUBLIC', lineCount: 'PUBLIC' }),
  ...type('ComplaintReceipt', FIN, { trackingNumber: 'PUBLIC', department: 'PUBLIC', status: 'PUBLIC', submittedAt: 'PUBLIC' }),
  ...type('ComplaintStatus', FIN, {
    trackingNumber: 'PUBLIC',
    programmeName: 'PUBLIC',
    category: 'PUBLIC',
    department: 'PUBLIC',
    status: 'PUBLIC',
    submittedAt: 'PUBLIC',
    updatedAt: 'PUBLIC',
    reply: 'PUBLIC',
  }),

  // ---- shared by the departments' screening queries
  ...type('ScreeningHit', 'SERVING', { key: 'PUBLIC', rule: S, evidence: S }),
};

/**
 * Row rules: which objects of a type a role may see at all. `region` is the path (through the
 * subgraph's own resolvers) to the division code(s) or ID number(s) an analyst's region prefixes
 * must cover; `publicWhen` is the path that must resolve to `equals` for the public to see the row
 * (`never`: the public sees no such rows). Types without a rule are reached only through a parent
 * that has one, or through a root field whose policy already limits who may call it.
 */
export interface RowRule {
  region?: string[];
  publicWhen?: { path: string[]; equals: unknown } | 'never';
  /** `region` starts with an ID number: a person registered in the region is in scope too (asked of the register). */
  registerDivision?: boolean;
  /** Aggregates: the public sees these fields only when the count at `countField` is at least SMALL_COUNT. */
  suppress?: { countField: string; fields: string[] };
}

/** Aggregates over fewer persons than this are withheld from the public (re-identification risk). */
export const SMALL_COUNT = 5;

const PUBLISHED_PROGRAMME = (path: string[]) => ({ path: [...path, 'published'], equals: true });

export const ROW_RULES: Record<string, RowRule> = {
  Person: { region: ['idNumber'], registerDivision: true, publicWhen: 'never' },
  // Reached only through its Person, which is in scope by ID prefix or by this very division.
  Registration: { publicWhen: 'never' },
  DibaoHousehold: { region: ['divisionCode'], publicWhen: 'never' },
  SocialSecurityCard: { region: ['holderIdNumber'], registerDivision: true, publicWhen: 'never' },
  // The certificate number starts with the holder's ID number, so its prefix is the region.
  DisabilityCertificate: { region: ['certificateNumber'], registerDivision: true, publicWhen: 'never' },
  PersonIdPage: { region: ['idNumbers'], publicWhen: 'never' },
  Programme: { publicWhen: PUBLISHED_PROGRAMME([]) },
  Batch: { region: ['countyCode'], publicWhen: PUBLISHED_PROGRAMME(['programme']) },
  PaymentLine: { region: ['batch', 'countyCode'], publicWhen: PUBLISHED_PROGRAMME(['batch', 'programme']) },
  CheckLine: { region: ['countyCode'], publicWhen: 'never' },
  // Totals are published only over 5 persons or more (their fields are non-null: a small one is withheld whole).
  PaymentTotals: { suppress: { countField: 'personCount', fields: ['lineCount', 'personCount', 'totalAmount'] } },
  PaymentRollupRow: { suppress: { countField: 'personCount', fields: ['lineCount', 'personCount', 'totalAmount'] } },
  RollupRow: { suppress: { countField: 'personCount', fields: ['lineCount', 'personCount', 'totalAmount'] } },
  AnnouncementTotals: { suppress: { countField: 'personCount', fields: ['lineCount', 'personCount', 'totalAmount'] } },
};

export interface PolicyTable {
  fields: Record<string, FieldPolicy>;
  rows: Record<string, RowRule>;
}

export const HUB_POLICY: PolicyTable = { fields: FIELD_POLICY, rows: ROW_RULES };

/** A field the table does not list, classified by its name; never PUBLIC, never a LINK. */
export function inferKind(fieldName: string): FieldKind {
  if (/idnumber/i.test(fieldName)) return 'ID_NUMBER';
  if (/account/i.test(fieldName)) return 'ACCOUNT';
  if (/address/i.test(fieldName)) return 'ADDRESS';
  if (/(^n|N)ame$/.test(fieldName)) return 'NAME';
  if (/amount|allowance|total|sum$/i.test(fieldName)) return 'AMOUNT';
  return 'SENSITIVE_FACT';
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** The entry for `Type.field`, or the inferred one (owner: the serving department). */
export function fieldPolicy(table: PolicyTable, coordinate: string): FieldPolicy & { inferred: boolean } {
  const listed = table.fields[coordinate];
  if (listed) return { ...listed, inferred: false };
  const [typeName = '', fieldName = ''] = coordinate.split('.');
  const kind = inferKind(fieldName);
  // An unlisted root field has no known row rule, so an analyst's region could not be enforced on it.
  const override: FieldPolicy['override'] = ROOT_TYPES.has(typeName) ? { analyst: R } : undefined;
  return { kind, owner: 'SERVING', override, inferred: true };
}

export function columnFor(identity: Identity, owner: Owner, servingDepartment: Department | null): PolicyColumn | 'service' {
  switch (identity.role) {
    case 'service':
      return 'service';
    case 'department': {
      const ownerDepartment = owner === 'SERVING' ? servingDepartment : owner;
      return ownerDepartment !== null && ownerDepartment === identity.department ? 'departmentOwn' : 'departmentOther';
    }
    default:
      return identity.role;
  }
}

const MASKABLE: ReadonlySet<FieldKind> = new Set(['ID_NUMBER', 'NAME', 'ACCOUNT', 'ADDRESS']);

/** The treatment of one field for one identity; `rootField` is the root field the value is reached under. */
export function decide(
  identity: Identity,
  policy: FieldPolicy,
  servingDepartment: Department | null,
  rootField?: string,
): Treatment {
  const column = columnFor(identity, policy.owner, servingDepartment);
  if (column === 'service') return 'visible';
  if (column === 'public' && rootField && policy.publicVia?.includes(rootField)) return 'visible';
  const treatment = policy.override?.[column] ?? DEFAULT_TREATMENTS[policy.kind][column];
  // What cannot be masked is withheld.
  return treatment === 'masked' && !MASKABLE.has(policy.kind) ? 'refused' : treatment;
}
