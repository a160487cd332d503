/**
 * Who is asking. The gateway turns a bearer token into an Identity once per request; subgraphs
 * receive the same Identity inside a short-lived internal token and never see client headers.
 */
import { z } from 'zod';
import { DEPARTMENTS, type Department } from '../lib/departments.js';

/** Roles a person can hold in a bearer token. */
export const USER_ROLES = ['public', 'analyst', 'department', 'auditor'] as const;
export type UserRole = (typeof USER_ROLES)[number];
/** `service` is never in a user's token: only hub-owned services (and in-process tests) act with it. */
export type Role = UserRole | 'service';

/** The user a hub service acts for; a background re-run knows only the user id. */
export interface Actor {
  sub: string;
  role?: UserRole;
  regions?: string[];
  department?: Department | null;
}

export interface Identity {
  /** The user id, `anonymous` for the public, `service:<name>` for a hub service. */
  sub: string;
  role: Role;
  /** Division-code prefixes an analyst is limited to (at least one for analysts). */
  regions: string[];
  /** The department of department staff. */
  department: Department | null;
  /** For a hub service acting on a user's request: that user, so the audit log can name them. */
  actor?: Actor;
}

export const PUBLIC_IDENTITY: Identity = Object.freeze({ sub: 'anonymous', role: 'public', regions: [], department: null }) as Identity;

// Division codes are digits; a prefix of 2 (province) to 12 (village) digits.
const region = z.string().regex(/^\d{2,12}$/, 'a region is a division-code prefix of 2 to 12 digits');

/** The claims the hub reads from a verified token; anything else in the token is ignored. */
export const userClaims = z
  .object({
    sub: z.string().trim().min(1).max(100),
    role: z.enum(USER_ROLES),
    regions: z.array(region).max(50).optional(),
    department: z.enum(DEPARTMENTS).optional(),
  })
  .superRefine((claims, ctx) => {
    if (claims.role === 'analyst' && !claims.regions?.length) {
      ctx.addIssue({ code: 'custom', message: 'an analyst token must name at least one region', path: ['regions'] });
    }
    if (claims.role === 'department' && !claims.department) {
      ctx.addIssue({ code: 'custom', message: 'a department token must name the department', path: ['department'] });
    }
  });

export function identityFromClaims(claims: z.infer<typeof userClaims>): Identity {
  return {
    sub: claims.sub,
    role: claims.role,
    regions: claims.role === 'analyst' ? [...new Set(claims.regions ?? [])] : [],
    department: claims.role === 'department' ? (claims.department ?? null) : null,
  };
}

/** The scope in words, for FORBIDDEN messages and the audit log. */
export function describeScope(identity: Identity): string {
  switch (identity.role) {
    case 'analyst':
      return `regions ${identity.regions.join(', ')}`;
    case 'department':
      return `department ${identity.department}`;
    case 'service':
      return identity.actor ? `service on behalf of ${identity.actor.sub}${identity.actor.role ? ` (${identity.actor.role})` : ''}` : 'service';
    default:
      return identity.role;
  }
}

/** An internal identity with full access, for in-process tests and hub-owned services. */
export function serviceIdentity(name: string, actor?: Actor): Identity {
  return { sub: `service:${name}`, role: 'service', regions: [], department: null, ...(actor ? { actor } : {}) };
}

export function actorOf(identity: Identity): Actor | undefined {
  if (identity.role === 'service') return identity.actor;
  return { sub: identity.sub, role: identity.role, regions: identity.regions, department: identity.department };
}
