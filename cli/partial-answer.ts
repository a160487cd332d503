/**
 * What a partial answer lacks, in the terms a person reads: which department (or hub service)
 * could not answer, why, and which of the asked fields are missing because of it. The gateway puts
 * `extensions.department` on a department's own errors and `extensions.serviceName` on a subgraph
 * it could not reach.
 */
import { SUBGRAPH_NAMES } from '../lib/config.js';
import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import { boundEchoes } from '../lib/echo.js';
import type { GraphQLErrorPayload } from '../lib/graphql-client.js';

export interface Unanswered {
  /** The department, when the error names one (directly or by its subgraph). */
  department: Department | null;
  /** `finance (财政)`, or the service or error code when no department is named. */
  who: string;
  /** `extensions.reason` (TIMEOUT, ACCOUNT_LOCKED, ...) or the error code. */
  reasons: string[];
  /** The top fields under the root field whose values are missing (`sentences`, `inCustodyAt`). */
  fields: string[];
}

function departmentOf(error: GraphQLErrorPayload): Department | null {
  const named = error.extensions?.department;
  if (typeof named === 'string' && (DEPARTMENTS as readonly string[]).includes(named)) return named as Department;
  const service = error.extensions?.serviceName;
  return DEPARTMENTS.find((d) => SUBGRAPH_NAMES[d] === service) ?? null;
}

/** The errors of a partial answer, grouped by who could not answer. */
export function unansweredParts(errors: readonly GraphQLErrorPayload[]): Unanswered[] {
  const byWho = new Map<string, Unanswered>();
  for (const error of errors) {
    const department = departmentOf(error);
    const service = typeof error.extensions?.serviceName === 'string' ? error.extensions.serviceName : null;
    const code = typeof error.extensions?.code === 'string' ? error.extensions.code : null;
    const who = department ? `${DEPARTMENT_INFO[department].nameEn} (${DEPARTMENT_INFO[department].nameZh})` : (service ?? code ?? 'the hub');
    const entry = byWho.get(who) ?? { department, who, reasons: [], fields: [] };
    const reason = typeof error.extensions?.reason === 'string' ? error.extensions.reason : code;
    if (reason && !entry.reasons.includes(reason)) entry.reasons.push(boundEchoes(reason));
    const field = error.path?.[1];
    if (typeof field === 'string' && !entry.fields.includes(field)) entry.fields.push(field);
    byWho.set(who, entry);
  }
  return [...byWho.values()];
}

/** One line per party that could not answer: `justice (司法) could not answer (TIMEOUT): sentences, inCustodyAt`. */
export function unansweredText(parts: readonly Unanswered[]): string {
  return parts
    .map((p) => `${p.who} could not answer${p.reasons.length ? ` (${p.reasons.join(', ')})` : ''}${p.fields.length ? `: ${p.fields.join(', ')} missing` : ''}\n`)
    .join('');
}
