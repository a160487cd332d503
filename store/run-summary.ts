/**
 * The totals of a run: findings and the amount at risk per rule and per department, and the lines
 * left not checked per department. Sums are exact: a province's month overflows a double.
 */
import type { DataSource } from 'typeorm';
import type { Department } from '../lib/departments.js';
import { isRule, type Rule } from '../lib/rules.js';
import { bigFenOf, placeholders, rulesOf } from './rows.js';

export interface RunSummary {
  findings: number;
  linesFlagged: number;
  byRule: { rule: Rule; findings: number; amountFen: bigint }[];
  byDepartment: { department: Department; findings: number; lines: number }[];
  notCheckedLines: number;
  notChecked: { department: Department; lines: number; rules: Rule[] }[];
}

export class RunSummaries {
  constructor(private readonly dataSource: DataSource) {}

  /** `departmentRules`: the rules each department decides, for the per-department totals. */
  async of(runId: string, departmentRules: ReadonlyMap<Department, readonly Rule[]>): Promise<RunSummary> {
    const run = Number(runId);
    const byRule = await this.byRule(run);
    const [lines] = await this.dataSource.query('SELECT COUNT(DISTINCT f.line_id) AS n FROM crosscheck_finding f WHERE f.run_id = ?', [run]);
    const byDepartment: RunSummary['byDepartment'] = [];
    for (const [department, rules] of departmentRules) {
      const findings = byRule.filter((r) => rules.includes(r.rule)).reduce((sum, r) => sum + r.findings, 0);
      if (findings === 0) continue;
      const [row] = await this.dataSource.query(
        `SELECT COUNT(DISTINCT f.line_id) AS n FROM crosscheck_finding f WHERE f.run_id = ? AND f.rule IN (${placeholders(rules)})`,
        [run, ...rules],
      );
      byDepartment.push({ department, findings, lines: Number(row?.n ?? 0) });
    }
    const [gapLines] = await this.dataSource.query('SELECT COUNT(DISTINCT n.line_id) AS n FROM crosscheck_not_checked n WHERE n.run_id = ?', [run]);
    return {
      findings: byRule.reduce((sum, r) => sum + r.findings, 0),
      linesFlagged: Number(lines?.n ?? 0),
      byRule,
      byDepartment,
      notCheckedLines: Number(gapLines?.n ?? 0),
      notChecked: await this.gapsByDepartment(run),
    };
  }

  private async byRule(run: number): Promise<RunSummary['byRule']> {
    const rows: { rule: string; n: unknown; total: unknown }[] = await this.dataSource.query(
      'SELECT f.rule AS rule, COUNT(*) AS n, SUM(f.amount_fen) AS total FROM crosscheck_finding f WHERE f.run_id = ? GROUP BY f.rule',
      [run],
    );
    return rows.filter((r) => isRule(r.rule)).map((r) => ({ rule: r.rule as Rule, findings: Number(r.n), amountFen: bigFenOf(r.total) }));
  }

  private async gapsByDepartment(run: number): Promise<RunSummary['notChecked']> {
    const rows: { department: string; rules: string; n: unknown }[] = await this.dataSource.query(
      'SELECT n.department AS department, n.rules AS rules, COUNT(*) AS n FROM crosscheck_not_checked n WHERE n.run_id = ? GROUP BY n.department, n.rules',
      [run],
    );
    const gaps = new Map<Department, { lines: number; rules: Set<Rule> }>();
    for (const row of rows) {
      const entry = gaps.get(row.department as Department) ?? { lines: 0, rules: new Set<Rule>() };
      entry.lines += Number(row.n);
      for (const rule of rulesOf(row.rules)) entry.rules.add(rule);
      gaps.set(row.department as Department, entry);
    }
    return [...gaps].map(([department, g]) => ({ department, lines: g.lines, rules: [...g.rules] }));
  }
}
