/** Totals of ledger cases by programme, county, period and rule, exact to the fen. */
import { RULES } from '../../lib/rules.js';
import type { LedgerView, RecoveryCaseView, RollupView } from './views.js';

type Totals = Omit<RollupView, 'key'>;

function empty(): Totals {
  return { cases: 0, dueFen: 0, recoveredFen: 0, writtenOffFen: 0, outstandingFen: 0 };
}

function add(totals: Totals, c: RecoveryCaseView): void {
  totals.cases += 1;
  totals.dueFen += c.case.dueFen;
  totals.recoveredFen += c.balance.recoveredFen;
  totals.writtenOffFen += c.balance.writtenOffFen;
  totals.outstandingFen += c.balance.outstandingFen;
}

const UNKNOWN = '(unknown)';

function groupBy(cases: readonly RecoveryCaseView[], keyOf: (c: RecoveryCaseView) => string | null, order?: (a: string, b: string) => number): RollupView[] {
  const groups = new Map<string, Totals>();
  for (const c of cases) {
    const key = keyOf(c) ?? UNKNOWN;
    const totals = groups.get(key) ?? empty();
    add(totals, c);
    groups.set(key, totals);
  }
  return [...groups.entries()].sort(([a], [b]) => (order ? order(a, b) : a < b ? -1 : a > b ? 1 : 0)).map(([key, totals]) => ({ key, ...totals }));
}

export function rollupsOf(cases: readonly RecoveryCaseView[]): Omit<LedgerView, 'cases'> {
  const totals = empty();
  for (const c of cases) add(totals, c);
  return {
    totals: { key: 'total', ...totals },
    byProgramme: groupBy(cases, (c) => c.case.programmeCode),
    byCounty: groupBy(cases, (c) => c.case.countyCode),
    byPeriod: groupBy(cases, (c) => c.case.period),
    byRule: groupBy(cases, (c) => c.case.rule, (a, b) => RULES.indexOf(a as never) - RULES.indexOf(b as never)),
  };
}
