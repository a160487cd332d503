/**
 * Roll-ups. Programme, period, funding level, department, status and the disbursing county are
 * finance's own data: finance groups them in one statement. The township and village of a person
 * are the register's: the persons are read (from finance, or from the register for a township or
 * village filter), their divisions asked of the register in calls of 10,000, and finance totals
 * each division's persons as a person group. Each person is in exactly one group and one call, so
 * sums and head-counts add up exactly.
 */
import { decimalToFen } from '../../lib/money.js';
import { badUserInput } from '../../lib/errors.js';
import type { RollupRowParent } from './mappers.js';
import type { PaymentScope } from './scope.js';
import { IDS_PER_CALL, type DisbursementSources, type FinanceDimension, type FinanceRollupRow } from './sources.js';
import { byKeysNullsLast } from '../../lib/ordering.js';

export type RollupDimension = 'PROGRAMME' | 'PERIOD' | 'FUNDING_LEVEL' | 'DEPARTMENT' | 'STATUS' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

const REGISTER_LEVEL: Partial<Record<RollupDimension, number>> = { TOWNSHIP: 9, VILLAGE: 12 };
const UNKNOWN = '';
const EVERYONE = '*';

function rowKey(row: FinanceRollupRow, division: string | null): string {
  return JSON.stringify([row.programmeCode, row.period, row.fundingLevelCode, row.departmentCode, row.status, division]);
}

export async function rollup(sources: DisbursementSources, scope: PaymentScope, groupBy: readonly RollupDimension[]): Promise<RollupRowParent[]> {
  const dimensions = [...new Set(groupBy)];
  const levels = dimensions.filter((d) => d === 'COUNTY' || d === 'TOWNSHIP' || d === 'VILLAGE');
  if (levels.length > 1) throw badUserInput('groupBy', `names ${levels.join(' and ')}: group by at most one division level`);
  const registerDigits = levels[0] ? REGISTER_LEVEL[levels[0]] : undefined;
  const financeDimensions = dimensions.filter((d): d is FinanceDimension => REGISTER_LEVEL[d] === undefined);
  const rows = new Map<string, RollupRowParent>();
  const add = (row: FinanceRollupRow, division: string | null) => {
    const key = rowKey(row, division);
    const fen = decimalToFen(row.totalAmount);
    const existing = rows.get(key);
    if (existing) {
      existing.lineCount += row.lineCount;
      existing.personCount += row.personCount;
      existing.totalFen += fen;
      return;
    }
    rows.set(key, {
      programmeCode: row.programmeCode ?? null,
      period: row.period ?? null,
      fundingLevel: row.fundingLevel ?? null,
      fundingLevelCode: row.fundingLevelCode ?? null,
      department: row.department ?? null,
      departmentCode: row.departmentCode ?? null,
      status: row.status ?? null,
      divisionCode: division,
      lineCount: row.lineCount,
      personCount: row.personCount,
      totalFen: fen,
    });
  };

  if (registerDigits === undefined && scope.persons === null) {
    for (const row of await sources.rollup(scope.financeFilter, financeDimensions, null)) add(row, levels[0] === 'COUNTY' ? (row.countyCode ?? null) : null);
    return sorted(rows);
  }

  const persons = scope.persons ? await scope.persons() : await sources.paidIdNumbers(scope.financeFilter);
  const groupOf = new Map<string, string>();
  if (registerDigits !== undefined) {
    const registrations = await sources.registrations(persons, null);
    for (const id of persons) groupOf.set(id, registrations.get(id)?.divisionCode?.slice(0, registerDigits) ?? UNKNOWN);
  } else {
    for (const id of persons) groupOf.set(id, EVERYONE);
  }
  // Calls of at most 10,000 persons; a division may span two calls, a person never does.
  const calls: Array<Map<string, string[]>> = [];
  let current = new Map<string, string[]>();
  let size = 0;
  for (const [id, group] of [...groupOf].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))) {
    if (size === IDS_PER_CALL) {
      calls.push(current);
      current = new Map();
      size = 0;
    }
    const list = current.get(group);
    if (list) list.push(id);
    else current.set(group, [id]);
    size++;
  }
  if (size > 0) calls.push(current);
  const answers = await Promise.all(
    calls.map((groups) => sources.rollup(scope.financeFilter, financeDimensions, [...groups].map(([key, idNumbers]) => ({ key, idNumbers })))),
  );
  for (const answer of answers) {
    for (const row of answer) {
      const group = row.personGroup ?? UNKNOWN;
      const division = registerDigits !== undefined ? (group === UNKNOWN ? null : group) : levels[0] === 'COUNTY' ? (row.countyCode ?? null) : null;
      add(row, division);
    }
  }
  return sorted(rows);
}

const compareRows = byKeysNullsLast<RollupRowParent>(
  (r) => r.programmeCode,
  (r) => r.period,
  (r) => r.fundingLevelCode,
  (r) => r.departmentCode,
  (r) => r.divisionCode,
  (r) => r.status,
);

function sorted(rows: Map<string, RollupRowParent>): RollupRowParent[] {
  return [...rows.values()].sort(compareRows);
}
