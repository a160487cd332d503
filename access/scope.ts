/**
 * An analyst's region scope: division-code prefixes. Codes (divisions, counties) are checked
 * against them directly; a person by where they are registered or paid (ruling 5,
 * access/register-scope.ts), never by the prefix of their ID number.
 */
import type { GraphQLError } from 'graphql';
import { ErrorCode, hubError } from '../lib/errors.js';
import { isValidIdNumber, maskIdNumber, normaliseIdNumber } from '../lib/id-number.js';
import { describeScope, type Identity } from './identity.js';

/** A code (division code, county) lies in the scope when it starts with one of the prefixes. */
export function codeInRegions(code: string, regions: readonly string[]): boolean {
  const value = normaliseIdNumber(code);
  return regions.some((region) => value.startsWith(region));
}

export function forbiddenOutsideScope(identity: Identity, what: string): GraphQLError {
  const scope = describeScope(identity);
  // No HTTP status: raised inside subgraph resolvers, where one would discard the rest of the response.
  return hubError(ErrorCode.FORBIDDEN, `Forbidden: ${what} is outside your scope (${scope})`, { scope });
}

/** For messages: never a full ID number, also not at the start of a longer code (a certificate number). */
export function shownCode(code: string): string {
  const value = normaliseIdNumber(code);
  if (value.length < 18 || !isValidIdNumber(value.slice(0, 18))) return value.length === 18 ? maskIdNumber(value) : value;
  return value.length === 18 ? maskIdNumber(value) : `${maskIdNumber(value.slice(0, 18))}…`;
}

const REGION_ARGUMENT = /division|county|township|village|region/i;

/**
 * Arguments an analyst passes must stay inside the scope: every region-like argument (divisionPrefix,
 * countyCode, ...) as a prefix at least as narrow as one of the analyst's regions (else FORBIDDEN
 * naming the scope). Returns every valid ID number in them: whether each person is in scope is for
 * the register and finance to say (access/register-scope.ts), whatever its prefix.
 */
export function idNumbersInArguments(identity: Identity, args: Record<string, unknown>): string[] {
  const found: string[] = [];
  const visit = (value: unknown, name: string): void => {
    if (value == null) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, name);
      return;
    }
    if (typeof value === 'object') {
      for (const [key, inner] of Object.entries(value as Record<string, unknown>)) visit(inner, key);
      return;
    }
    if (typeof value !== 'string') return;
    const normalised = normaliseIdNumber(value);
    if (isValidIdNumber(normalised)) {
      found.push(normalised);
      return;
    }
    if (REGION_ARGUMENT.test(name) && /^\d+$/.test(normalised) && !codeInRegions(normalised, identity.regions)) {
      throw forbiddenOutsideScope(identity, `argument "${name}" = ${normalised}`);
    }
  };
  for (const [name, value] of Object.entries(args)) visit(value, name);
  return [...new Set(found)];
}

/** For hub services that act for a user (the crosscheck): may this user work on this county/division? */
export function assertRegionInScope(identity: Identity, code: string, what = `division ${code}`): void {
  if (identity.role === 'service' || identity.role === 'department') return;
  if (identity.role !== 'analyst' || !codeInRegions(code, identity.regions)) throw forbiddenOutsideScope(identity, what);
}
