import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import type { DataSource } from 'typeorm';
import { RawSql } from './raw-sql.js';
import { DepartmentLayout } from './mapping/layout.js';
import { idMatchSql } from './sql-dialect.js';

describe('raw statements', () => {
  const sql = new RawSql({} as DataSource, new DepartmentLayout('FINANCE', null), 'mysql');

  test('named parameters become positional ones in order, a list one placeholder per value', () => {
    const match = idMatchSql('mysql', 'm.SFZH', ['61072719450302001X', '610727198001011237'], 'ids');
    const where = sql.where(`b.XMDM = :programme AND ${match.sql} AND b.FFQJ = :period`, { programme: 'MZ', period: '202403', ...match.params });
    assert.equal(where.sql, 'b.XMDM = ? AND m.SFZH IN (?, ?, ?) AND b.FFQJ = ?');
    assert.deepEqual(where.values, ['MZ', '61072719450302001X', '61072719450302001x', '610727198001011237', '202403']);
  });

  test('a colon inside a quoted name or literal is not a parameter', () => {
    const where = sql.where("`odd:name` = :value AND \"x:y\" LIKE 'a:b' AND c = :other", { value: 1, other: 2 });
    assert.equal(where.sql, "`odd:name` = ? AND \"x:y\" LIKE 'a:b' AND c = ?");
    assert.deepEqual(where.values, [1, 2]);
  });

  test('a parameter without a value or an empty list is refused rather than sent', () => {
    assert.throws(() => sql.where('a = :missing', {}), /missing/);
    assert.throws(() => sql.where('a IN (:...none)', { none: [] }), /none/);
  });

  test('tables and columns are quoted as the dialect quotes them', () => {
    assert.equal(sql.from('FF_MX', 'm'), '`FF_MX` m');
    assert.equal(sql.column('m', 'FF_MX', 'SFZH'), 'm.`SFZH`');
    const sqlite = new RawSql({} as DataSource, new DepartmentLayout('FINANCE', null), 'sqlite');
    assert.equal(sqlite.column('m', 'FF_MX', 'SFZH'), 'm."SFZH"');
  });
});
