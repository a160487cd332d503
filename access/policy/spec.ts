/**
 * The shorthand the per-area tables are written in: `typeFields('Batch', 'FINANCE', { enteredBy: S })`
 * gives `Batch.enteredBy` the default treatment of its kind, owned by finance; `[kind, override]`
 * changes it for some columns; a full FieldPolicy says everything.
 */
import type { FieldKind, FieldPolicy, Owner, PolicyColumn, Treatment } from './model.js';

export const V = 'visible';
export const R = 'refused';
export const S = 'SENSITIVE_FACT';
export const FIN = 'FINANCE';

// Lines, batches and accounts are the finance analysts' own working data.
export const ANALYST_SEES = { analyst: V } as const;
// Announcements publish each line's amount (the rows are limited to published programmes).
export const PUBLISHED = { public: V } as const;

type Spec = FieldKind | [FieldKind, Partial<Record<PolicyColumn, Treatment>>] | FieldPolicy;

/** The entries `Type.field` of one type, all owned by `owner` unless a full FieldPolicy says otherwise. */
export function typeFields(typeName: string, owner: Owner, fields: Record<string, Spec>): Record<string, FieldPolicy> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, spec]) => {
      const policy: FieldPolicy =
        typeof spec === 'string' ? { kind: spec, owner } : Array.isArray(spec) ? { kind: spec[0], owner, override: spec[1] } : spec;
      return [`${typeName}.${field}`, policy];
    }),
  );
}
