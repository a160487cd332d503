/** The source check's report: for people in Chinese and English, for machines one JSON object per line. */
import { DEPARTMENT_INFO } from '../../lib/departments.js';
import type { SourceCheckReport, Verdict } from './check.js';
import { DIRTY_TEXT } from './values.js';

export const VERDICT_EXIT: Record<Verdict, number> = { READY: 0, USABLE_WITH_WARNINGS: 3, NOT_USABLE: 1 };

const VERDICT_TEXT: Record<Verdict, string> = {
  READY: 'ready 可以接入',
  USABLE_WITH_WARNINGS: 'usable with warnings 可以接入，但有警告',
  NOT_USABLE: 'not usable 不能接入',
};

const n = (value: number) => value.toLocaleString('en-US');
const rowsOf = (count: number) => `${n(count)} ${count === 1 ? 'row' : 'rows'} 行`;

export function textReport(report: SourceCheckReport): string {
  const info = DEPARTMENT_INFO[report.department];
  const out: string[] = [];
  out.push(`Source check 源数据检查: ${info.nameEn} ${info.nameZh} (${info.slug})`);
  out.push(`  database 数据库: ${report.database}`);
  out.push(`  layout 表结构: ${report.mapping ? `mapping 映射文件 ${report.mapping}` : 'documented 标准表结构 (legacy-systems)'}`);
  if (report.tables.length) {
    out.push('', 'Tables and columns 表与字段');
    const rows = new Map(report.counts.map((c) => [c.table, c.rows]));
    for (const table of report.tables) {
      if (!table.found) {
        out.push(`  ✗ ${table.table} → ${table.stored}: table not found 表不存在`);
        continue;
      }
      const bad = table.columns.filter((c) => c.severity !== 'ok');
      const ok = table.columns.length - bad.length;
      out.push(`  ${bad.some((c) => c.severity === 'error') ? '✗' : bad.length ? '!' : '✓'} ${table.table} → ${table.stored}: ${rowsOf(rows.get(table.table) ?? 0)}, ${ok}/${table.columns.length} columns as expected 字段符合`);
      for (const c of bad) {
        const what = c.found === null ? 'missing 缺失' : `${c.problem} 类型不符`;
        out.push(`      ${c.severity === 'error' ? '✗' : '!'} ${c.table}.${c.column} → ${c.stored}: ${what}`);
      }
    }
  }
  if (report.tables.some((t) => t.found)) {
    out.push('', 'Dirty values 脏数据');
    if (!report.dirty.length) out.push('  none found 未发现');
    for (const d of report.dirty) {
      const text = DIRTY_TEXT[d.kind];
      out.push(`  ${d.table}.${d.column}: ${rowsOf(d.rows)} — ${text.en} ${text.zh}${d.examples.length ? `; e.g. 例 ${d.examples.join(', ')}` : ''}`);
    }
    out.push('', 'Indexes the hub queries use 枢纽查询所用索引');
    for (const i of report.indexes) out.push(`  ${i.present ? '✓' : '✗'} ${i.table} (${i.columns.join(', ')})${i.present ? '' : ' missing 缺失'}`);
    const missing = report.indexes.filter((i) => !i.present);
    if (missing.length) {
      out.push('', '  For the DBA 请数据库管理员执行:');
      for (const i of missing) out.push(`    ${i.createIndex}`);
    } else if (report.indexes.length) out.push('  none missing 无缺失');
  }
  if (report.timing) {
    const t = report.timing;
    out.push('', `Query times on ${n(t.persons)} of the department's ID numbers 以本部门${n(t.persons)}个身份号码测得的查询耗时 (${t.reads.join(', ')})`);
    out.push(`  screening 筛查 (all at once 一次请求): ${t.screeningMs} ms`);
    out.push(`  lookup 逐人查询 (one at a time 每次一人): ${t.lookupTotalMs} ms in all 合计, median 中位数 ${t.lookupMedianMs} ms, p95 ${t.lookupP95Ms} ms`);
  }
  if (report.problems.length) {
    out.push('', 'Problems 问题');
    for (const p of report.problems) out.push(`  ✗ ${p}`);
  }
  out.push('', `Verdict 结论: ${VERDICT_TEXT[report.verdict]} (exit code ${VERDICT_EXIT[report.verdict]})`, '');
  return out.join('\n');
}

/** One JSON object per line, each with its `type`; the last is the verdict. */
export function jsonlReport(report: SourceCheckReport): string {
  const lines: object[] = [{ type: 'source', department: report.department, database: report.database, mapping: report.mapping }];
  const rows = new Map(report.counts.map((c) => [c.table, c.rows]));
  for (const table of report.tables) {
    lines.push({ type: 'table', table: table.table, stored: table.stored, found: table.found, rows: rows.get(table.table) ?? null });
    for (const c of table.columns) lines.push({ type: 'column', ...c });
  }
  for (const d of report.dirty) lines.push({ type: 'dirty', ...d });
  for (const i of report.indexes) lines.push({ type: 'index', ...i });
  if (report.timing) lines.push({ type: 'timing', ...report.timing });
  for (const p of report.problems) lines.push({ type: 'problem', problem: p });
  lines.push({ type: 'verdict', verdict: report.verdict, exitCode: VERDICT_EXIT[report.verdict] });
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}
