/**
 * Reading the table: the entry of a field (or the one its name implies when it is not listed), the
 * column an identity falls in, and the treatment that results.
 */
import type { Department } from '../../lib/departments.js';
import type { Identity } from '../identity.js';
import { DEFAULT_TREATMENTS, type FieldKind, type FieldPolicy, type Owner, type PolicyColumn, type PolicyTable, type Treatment } from './model.js';

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
  const override: FieldPolicy['override'] = ROOT_TYPES.has(typeName) ? { analyst: 'refused' } : undefined;
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
