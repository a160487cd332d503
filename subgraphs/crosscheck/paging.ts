/**
 * Relay cursors of this subgraph. They encode the keyset the store pages on (line id and rule,
 * or line id and department), so a page boundary is stable while a run is still writing.
 */
import { DEPARTMENTS, type Department } from '../../lib/departments.js';
import { isRule, type Rule } from '../../lib/rules.js';
import { badUserInput } from '../../lib/errors.js';

export const MAX_PAGE = 5000;

export function firstArgument(value: number | null | undefined, fallback: number, argumentName = 'first'): number {
  const first = value ?? fallback;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badUserInput(argumentName, `must be between 1 and ${MAX_PAGE}`);
  return first;
}

function encode(parts: string[]): string {
  return Buffer.from(parts.join(':'), 'utf8').toString('base64url');
}

function decode(cursor: string, argumentName: string): string[] {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (parts.length !== 2 || !/^\d{1,20}$/.test(parts[0]!)) throw badUserInput(argumentName, 'is not a cursor returned by this service');
  return parts;
}

export function findingCursor(key: { lineId: string; rule: string }): string {
  return encode([key.lineId, key.rule]);
}

export function findingCursorArgument(value: string | null | undefined, argumentName = 'after'): { lineId: string; rule: Rule } | null {
  if (value == null) return null;
  const [lineId, rule] = decode(value, argumentName);
  if (!isRule(rule!)) throw badUserInput(argumentName, 'is not a cursor returned by this service');
  return { lineId: lineId!, rule };
}

export function notCheckedCursor(key: { lineId: string; department: string }): string {
  return encode([key.lineId, key.department]);
}

export function notCheckedCursorArgument(value: string | null | undefined, argumentName = 'after'): { lineId: string; department: Department } | null {
  if (value == null) return null;
  const [lineId, department] = decode(value, argumentName);
  if (!(DEPARTMENTS as readonly string[]).includes(department!)) throw badUserInput(argumentName, 'is not a cursor returned by this service');
  return { lineId: lineId!, department: department as Department };
}

export function runCursorArgument(value: string | null | undefined, argumentName = 'after'): string | null {
  if (value == null) return null;
  if (!/^\d{1,9}$/.test(value)) throw badUserInput(argumentName, 'is not a cursor returned by this service');
  return value;
}

export function connection<T>(page: { items: T[]; hasNextPage: boolean; totalCount: number }, cursorOf: (item: T) => string) {
  const edges = page.items.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount };
}
