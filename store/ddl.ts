import type { Dialect } from '../lib/database-location.js';
/**
 * Explicit DDL for the hub's own store rather than TypeORM `synchronize`: on the production
 * MariaDB a schema sync that guesses wrong could drop a column of kept runs. Every statement is
 * idempotent, so opening the store creates what is missing and touches nothing else.
 */

/** What every store table's DDL writes differently on MariaDB/MySQL and on SQLite. */
export function storeDdlTerms(dialect: Dialect): { mysql: boolean; id: string; options: string } {
  const mysql = dialect === 'mysql';
  return {
    mysql,
    id: mysql ? 'BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY' : 'INTEGER PRIMARY KEY AUTOINCREMENT',
    // Binary collation: ID numbers, line ids and codes compare exactly, as on SQLite.
    options: mysql ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin' : '',
  };
}

export function crosscheckStoreDdl(dialect: Dialect): string[] {
  const { mysql, id, options } = storeDdlTerms(dialect);
  const runId = mysql ? 'INT NOT NULL AUTO_INCREMENT PRIMARY KEY' : 'INTEGER PRIMARY KEY AUTOINCREMENT';
  const bool = mysql ? 'TINYINT(1)' : 'INTEGER';
  // MySQL has no CREATE INDEX IF NOT EXISTS, so its indexes live inside CREATE TABLE.
  const index = (name: string, columns: string, unique = false) =>
    mysql ? `, ${unique ? 'UNIQUE ' : ''}KEY ${name} (${columns})` : '';
  const sqliteIndex = (table: string, name: string, columns: string, unique = false) =>
    mysql ? [] : [`CREATE ${unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${name} ON ${table} (${columns})`];
  return [
    `CREATE TABLE IF NOT EXISTS crosscheck_run (
      id ${runId},
      scope_kind VARCHAR(10) NOT NULL,
      batch_number VARCHAR(30) NULL,
      programme_code VARCHAR(20) NULL,
      period VARCHAR(6) NOT NULL,
      batch_numbers TEXT NOT NULL,
      eligibility_condition VARCHAR(40) NULL,
      status VARCHAR(24) NOT NULL,
      started_by VARCHAR(64) NOT NULL,
      started_at VARCHAR(30) NOT NULL,
      finished_at VARCHAR(30) NULL,
      heartbeat_at VARCHAR(30) NOT NULL,
      lines_total INT NULL,
      lines_checked INT NOT NULL,
      covered_through VARCHAR(20) NULL,
      reached_end ${bool} NOT NULL,
      rerun_of INT NULL,
      error TEXT NULL
      ${index('ix_run_status', 'status')}
    )${options}`,
    ...sqliteIndex('crosscheck_run', 'ix_run_status', 'status'),
    `CREATE TABLE IF NOT EXISTS crosscheck_finding (
      id ${id},
      run_id INT NOT NULL,
      line_id VARCHAR(20) NOT NULL,
      rule VARCHAR(40) NOT NULL,
      departments VARCHAR(120) NOT NULL,
      evidence TEXT NOT NULL,
      amount_fen BIGINT NOT NULL,
      batch_number VARCHAR(30) NOT NULL,
      village VARCHAR(12) NULL
      ${index('ux_finding_run_line_rule', 'run_id, line_id, rule', true)}
      ${index('ix_finding_run_rule', 'run_id, rule, line_id')}
      ${index('ix_finding_run_village', 'run_id, village')}
    )${options}`,
    ...sqliteIndex('crosscheck_finding', 'ux_finding_run_line_rule', 'run_id, line_id, rule', true),
    ...sqliteIndex('crosscheck_finding', 'ix_finding_run_rule', 'run_id, rule, line_id'),
    ...sqliteIndex('crosscheck_finding', 'ix_finding_run_village', 'run_id, village'),
    `CREATE TABLE IF NOT EXISTS crosscheck_not_checked (
      id ${id},
      run_id INT NOT NULL,
      line_id VARCHAR(20) NOT NULL,
      department VARCHAR(20) NOT NULL,
      rules VARCHAR(400) NOT NULL,
      reason VARCHAR(500) NOT NULL,
      amount_fen BIGINT NOT NULL,
      batch_number VARCHAR(30) NOT NULL
      ${index('ux_not_checked_run_line_dept', 'run_id, line_id, department', true)}
      ${index('ix_not_checked_run_dept', 'run_id, department, line_id')}
    )${options}`,
    ...sqliteIndex('crosscheck_not_checked', 'ux_not_checked_run_line_dept', 'run_id, line_id, department', true),
    ...sqliteIndex('crosscheck_not_checked', 'ix_not_checked_run_dept', 'run_id, department, line_id'),
    `CREATE TABLE IF NOT EXISTS crosscheck_review (
      id ${id},
      finding_id BIGINT NOT NULL,
      run_id INT NOT NULL,
      decision VARCHAR(10) NOT NULL,
      reason TEXT NOT NULL,
      reviewed_by VARCHAR(64) NOT NULL,
      reviewed_at VARCHAR(30) NOT NULL
      ${index('ix_review_finding', 'finding_id, id')}
    )${options}`,
    ...sqliteIndex('crosscheck_review', 'ix_review_finding', 'finding_id, id'),
    // The key (run, chunk) is what makes a chunk's commit happen once, however often its job runs.
    `CREATE TABLE IF NOT EXISTS crosscheck_run_chunk (
      run_id INT NOT NULL,
      chunk_no INT NOT NULL,
      after_id VARCHAR(20) NULL,
      last_id VARCHAR(20) NULL,
      line_count INT NOT NULL,
      mode VARCHAR(6) NOT NULL,
      status VARCHAR(10) NOT NULL,
      committed_at VARCHAR(30) NULL,
      worker VARCHAR(100) NULL,
      PRIMARY KEY (run_id, chunk_no)
    )${options}`,
  ];
}
