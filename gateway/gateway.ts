import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { createGraphQLHttpHandler, listen, type RunningHttpServer } from '../lib/graphql-http.js';
import type { HubConfig } from '../lib/config.js';
import { ErrorCode, hubError } from '../lib/errors.js';
import { SUBGRAPH_NAMES } from '../lib/config.js';
import { DEPARTMENTS } from '../lib/departments.js';
import { hubKeys, type HubKeys } from '../access/secrets.js';
import { createBearerVerifier, unauthenticated } from '../access/tokens.js';
import type { Identity } from '../access/identity.js';
import { auditKeys } from '../audit/chain.js';
import { AuditRecorder } from '../audit/recorder.js';
import { openAuditStore, type AuditStore } from '../audit/store.js';
import { createAuditSchema, forbiddenForNonAuditors } from '../audit/graphql.js';
import { GatewayAccess, type EndpointRules, type GatewayContext } from './access.js';
import { loadPersistedDocuments, type PersistedDocuments } from '../lib/persisted-documents.js';
import { openRateLimiter } from '../lib/rate-limit.js';
import { TrustedProxies } from '../lib/client-address.js';
import { formatGatewayError } from './error-format.js';
import { HubSubgraphSource } from './subgraph-source.js';

export type { GatewayContext } from './access.js';

/** Subgraph name in the supergraph -> URL from configuration, so each department may host its own. */
export function subgraphUrls(config: HubConfig): Map<string, string> {
  const urls = new Map<string, string>();
  for (const department of DEPARTMENTS) urls.set(SUBGRAPH_NAMES[department], config.departments[department].url);
  for (const [name, service] of Object.entries(config.services)) urls.set(name, service.url);
  return urls;
}

/** The supergraph at /graphql: everyone but auditors; the public only through the safelist. */
const SUPERGRAPH_RULES: EndpointRules = {
  allows: (identity: Identity) =>
    identity.role === 'auditor'
      ? hubError(ErrorCode.FORBIDDEN, 'Forbidden: auditors read the audit log only, at /audit/graphql', { http: { status: 403 } })
      : null,
  safelistFor: new Set(['public']),
  alwaysPersonal: false,
};

/** The audit log at /audit/graphql: auditors only. */
const AUDIT_RULES: EndpointRules = {
  allows: (identity: Identity) =>
    identity.role === 'auditor' ? null : identity.role === 'public' ? unauthenticated("the audit log needs an auditor's token") : forbiddenForNonAuditors(),
  safelistFor: new Set(),
  alwaysPersonal: true,
};

/** Hands the API schema to the admission checks (cost needs field types) once the gateway has it. */
function schemaListener(onSchema: (schema: GraphQLSchema) => void): ApolloServerPlugin<GatewayContext> {
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          onSchema(apiSchema);
        },
      };
    },
  };
}

/**
 * @apollo/gateway, when constructed, starts reporting usage metrics to Apollo and, to label them,
 * runs OpenTelemetry resource detectors that probe cloud metadata addresses (GCP, AWS, Azure,
 * Alibaba: 169.254.169.254, metadata.google.internal). The hub talks only to its subgraphs,
 * databases, Redis and identity provider; the gateway's one switch for this is an environment
 * variable it reads in its constructor (node_modules/@apollo/gateway/dist/index.js).
 */
export function disableApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

export function createGateway(config: HubConfig, keys: HubKeys, access: GatewayAccess, onSchema: (schema: GraphQLSchema) => void) {
  // Static supergraph: the gateway never introspects subgraphs at run time.
  const supergraphSdl = readFileSync(config.gateway.supergraphFile, 'utf8');
  const urls = subgraphUrls(config);
  disableApolloTelemetry();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new HubSubgraphSource({ name, url: urls.get(name) ?? url }, keys),
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // The hub's own entry points stop every server in order on a signal; Apollo's per-server handlers would race them.
    stopOnTerminationSignals: false,
    // Introspection is decided per role in admission (off for the public); persisted documents are resolved there too.
    introspection: true,
    persistedQueries: false,
    plugins: [ApolloServerPluginUsageReportingDisabled(), schemaListener(onSchema), access.plugin({ mask: true })],
    formatError: formatGatewayError,
  });
  return { server, urls };
}

async function probe(url: string): Promise<{ ok: boolean; status?: number; error?: string }> {
  const health = new URL('/health', url).toString();
  try {
    const response = await fetch(health, { signal: AbortSignal.timeout(3000) });
    return { ok: response.ok, status: response.status };
  } catch (error) {
    return { ok: false, error: (error as Error).name };
  }
}

