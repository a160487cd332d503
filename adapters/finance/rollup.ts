/** Totals of payment lines grouped by batch dimensions, line status and (optionally) groups of persons. */
import { normaliseIdNumber } from '../../lib/id-number.js';
import { LOOKUP_CHUNK_SIZE } from '../sql-dialect.js';
import { normaliseCode } from '../../lib/text.js';
import { chunk } from '../../lib/chunks.js';
import { FUNDING_LEVEL, LINE_STATUS, RESPONSIBLE_DEPARTMENT } from './codes.js';
import { BatchTable, LineTable, ProgrammeTable } from './entities.js';
import { documentedCodeSql } from '../mapping/layout.js';
import type { LineReader, SelectedBatch, Selection } from './line-reader.js';
import type { PaymentLineFilter, PersonGroup, RollupDimension, RollupRow } from './search-types.js';
import { fenSql, integerAggregate, lineStatusGroupSql, personSql, trimSql } from './sql.js';
import { byKeysNullsLast } from '../../lib/ordering.js';

/** One output row being summed: persons as a set where they can be told apart, else a count. */
interface Group {
  /** JSON of [programme, period, funding level code, department code, county code]. */
  key: string;
  /** The status group: a line status code, 'X' for any other, null when not grouped by status. */
  status: string | null;
  group: string | null;
  lines: number;
  fen: number;
  persons: Set<string> | number;
}

/**
 * Totals grouped by the given dimensions. With `personGroups`, only the lines of the listed
 * persons count and every row also carries the group of its persons (groups must not share a
 * person): the disbursement service groups by village this way, from the register's divisions.
 */
export async function rollupLines(
  reader: LineReader,
  filter: PaymentLineFilter,
  dimensions: readonly RollupDimension[],
  personGroups: readonly PersonGroup[] | null,
): Promise<RollupRow[]> {
  const wantsProgramme = dimensions.includes('FUNDING_LEVEL') || dimensions.includes('DEPARTMENT');
  const selection = await reader.select(filter, null, wantsProgramme);
  if (selection.batches.length === 0) return [];
  const dims = new Set(dimensions);
  const groups =
    personGroups === null
      ? await groupedInSql(reader, selection, filter, dims, wantsProgramme)
      : await groupedByPerson(reader, selection, filter, dims, personGroups);
  const out: RollupRow[] = [];
  for (const entry of groups.values()) {
    const [programmeCode, period, fundingLevelCode, departmentCode, countyCode] = JSON.parse(entry.key) as Array<string | null>;
    out.push({
      programmeCode: programmeCode ?? null,
      period: period ?? null,
      fundingLevel: dims.has('FUNDING_LEVEL') ? FUNDING_LEVEL.read(fundingLevelCode ?? null) : null,
      fundingLevelCode: fundingLevelCode ?? null,
      department: dims.has('DEPARTMENT') ? RESPONSIBLE_DEPARTMENT.read(departmentCode ?? null) : null,
      departmentCode: departmentCode ?? null,
      countyCode: countyCode ?? null,
      status: entry.status === null ? null : LINE_STATUS.read(entry.status),
      personGroup: entry.group,
      lineCount: entry.lines,
      personCount: typeof entry.persons === 'number' ? entry.persons : entry.persons.size,
      totalFen: entry.fen,
    });
  }
  return out.sort(compareRollupRows);
}

