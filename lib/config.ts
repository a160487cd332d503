/**
 * The hub's configuration, parsed once per process from the environment. Entry points call
 * `loadConfig(process.env)`; nothing else reads the environment. Every problem is listed at once.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from './departments.js';
import type { DatabaseLocation } from './database-location.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from './local-time.js';

export const SUBGRAPH_NAMES = {
  PUBLIC_SECURITY: 'public_security',
  JUSTICE: 'justice',
  CIVIL_AFFAIRS: 'civil_affairs',
  HR: 'hr',
  DISABILITY: 'disability',
  FINANCE: 'finance',
} as const satisfies Record<Department, string>;

export const DEFAULT_PORTS: Record<Department, number> = {
  PUBLIC_SECURITY: 4001,
  JUSTICE: 4002,
  CIVIL_AFFAIRS: 4003,
  HR: 4004,
  DISABILITY: 4005,
  FINANCE: 4006,
};

const mysqlUrl = z
  .string()
  .trim()
  .refine((value) => /^(mysql|mariadb):\/\/[^/]+\/[^/?]+/.test(value), {
    message: 'must be a URL like mysql://user:password@host:3306/database',
  })
  .transform((value) => value.replace(/^mariadb:/, 'mysql:'));

/**
 * Ports that fetch() refuses to connect to (the WHATWG Fetch "bad port" list): a gateway or
 * subgraph there could not be reached by the parts of the hub that use fetch (the gateway's
 * health checks, the disclosure site's forwarding) nor by a browser, so they are refused up front.
 */
export const FETCH_BAD_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115,
  117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587,
  601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669,
  6679, 6697, 10080,
]);
const badPortMessage = (port: number) => `port ${port} is on fetch's list of blocked ("bad") ports, so no client could reach it; choose another port`;