export interface GatewayOptions {
  /** The public role's safelist; public-operations/__generated__/persisted-documents.json by default. */
  persisted?: PersistedDocuments;
  /** An already open audit store (tests); otherwise config.store is opened and closed with the gateway. */
  auditStore?: AuditStore;
  /** Where the shared rate limits live in Redis (HUB_REDIS_URL); `<HUB_REDIS_PREFIX>:rate:gateway` unless given (tests). */
  rateLimitKeyPrefix?: string;
}

export interface RunningGateway extends RunningHttpServer {
  /** The auditors' endpoint. */
  auditUrl: string;
}

export async function startGateway(config: HubConfig, options: GatewayOptions = {}): Promise<RunningGateway> {
  const keys = hubKeys(config);
  const audit = auditKeys(keys.audit);
  // First, so that an unreachable Redis stops the start before anything else is opened.
  const rateLimiter = await openRateLimiter(
    { perMinute: config.limits.ratePerMinute, burst: config.limits.rateBurst },
    { redisUrl: config.scale.redisUrl, keyPrefix: options.rateLimitKeyPrefix ?? `${config.scale.redisPrefix}:rate:gateway` },
  );
  let store: AuditStore;
  try {
    store = options.auditStore ?? (await openAuditStore(config.store, audit));
  } catch (error) {
    await rateLimiter.close();
    throw error;
  }
  const recorder = new AuditRecorder(store, audit);
  const shared = {
    verifyBearer: createBearerVerifier(keys),
    limits: config.limits,
    rateLimiter,
    recorder,
    // HUB_TRUSTED_PROXIES: only these peers' X-Forwarded-For names the client (rate limits, audit).
    trustedProxies: new TrustedProxies(config.trustedProxies),
  };
  let apiSchema: GraphQLSchema | undefined;
  const access = new GatewayAccess({ ...shared, persisted: options.persisted ?? loadPersistedDocuments(), schema: () => apiSchema, rules: SUPERGRAPH_RULES });
  const auditSchema = createAuditSchema(store, audit, (id) => recorder.personHash(id));
  const auditAccess = new GatewayAccess({ ...shared, persisted: new Map(), schema: () => auditSchema, rules: AUDIT_RULES });

  const { server, urls } = createGateway(config, keys, access, (schema) => (apiSchema = schema));
  const auditServer = new ApolloServer<GatewayContext>({
    schema: auditSchema,
    includeStacktraceInErrorResponses: false,
    // The hub's own entry points stop every server in order on a signal; Apollo's per-server handlers would race them.
    stopOnTerminationSignals: false,
    persistedQueries: false,
    plugins: [ApolloServerPluginUsageReportingDisabled(), auditAccess.plugin({ mask: false })],
    formatError: formatGatewayError,
  });
  await server.start();
  await auditServer.start();
  const health = async () => {
    const subgraphs = Object.fromEntries(await Promise.all([...urls].map(async ([name, url]) => [name, await probe(url)] as const)));
    return { ok: Object.values(subgraphs).every((s) => s.ok), gateway: 'up', subgraphs };
  };
  const handler = createGraphQLHttpHandler<GatewayContext>({
    server,
    context: async (req) => access.context(req),
    admit: (req, body, url) => access.admit(req, body, url),
    onRefused: (req, code) => access.refusedBeforeAdmission(req, code),
    maxBodyBytes: config.limits.maxBodyBytes,
    health,
  });
  const auditHandler = createGraphQLHttpHandler<GatewayContext>({
    server: auditServer,
    paths: ['/audit/graphql'],
    context: async (req) => auditAccess.context(req),
    admit: (req, body, url) => auditAccess.admit(req, body, url),
    onRefused: (req, code) => auditAccess.refusedBeforeAdmission(req, code),
    maxBodyBytes: config.limits.maxBodyBytes,
    health: async () => ({ ok: true }),
  });
  let running: RunningHttpServer;
  try {
    running = await listen((req, res) => (req.url?.startsWith('/audit/') ? auditHandler : handler)(req, res), config.gateway.port, config.host);
  } catch (error) {
    await Promise.allSettled([server.stop(), auditServer.stop(), options.auditStore ? Promise.resolve() : store.close(), rateLimiter.close()]);
    throw error;
  }
  return {
    ...running,
    auditUrl: running.url.replace(/\/graphql$/, '/audit/graphql'),
    close: async () => {
      await running.close();
      await server.stop();
      await auditServer.stop();
      if (!options.auditStore) await store.close();
      await rateLimiter.close();
    },
  };
}
