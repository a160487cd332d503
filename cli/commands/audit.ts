/**
 * `hub audit`: the audit log on the machine that holds the hub's store. `verify` walks the hash
 * chain, `export` writes the log as CSV or JSON Lines, `who` lists who looked at a person. Auditors
 * elsewhere use the gateway's /audit/graphql with an auditor token.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { loadConfig } from '../../lib/config.js';
import { isValidIdNumber, normaliseIdNumber } from '../../lib/id-number.js';
import { hubKeys } from '../../access/secrets.js';
import { AUDIT_OUTCOMES, auditKeys, personHash, verifyChain, type AuditOutcome } from '../../audit/chain.js';
import { openAuditStore, type AuditStore } from '../../audit/store.js';
import { EXPORT_FORMATS, exportAudit, type ExportFormat } from '../../audit/export.js';
import { EXIT, UsageError, write, type CliIO, type Command } from '../command.js';

const USAGE = `Usage:
  npx hub audit verify
      Checks the hash chain of the whole log; names the first edited, deleted or reordered
      record by its sequence number. Exit 0 when intact, 1 when not.
  npx hub audit export --format csv|jsonl [--out FILE] [--from DATE] [--to DATE]
                       [--user ID] [--role ROLE] [--outcome ok|refused|error]
      Writes the records, oldest first, to stdout or FILE.
  npx hub audit who --id <ID number> [--format csv|jsonl]
      The records of every request that touched this person (the log holds only a keyed hash
      of the ID number; the key is HUB_AUDIT_KEY, or the one generated in HUB_DATA_DIR/secrets/).

Reads the hub's own store (HUB_STORE_URL, or HUB_DATA_DIR/hub_store.sqlite) with the same
configuration as the gateway that wrote it.
`;

function options(args: string[]) {
  try {
    return parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        user: { type: 'string' },
        role: { type: 'string' },
        outcome: { type: 'string' },
        id: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('. To specify')[0]!);
  }
}

function formatOf(value: string | undefined, required: boolean): ExportFormat {
  if (value === undefined) {
    if (required) throw new UsageError(`--format is required (${EXPORT_FORMATS.join(' or ')})`);
    return 'jsonl';
  }
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format must be ${EXPORT_FORMATS.join(' or ')} (got "${value}")`);
  return value as ExportFormat;
}

async function withStore<T>(io: CliIO, work: (store: AuditStore, keys: ReturnType<typeof auditKeys>) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const keys = auditKeys(hubKeys(config).audit);
  const store = await openAuditStore(config.store, keys);
  try {
    return await work(store, keys);
  } finally {
    await store.close();
  }
}

async function toOutput(io: CliIO, out: string | undefined, work: (emit: (text: string) => Promise<void>) => Promise<number>): Promise<number> {
  const stream: Writable = out ? createWriteStream(out) : io.stdout;
  const count = await work((text) => write(stream, text));
  if (out) {
    stream.end();
    await once(stream, 'finish');
  }
  return count;
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'verify the audit log hash chain, export the log, or list who looked at a person',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = options(args);
    const [action, ...extra] = positionals;
    if (values.help || action === undefined) {
      await write(values.help ? io.stdout : io.stderr, USAGE);
      return values.help ? EXIT.OK : EXIT.USAGE;
    }
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);

    if (action === 'verify') {
      return withStore(io, async (store, keys) => {
        const result = await verifyChain(store, keys);
        if (result.ok) {
          await write(io.stdout, `Audit log intact: ${result.records} records, the last is ${result.lastSeq}.\n`);
          return EXIT.OK;
        }
        const failure = result.failure!;
        await write(io.stdout, `Audit log BROKEN at record ${failure.seq} (${failure.problem}): ${failure.message}\n`);
        await write(io.stdout, `Records 1-${result.lastSeq} verify; nothing from record ${failure.seq} on can be trusted.\n`);
        return EXIT.FAILED;
      });
    }

    if (action === 'export') {
      const format = formatOf(values.format, true);
      const outcome = values.outcome?.trim().toLowerCase();
      if (outcome !== undefined && !(AUDIT_OUTCOMES as readonly string[]).includes(outcome)) throw new UsageError(`--outcome must be one of ${AUDIT_OUTCOMES.join(', ')}`);
      for (const [flag, value] of [['--from', values.from], ['--to', values.to]] as const) {
        if (value !== undefined && Number.isNaN(Date.parse(value))) throw new UsageError(`${flag} must be a date (YYYY-MM-DD) or an ISO 8601 instant`);
      }
      const filter = { user: values.user, role: values.role, outcome: outcome as AuditOutcome | undefined, from: values.from, to: values.to };
      const count = await withStore(io, (store) => toOutput(io, values.out, (emit) => exportAudit(store, format, filter, emit)));
      await write(io.stderr, `${count} audit records exported.\n`);
      return EXIT.OK;
    }

    if (action === 'who') {
      const id = normaliseIdNumber(values.id ?? '');
      if (!values.id) throw new UsageError('--id is required');
      if (!isValidIdNumber(id)) throw new UsageError('--id is not a valid citizen ID number');
      const format = formatOf(values.format, false);
      const count = await withStore(io, (store, keys) =>
        toOutput(io, values.out, (emit) => exportAudit(store, format, { person: personHash(keys, id) }, emit)),
      );
      await write(io.stderr, `${count} audit records touched this person.\n`);
      return EXIT.OK;
    }

    throw new UsageError(`unknown action "${action}": verify, export or who`);
  },
};