/** The port of an http(s) URL, written or implied. */
function urlPort(value: string): number {
  const url = new URL(value);
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

// 0 asks the OS for any free port (the end-to-end tests use it).
const port = z.coerce
  .number()
  .int()
  .min(0)
  .max(65535)
  .superRefine((value, ctx) => {
    if (FETCH_BAD_PORTS.has(value)) ctx.addIssue({ code: 'custom', message: badPortMessage(value) });
  });
// HS256 needs at least 256 bits of key; shorter secrets are refused rather than padded.
const secret = z.string().trim().min(32, { message: 'must be at least 32 characters' });
const httpUrl = z
  .string()
  .trim()
  .url()
  .refine((v) => /^https?:\/\//.test(v), { message: 'must be an http(s) URL' })
  .superRefine((value, ctx) => {
    if (/^https?:\/\//.test(value) && FETCH_BAD_PORTS.has(urlPort(value))) ctx.addIssue({ code: 'custom', message: badPortMessage(urlPort(value)) });
  });

/** An IPv4/IPv6 address, or a subnet written address/prefix. */
function isAddressOrSubnet(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** Defaults of the workflow's time limits (HUB_COMPLAINT_DEADLINE_DAYS, HUB_ANNOUNCEMENT_DAYS, HUB_BATCH_SEND_DEADLINE_DAY). */
export const DEFAULT_COMPLAINT_DAYS = 15;
export const DEFAULT_ANNOUNCEMENT_DAYS = 7;
export const DEFAULT_BATCH_SEND_DAY = 25;

const envShape = {
  HUB_DATA_DIR: z.string().trim().min(1).default('.data'),
  HUB_HOST: z.string().trim().min(1).default('127.0.0.1'),
  HUB_SAMPLE_PERSONS: z.coerce.number().int().min(1000).max(1_000_000).default(2000),
  HUB_SAMPLE_SEED: z.coerce.number().int().default(20240301),
  HUB_GATEWAY_PORT: port.default(4000),
  HUB_SUPERGRAPH_FILE: z.string().trim().min(1).default('schema/supergraph.graphql'),
  HUB_GATEWAY_URL: httpUrl.default('http://localhost:4000/graphql'),
  // The bearer token the CLI sends to the gateway (`npx hub token` mints a local one).
  HUB_TOKEN: z.string().trim().min(1).optional(),
  // The county's zone: times the CLI shows people (table, csv, xlsx) are its wall-clock times.
  HUB_TIMEZONE: z
    .string()
    .trim()
    .refine(isTimeZone, { message: 'must be a time zone name such as Asia/Shanghai or UTC' })
    .default(DEFAULT_TIME_ZONE),
  HUB_STORE_URL: mysqlUrl.optional(),
  ...Object.fromEntries(DEPARTMENTS.map((d) => [DEPARTMENT_INFO[d].envVar, mysqlUrl.optional()])),
  // A department whose tables, columns or codes differ from the documented layout: its mapping file (adapters/mapping).
  ...Object.fromEntries(DEPARTMENTS.map((d) => [`${DEPARTMENT_INFO[d].envVar}_MAPPING`, z.string().trim().min(1).optional()])),
  ...Object.fromEntries(DEPARTMENTS.map((d) => [`HUB_SUBGRAPH_${d}_URL`, httpUrl.optional()])),
  ...Object.fromEntries(DEPARTMENTS.map((d) => [`HUB_SUBGRAPH_${d}_PORT`, port.optional()])),
  HUB_SUBGRAPH_CROSSCHECK_URL: httpUrl.optional(),
  HUB_SUBGRAPH_CROSSCHECK_PORT: port.optional(),
  HUB_SUBGRAPH_DISCLOSURE_URL: httpUrl.optional(),
  HUB_SUBGRAPH_DISCLOSURE_PORT: port.optional(),
  HUB_SUBGRAPH_DISBURSEMENT_URL: httpUrl.optional(),
  HUB_SUBGRAPH_DISBURSEMENT_PORT: port.optional(),
  // The public disclosure site (disclosure-site/), started by `npm start` beside the gateway.
  HUB_SITE_PORT: port.default(4080),
  // Access control (access/, audit/, gateway/limits.ts). Secrets left unset are generated once
  // and kept in HUB_DATA_DIR/secrets, so a fresh clone starts with no setup.
  HUB_AUTH_HS256_SECRET: secret.optional(),
  HUB_AUTH_JWKS_URL: httpUrl.optional(),
  HUB_AUTH_ISSUER: z.string().trim().min(1).default('huimin-hub'),
  HUB_AUTH_AUDIENCE: z.string().trim().min(1).default('huimin-hub'),
  HUB_INTERNAL_SECRET: secret.optional(),
  HUB_AUDIT_KEY: secret.optional(),
  HUB_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
  HUB_LIMIT_DEPTH: z.coerce.number().int().min(2).default(12),
  HUB_LIMIT_ALIASES: z.coerce.number().int().min(0).default(30),
  HUB_LIMIT_TOKENS: z.coerce.number().int().min(100).default(5000),
  HUB_LIMIT_COST: z.coerce.number().int().min(100).default(200_000),
  HUB_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  HUB_RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(60),
  // Scale-out (README "Scaling out"): with Redis, check runs become BullMQ chunk jobs taken by any
  // number of `npx hub worker` processes, and rate limits are shared by every gateway instance.
  HUB_REDIS_URL: z
    .string()
    .trim()
    .refine((value) => /^rediss?:\/\/[^/]+/.test(value), { message: 'must be a URL like redis://host:6379' })
    .optional(),
  HUB_GATEWAY_INSTANCES: z.coerce.number().int().min(1).max(64).default(1),
  HUB_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  // Check runs (crosscheck/): BullMQ keys of this hub on a shared Redis, how long a run may go
  // without any worker's heartbeat before it is failed (resumable), and lines per chunk.
  HUB_REDIS_PREFIX: z.string().trim().regex(/^[\w.-]{1,40}$/, { message: 'must be 1 to 40 letters, digits, dots, dashes or underscores' }).default('hub'),
  HUB_HEARTBEAT_TIMEOUT_SECONDS: z.coerce.number().int().min(3).max(3600).default(60),
  // 6000: crosscheck/chunk.ts DEFAULT_CHUNK_SIZE, one request per question for lines as counties pay them.
  HUB_CHUNK_LINES: z.coerce.number().int().min(1).max(10_000).default(6000),
  // Faults (docs: README "Configuration"): how long any department query, lock wait or connection
  // attempt may take before the department is reported unavailable, and which peers' X-Forwarded-For
  // is believed (none by default: the peer itself is the client).
  HUB_DB_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  HUB_TRUSTED_PROXIES: z
    .string()
    .trim()
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .superRefine((entries, ctx) => {
      for (const entry of entries) if (!isAddressOrSubnet(entry)) ctx.addIssue({ code: 'custom', message: `"${entry.slice(0, 60)}" is not an IP address or a subnet like 10.0.0.0/8` });
    })
    .optional(),
  // Time limits of the workflow after a check (issue 11): days a department has to answer a
  // complaint, days a published batch stays announced (公示), and the day of the period's month by
  // which a batch must have gone to the bank.
  HUB_COMPLAINT_DEADLINE_DAYS: z.coerce.number().int().min(1).max(365).default(DEFAULT_COMPLAINT_DAYS),
  HUB_ANNOUNCEMENT_DAYS: z.coerce.number().int().min(1).max(90).default(DEFAULT_ANNOUNCEMENT_DAYS),
  HUB_BATCH_SEND_DEADLINE_DAY: z.coerce.number().int().min(1).max(31).default(DEFAULT_BATCH_SEND_DAY),
};

const envSchema = z.object(envShape);
type RawEnv = z.infer<typeof envSchema>;

export interface DepartmentConfig {
  department: Department;
  database: DatabaseLocation;
  /** True when the department uses the embedded sample database that the hub creates itself. */
  embedded: boolean;
  port: number;
  url: string;
  /** Set when HUB_SUBGRAPH_<NAME>_URL points elsewhere: the department hosts this subgraph itself. */
  hostedElsewhere: boolean;
}

/** Services the hub owns itself (not a department's data), composed into the same supergraph. */
export const HUB_SERVICES = {
  crosscheck: { port: 4007, envPrefix: 'HUB_SUBGRAPH_CROSSCHECK' },
  disclosure: { port: 4008, envPrefix: 'HUB_SUBGRAPH_DISCLOSURE' },
  disbursement: { port: 4009, envPrefix: 'HUB_SUBGRAPH_DISBURSEMENT' },
} as const;
export type HubServiceName = keyof typeof HUB_SERVICES;

export interface HubConfig {
  host: string;
  services: Record<HubServiceName, { port: number; url: string }>;
  dataDir: string;
  sample: { persons: number; seed: number };
  gateway: { port: number; supergraphFile: string; url: string };
  /** The public disclosure site. */
  site: { port: number };
  /** What a client of the gateway (the CLI) presents, and the zone of the times it shows people. */
  client: { token?: string; timeZone: string };
  departments: Record<Department, DepartmentConfig>;
  store: DatabaseLocation;
  access: AccessConfig;
  limits: LimitsConfig;
  scale: ScaleConfig;
  /** Bound on every department query, lock wait and connection attempt (also in each DatabaseLocation). */
  databaseTimeoutMs: number;
  /** Peers whose X-Forwarded-For is believed (addresses or subnets); empty: none. */
  trustedProxies: string[];
  timeLimits: TimeLimitsConfig;
}

/** Deadlines of the workflow after a check. */
export interface TimeLimitsConfig {
  /** Days from receipt by which a complaint is to be answered; past it, an open complaint is overdue. */
  complaintDays: number;
  /** Days a published batch is announced (公示), from the day it was sent to the bank. */
  announcementDays: number;
  /** Day of the period's month by which a batch is to be sent to the bank (a shorter month: its last day). */
  batchSendDay: number;
}

/** How the hub spreads over processes and machines; all unset is the embedded one-machine default. */
export interface ScaleConfig {
  /** Redis for BullMQ check jobs and shared rate limits; unset: runs in-process, limits per process. */
  redisUrl?: string;
  /** Gateway processes sharing the gateway port (node:cluster). */
  gatewayInstances: number;
  /** Chunks one `hub worker` process checks at once. */
  workerConcurrency: number;
  /** Prefix of the hub's BullMQ keys, so several hubs (or tests) can share one Redis. */
  redisPrefix: string;
  /** A RUNNING run without a heartbeat for this long is failed, resumable by a rerun. */
  heartbeatTimeoutMs: number;
  /** Payment lines per chunk of a check run (one job on the queue). */
  chunkLines: number;
}

/** Identity and audit settings; unset secrets are resolved by access/secrets.ts. */
export interface AccessConfig {
  hs256Secret?: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
  internalSecret?: string;
  auditKey?: string;
}

/** Gateway limits, checked before any subgraph is called. */
export interface LimitsConfig {
  maxBodyBytes: number;
  depth: number;
  aliases: number;
  tokens: number;
  cost: number;
  ratePerMinute: number;
  rateBurst: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: Record<string, string | undefined>): HubConfig {
  // An empty variable means "not set", as in a shell `export HUB_DB_HR=`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const raw = parsed.data as RawEnv & Record<string, unknown>;
  const dataDir = path.resolve(raw.HUB_DATA_DIR);
  const departments = Object.fromEntries(
    DEPARTMENTS.map((department) => {
      const info = DEPARTMENT_INFO[department];
      const url = raw[info.envVar] as string | undefined;
      const port = (raw[`HUB_SUBGRAPH_${department}_PORT`] as number | undefined) ?? DEFAULT_PORTS[department];
      const externalUrl = raw[`HUB_SUBGRAPH_${department}_URL`] as string | undefined;
      const mappingFile = raw[`${info.envVar}_MAPPING`] as string | undefined;
      const mapping = mappingFile ? { mappingFile: path.resolve(mappingFile) } : {};
      const subgraphUrl = externalUrl ?? `http://${raw.HUB_HOST}:${port}/graphql`;
      const config: DepartmentConfig = {
        department,
        database: url
          ? { kind: 'mysql', url, timeoutMs: raw.HUB_DB_TIMEOUT_MS, ...mapping }
          : { kind: 'sqlite', file: path.join(dataDir, `${info.defaultDatabase}.sqlite`), timeoutMs: raw.HUB_DB_TIMEOUT_MS, ...mapping },
        // A department hosting its own subgraph keeps its own data: the hub makes no sample of it.
        embedded: !url && externalUrl === undefined,
        port,
        url: subgraphUrl,
        hostedElsewhere: externalUrl !== undefined,
      };
      return [department, config];
    }),
  ) as Record<Department, DepartmentConfig>;
  const crosscheckPort = raw.HUB_SUBGRAPH_CROSSCHECK_PORT ?? HUB_SERVICES.crosscheck.port;
  const disclosurePort = raw.HUB_SUBGRAPH_DISCLOSURE_PORT ?? HUB_SERVICES.disclosure.port;
  const disbursementPort = raw.HUB_SUBGRAPH_DISBURSEMENT_PORT ?? HUB_SERVICES.disbursement.port;
  return {
    host: raw.HUB_HOST,
    services: {
      crosscheck: {
        port: crosscheckPort,
        url: raw.HUB_SUBGRAPH_CROSSCHECK_URL ?? `http://${raw.HUB_HOST}:${crosscheckPort}/graphql`,
      },
      disclosure: {
        port: disclosurePort,
        url: raw.HUB_SUBGRAPH_DISCLOSURE_URL ?? `http://${raw.HUB_HOST}:${disclosurePort}/graphql`,
      },
      disbursement: {
        port: disbursementPort,
        url: raw.HUB_SUBGRAPH_DISBURSEMENT_URL ?? `http://${raw.HUB_HOST}:${disbursementPort}/graphql`,
      },
    },
    dataDir,
    sample: { persons: raw.HUB_SAMPLE_PERSONS, seed: raw.HUB_SAMPLE_SEED },
    gateway: { port: raw.HUB_GATEWAY_PORT, supergraphFile: path.resolve(raw.HUB_SUPERGRAPH_FILE), url: raw.HUB_GATEWAY_URL },
    site: { port: raw.HUB_SITE_PORT },
    client: { token: raw.HUB_TOKEN, timeZone: raw.HUB_TIMEZONE },
    departments,
    store: raw.HUB_STORE_URL ? { kind: 'mysql', url: raw.HUB_STORE_URL } : { kind: 'sqlite', file: path.join(dataDir, 'hub_store.sqlite') },
    access: {
      hs256Secret: raw.HUB_AUTH_HS256_SECRET,
      jwksUrl: raw.HUB_AUTH_JWKS_URL,
      issuer: raw.HUB_AUTH_ISSUER,
      audience: raw.HUB_AUTH_AUDIENCE,
      internalSecret: raw.HUB_INTERNAL_SECRET,
      auditKey: raw.HUB_AUDIT_KEY,
    },
    limits: {
      maxBodyBytes: raw.HUB_MAX_BODY_BYTES,
      depth: raw.HUB_LIMIT_DEPTH,
      aliases: raw.HUB_LIMIT_ALIASES,
      tokens: raw.HUB_LIMIT_TOKENS,
      cost: raw.HUB_LIMIT_COST,
      ratePerMinute: raw.HUB_RATE_LIMIT_PER_MINUTE,
      rateBurst: raw.HUB_RATE_LIMIT_BURST,
    },
    scale: {
      redisUrl: raw.HUB_REDIS_URL,
      gatewayInstances: raw.HUB_GATEWAY_INSTANCES,
      workerConcurrency: raw.HUB_WORKER_CONCURRENCY,
      redisPrefix: raw.HUB_REDIS_PREFIX,
      heartbeatTimeoutMs: raw.HUB_HEARTBEAT_TIMEOUT_SECONDS * 1000,
      chunkLines: raw.HUB_CHUNK_LINES,
    },
    databaseTimeoutMs: raw.HUB_DB_TIMEOUT_MS,
    trustedProxies: raw.HUB_TRUSTED_PROXIES ?? [],
    timeLimits: {
      complaintDays: raw.HUB_COMPLAINT_DEADLINE_DAYS,
      announcementDays: raw.HUB_ANNOUNCEMENT_DAYS,
      batchSendDay: raw.HUB_BATCH_SEND_DEADLINE_DAY,
    },
  };
}

/** For entry points: the configuration, or every problem printed and exit code 2. */
export function loadConfigOrExit(env: Record<string, string | undefined>): HubConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
