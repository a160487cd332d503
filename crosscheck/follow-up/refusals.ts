/**
 * `extensions.reason` of a refused follow-up step, so a client tells "not yours to do" from "not
 * allowed at all" without reading the message.
 */
import type { GraphQLError } from 'graphql';
import { ErrorCode, hubError } from '../../lib/errors.js';

export const FOLLOW_UP_REFUSALS = {
  /** Actions on findings are the responsible department's staff's. */
  NOT_DEPARTMENT_STAFF: 'NOT_DEPARTMENT_STAFF',
  /** The finding is on a programme another department is responsible for. */
  ANOTHER_DEPARTMENT: 'ANOTHER_DEPARTMENT',
  /** The ledger is finance analysts' work. */
  NOT_FINANCE_ANALYST: 'NOT_FINANCE_ANALYST',
  /** The line or batch is disbursed by a county outside the analyst's regions. */
  OUTSIDE_REGIONS: 'OUTSIDE_REGIONS',
  /** A write-off is decided by someone other than who asked for it (不相容岗位职责分离). */
  OWN_WRITE_OFF: 'OWN_WRITE_OFF',
  /** More than is outstanding on the line. */
  MORE_THAN_OUTSTANDING: 'MORE_THAN_OUTSTANDING',
  /** The line was written off, or has a write-off awaiting its decision. */
  WRITE_OFF: 'WRITE_OFF',
} as const;

export type FollowUpRefusal = keyof typeof FOLLOW_UP_REFUSALS;

/** A FORBIDDEN (say from access/scope.ts) with the reason added. */
export function withReason(error: GraphQLError, reason: FollowUpRefusal): GraphQLError {
  return hubError(ErrorCode.FORBIDDEN, error.message, { ...error.extensions, reason });
}
