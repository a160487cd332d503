/**
 * `hub audit`: the audit log on the machine that holds the hub's store. `verify` walks the hash
 * chain, `export` writes the log as CSV or JSON Lines, `who` lists who looked at a person (a table
 * for people by default; the records' person hashes, thousands per cross-check request, only in CSV
 * and JSON Lines). Auditors elsewhere use the gateway's /audit/graphql with an auditor token.
 */
import { loadConfig } from '../../lib/config.js';
import { isValidIdNumber, normaliseIdNumber } from '../../lib/id-number.js';
import { hubKeys } from '../../access/secrets.js';
import { AUDIT_OUTCOMES, auditKeys, personHash, verifyChain, type AuditRecord } from '../../audit/chain.js';
import type { AuditStore } from '../../audit/store.js';
import { EXPORT_FORMATS, auditPages, exportAudit, type ExportFormat } from '../../audit/export.js';
import { EXIT, UsageError, write, type CliIO } from '../command.js';
import { defineCommand } from '../define-command.js';
import { instant, invalid, oneOf, text } from '../flags.js';
import { displayTimeZone, toOutput } from '../output.js';
import { exportSheets, type Column } from '../tabular.js';
import { counted } from '../wording.js';

const USAGE = `Usage:
  npx hub audit verify
      Checks the hash chain of the whole log; names the first edited, deleted or reordered
      record by its sequence number. Exit 0 when intact, 1 when not.
  npx hub audit export --format csv|jsonl [--out FILE] [--from DATE] [--to DATE]
                       [--user ID] [--role ROLE] [--outcome ok|refused|error]
      Writes the records, oldest first, to stdout or FILE.
  npx hub audit who --id <ID number> [--format table|csv|jsonl] [--out FILE]
      The records of every request that touched this person (the log holds only a keyed hash
      of the ID number; the key is HUB_AUDIT_KEY, or the one generated in HUB_DATA_DIR/secrets/),
      including records the persons' index has not reached yet. The table (default) shows when,
      who, with what scope, which operation, how many persons and rows, and the outcome, times
      in HUB_TIMEZONE; csv and jsonl are the full records, as export writes them.

Reads the hub's own store (HUB_STORE_URL, or HUB_DATA_DIR/hub_store.sqlite) with the same
configuration as the gateway that wrote it.
`;

const WHO_FORMATS = ['table', ...EXPORT_FORMATS] as const;

const FLAGS = {
  format: text(oneOf(WHO_FORMATS)),
  out: text(),
  from: text(instant),
  to: text(instant),
  user: text(),
  role: text(),
  outcome: text(oneOf(AUDIT_OUTCOMES, { anyCase: true })),
  // The number itself is not echoed: error output ends up in logs.
  id: text((value) => (isValidIdNumber(normaliseIdNumber(value)) ? normaliseIdNumber(value) : invalid('is not a valid citizen ID number'))),
};

async function withStore<T>(io: CliIO, work: (store: AuditStore, keys: ReturnType<typeof auditKeys>) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const keys = auditKeys(hubKeys(config).audit);
  // A reader: the index is not brought up to date here (the gateway does that); answers are exact without.
  // Loaded here, not at start-up: the store's drivers (mysql2, better-sqlite3) are a tenth of every other command's start-up.
  const { openAuditStore } = await import('../../audit/store.js');
  const store = await openAuditStore(config.store, keys, { catchUpOnOpen: false });
  try {
    return await work(store, keys);
  } finally {
    await store.close();
  }
}

async function verify(io: CliIO): Promise<number> {
  return withStore(io, async (store, keys) => {
    const result = await verifyChain(store, keys);
    if (result.ok) {
      await write(io.stdout, `Audit log intact: ${counted(result.records, 'record')}, the last is ${result.lastSeq}.\n`);
      return EXIT.OK;
    }
    const failure = result.failure!;
    await write(io.stdout, `Audit log BROKEN at record ${failure.seq} (${failure.problem}): ${failure.message}\n`);
    await write(io.stdout, `Records 1-${result.lastSeq} verify; nothing from record ${failure.seq} on can be trusted.\n`);
    return EXIT.FAILED;
  });
}

/** `hub audit who` for people: a record per line, without the persons' hashes. */
const WHO_COLUMNS: Column<AuditRecord>[] = [
  { key: 'seq', header: '序号', label: 'Seq', width: 8, kind: 'count', value: (r) => r.seq },
  { key: 'at', header: '时间', label: 'Time', width: 21, kind: 'time', value: (r) => r.at },
  { key: 'user', header: '用户', label: 'User', width: 20, value: (r) => r.user },
  { key: 'role', header: '角色', label: 'Role', width: 10, value: (r) => r.role },
  { key: 'scope', header: '范围', label: 'Scope', width: 38, blank: '—', value: (r) => r.scope },
  { key: 'operation', header: '操作', label: 'Operation', width: 34, blank: '—', value: (r) => r.operationName },
  { key: 'persons', header: '人数', label: 'Persons', width: 12, kind: 'count', value: (r) => r.persons.length },
  { key: 'rows', header: '行数', label: 'Rows', width: 10, kind: 'count', value: (r) => r.rowCount },
  { key: 'outcome', header: '结果', label: 'Outcome', width: 10, value: (r) => (r.code ? `${r.outcome} ${r.code}` : r.outcome) },
];

/** Exports the records `filter` selects (a person's hash needs the store's keys) to --out or stdout. */
async function exportRecords(io: CliIO, format: ExportFormat, out: string | undefined, filter: (keys: ReturnType<typeof auditKeys>) => Parameters<typeof exportAudit>[2]): Promise<number> {
  return withStore(io, (store, keys) => toOutput(out, io.stdout, (stream) => exportAudit(store, format, filter(keys), (text) => write(stream, text))));
}

export const auditCommand = defineCommand({
  name: 'audit',
  summary: 'verify the audit log hash chain, export the log, or list who looked at a person',
  usage: USAGE,
  flags: FLAGS,
  positionals: true,
  async run({ values, positionals }, io) {
    const [action, ...extra] = positionals;
    if (action === undefined) {
      await write(io.stderr, USAGE);
      return EXIT.USAGE;
    }
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);

    if (action === 'verify') return verify(io);
    if (action === 'export') {
      const format = values.format;
      if (!format || format === 'table') throw new UsageError(`--format is required (${EXPORT_FORMATS.join(' or ')})`);
      const filter = { user: values.user, role: values.role, outcome: values.outcome, from: values.from, to: values.to };
      const count = await exportRecords(io, format, values.out, () => filter);
      await write(io.stderr, `${counted(count, 'audit record')} exported.\n`);
      return EXIT.OK;
    }
    if (action === 'who') {
      const id = values.id;
      if (!id) throw new UsageError('--id is required');
      const format = values.format ?? 'table';
      const count =
        format === 'table'
          ? await withStore(io, async (store, keys) => {
              const [rows] = await exportSheets('table', [{ name: '访问记录', columns: WHO_COLUMNS, rows: auditPages(store, { person: personHash(keys, id) }) }], {
                file: values.out,
                stdout: io.stdout,
                timeZone: displayTimeZone(io),
              });
              return rows!;
            })
          : await exportRecords(io, format, values.out, (keys) => ({ person: personHash(keys, id) }));
      await write(io.stderr, `${counted(count, 'audit record')} touched this person.\n`);
      return EXIT.OK;
    }
    throw new UsageError(`unknown action "${action}": verify, export or who`);
  },
});
