/**
 * THE policy table: who sees which field of which type, visible, masked or refused. Every subgraph
 * enforces it through subgraphs/runtime/subgraph-server.ts (access/enforce.ts) and the gateway
 * masks by it once more on the way out (access/response.ts), so there is no second copy to drift.
 *
 * A field has a kind (what it shows) and an owner (whose records it comes from). The kind and the
 * role pick a default treatment from DEFAULT_TREATMENTS (access/policy/model.ts); an entry may
 * override it for one role, with the reason in a comment. A field missing here is classified by its
 * name (inferKind, access/policy/decide.ts) and owned by the department serving it, so a field
 * added tomorrow is never more visible than its nearest listed kind, and is refused to the public.
 *
 * The entries are written per department and hub service in access/policy/<area>.ts and joined
 * here, in one place, so a reader sees every area the table covers.
 */
import type { FieldPolicy, PolicyTable } from './policy/model.js';
import { PUBLIC_SECURITY_FIELDS } from './policy/public-security.js';
import { JUSTICE_FIELDS } from './policy/justice.js';
import { CIVIL_AFFAIRS_FIELDS } from './policy/civil-affairs.js';
import { HR_FIELDS } from './policy/hr.js';
import { DISABILITY_FIELDS } from './policy/disability.js';
import { FINANCE_FIELDS } from './policy/finance.js';
import { CROSSCHECK_FIELDS } from './policy/crosscheck.js';
import { FOLLOW_UP_FIELDS } from './policy/findings-follow-up.js';
import { DISBURSEMENT_FIELDS } from './policy/disbursement.js';
import { DISCLOSURE_FIELDS } from './policy/disclosure.js';
import { SCREENING_FIELDS } from './policy/screening.js';
import { ROW_RULES } from './policy/rows.js';

export * from './policy/model.js';
export { columnFor, decide, fieldPolicy, inferKind } from './policy/decide.js';
export { ROW_RULES } from './policy/rows.js';

export const FIELD_POLICY: Record<string, FieldPolicy> = {
  ...PUBLIC_SECURITY_FIELDS,
  ...JUSTICE_FIELDS,
  ...CIVIL_AFFAIRS_FIELDS,
  ...HR_FIELDS,
  ...DISABILITY_FIELDS,
  ...FINANCE_FIELDS,
  ...CROSSCHECK_FIELDS,
  ...FOLLOW_UP_FIELDS,
  ...DISBURSEMENT_FIELDS,
  ...DISCLOSURE_FIELDS,
  ...SCREENING_FIELDS,
};

export const HUB_POLICY: PolicyTable = { fields: FIELD_POLICY, rows: ROW_RULES };