/** An analyst's GROUP BY over the join: the per-batch dimensions could not give distinct persons. */
async function groupedInSql(
  reader: LineReader,
  selection: Selection,
  filter: PaymentLineFilter,
  dims: ReadonlySet<RollupDimension>,
  wantsProgramme: boolean,
): Promise<Map<string, Group>> {
  const dialect = reader.dialect;
  // Code columns as the documented codes, whatever the department stores (adapters/mapping).
  const documented = (table: string, column: string, expr: string) => documentedCodeSql(reader.ds, table, column, expr);
  const columns: Array<[RollupDimension, string, string]> = [
    ['PROGRAMME', trimSql(dialect, 'b.XMDM'), 'programme'],
    ['PERIOD', trimSql(dialect, 'b.FFQJ'), 'period'],
    ['FUNDING_LEVEL', trimSql(dialect, documented(ProgrammeTable.name, 'ZJJCDM', 'p.ZJJCDM')), 'funding'],
    ['DEPARTMENT', trimSql(dialect, documented(ProgrammeTable.name, 'ZGBMDM', 'p.ZGBMDM')), 'department'],
    ['COUNTY', trimSql(dialect, 'b.XZQHDM'), 'county'],
  ];
  const query = reader
    .lineConditions(reader.lines(), selection, filter, null, null)
    .innerJoin(BatchTable.name, 'b', 'b.PCH = m.PCH')
    .select('COUNT(*)', 'lines')
    .addSelect(`COUNT(DISTINCT ${personSql(dialect, 'm.SFZH')})`, 'persons')
    .addSelect(`SUM(${fenSql('m.JE')})`, 'fen');
  if (wantsProgramme) query.leftJoin(ProgrammeTable.name, 'p', 'p.XMDM = b.XMDM');
  const grouping = columns.filter(([dimension]) => dims.has(dimension)).map(([, sql, alias]) => [sql, alias] as const);
  // Unknown status codes form one group, so its persons are counted once.
  if (dims.has('STATUS')) grouping.push([lineStatusGroupSql(dialect, documented(LineTable.name, 'FFZTDM', 'm.FFZTDM')), 'st']);
  grouping.forEach(([sql, alias], i) => {
    query.addSelect(sql, alias);
    if (i === 0) query.groupBy(sql);
    else query.addGroupBy(sql);
  });

  const groups = new Map<string, Group>();
  const rows: Array<Record<string, string | number | null>> = await query.getRawMany();
  for (const row of rows) {
    const code = (alias: string) => normaliseCode(row[alias] as string | null | undefined);
    const key = JSON.stringify([code('programme'), code('period'), code('funding'), code('department'), code('county')]);
    const status = dims.has('STATUS') ? String(row.st) : null;
    const id = JSON.stringify([key, status]);
    const entry = groups.get(id);
    // Two stored spellings of one code merge here; their persons are then an upper bound.
    if (entry) {
      entry.lines += integerAggregate(row.lines);
      entry.fen += integerAggregate(row.fen);
      entry.persons = (entry.persons as number) + integerAggregate(row.persons);
    } else {
      groups.set(id, { key, status, group: null, lines: integerAggregate(row.lines), fen: integerAggregate(row.fen), persons: integerAggregate(row.persons) });
    }
  }
  return groups;
}

/**
 * Grouped by batch and person in SQL, then by dimension and person group in code: exact, and each
 * person is counted once per output row whatever batches their lines are spread over.
 */
async function groupedByPerson(
  reader: LineReader,
  selection: Selection,
  filter: PaymentLineFilter,
  dims: ReadonlySet<RollupDimension>,
  personGroups: readonly PersonGroup[],
): Promise<Map<string, Group>> {
  const batchKey = (batch: SelectedBatch): string =>
    JSON.stringify([
      dims.has('PROGRAMME') ? batch.record.programmeCode : null,
      dims.has('PERIOD') ? batch.record.period : null,
      dims.has('FUNDING_LEVEL') ? (batch.programme?.fundingLevelCode ?? null) : null,
      dims.has('DEPARTMENT') ? (batch.programme?.departmentCode ?? null) : null,
      dims.has('COUNTY') ? batch.record.countyCode : null,
    ]);
  const groupOf = new Map<string, string>();
  for (const group of personGroups) for (const id of group.idNumbers) groupOf.set(normaliseIdNumber(id), group.key);

  const groups = new Map<string, Group>();
  for (const ids of chunk([...groupOf.keys()], LOOKUP_CHUNK_SIZE)) {
    const query = reader
      .lineConditions(reader.lines(), selection, filter, null, ids)
      .select('m.PCH', 'pch')
      .addSelect(personSql(reader.dialect, 'm.SFZH'), 'pid')
      .addSelect('COUNT(*)', 'lines')
      .addSelect(`SUM(${fenSql('m.JE')})`, 'fen')
      .groupBy('m.PCH')
      .addGroupBy('pid');
    if (dims.has('STATUS')) query.addSelect(lineStatusGroupSql(reader.dialect, documentedCodeSql(reader.ds, LineTable.name, 'FFZTDM', 'm.FFZTDM')), 'st').addGroupBy('st');
    const rows: Array<{ pch: string; pid: string | null; st?: string; lines: unknown; fen: unknown }> = await query.getRawMany();
    for (const row of rows) {
      const batch = reader.batchOfRaw(selection, row.pch);
      const person = normaliseIdNumber(row.pid);
      const group = groupOf.get(person);
      if (!batch || group === undefined) continue;
      const key = batchKey(batch);
      const id = JSON.stringify([key, row.st ?? null, group]);
      let entry = groups.get(id);
      if (!entry) {
        entry = { key, status: row.st ?? null, group, lines: 0, fen: 0, persons: new Set<string>() };
        groups.set(id, entry);
      }
      entry.lines += integerAggregate(row.lines);
      entry.fen += integerAggregate(row.fen);
      (entry.persons as Set<string>).add(person);
    }
  }
  return groups;
}

const compareRollupRows = byKeysNullsLast<RollupRow>(
  (r) => r.programmeCode,
  (r) => r.period,
  (r) => r.fundingLevelCode,
  (r) => r.departmentCode,
  (r) => r.countyCode,
  (r) => r.personGroup,
  (r) => r.status,
);
