import { describe, test } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { checkMapping, MappingError } from './mapping-file.js';
import { DepartmentLayout } from './layout.js';

function problemsOf(document: unknown, dialect: 'mysql' | 'sqlite' = 'mysql'): string[] {
  try {
    checkMapping(document, 'JUSTICE', dialect);
  } catch (error) {
    if (error instanceof MappingError) return error.problems;
    throw error;
  }
  return [];
}

describe('a department mapping file', () => {
  test('every problem is listed at once, each naming the documented table and column', () => {
    const problems = problemsOf({
      department: 'JUSTICE',
      tables: {
        ZF_XFZX: {
          table: 'T ZF',
          columns: { ZJHM: 'SFZHM', XMM: 'NAME', XM: 'SFZHM', JYMC: 'bad name!' },
          codes: { XZDM: { A: '01', B: '07' }, XM: { A: 'B' } },
        },
        ZF_OTHER: {},
      },
    });
    assert.deepEqual(problems, [
      'ZF_XFZX: "table" "T ZF" is not a table name (NAME or SCHEMA.NAME)',
      'ZF_XFZX.XMM is not a documented column of ZF_XFZX (ZFBH, ZJHM, XM, XZDM, XQQR, XQZR, SJSFRQ, JYMC)',
      'ZF_XFZX.JYMC: "bad name!" is not a column name',
      'ZF_XFZX.ZJHM and ZF_XFZX.XM both map to the column SFZHM',
      'ZF_XFZX.XZDM: "B" maps to "07", which is not one of its documented codes (01, 02, 03, 04, 05, 06)',
      'ZF_XFZX.XM is not a code column, so it has no codes to map',
      'ZF_OTHER is not a table of JUSTICE (its tables: ZF_XFZX)',
    ]);
  });

  test('a mapping for another department, or a schema prefix on an embedded SQLite file, is refused', () => {
    assert.match(problemsOf({ department: 'HR' })[0]!, /"department" is "HR", but this is the JUSTICE mapping/);
    assert.match(problemsOf({ schema: 'legacy' }, 'sqlite')[0]!, /ZF_XFZX: a schema prefix \(legacy\) needs MySQL\/MariaDB/);
  });

  test('renamed tables, columns and codes leave the documented names to the adapters and translate at the boundary', () => {
    const layout = new DepartmentLayout(
      'JUSTICE',
      checkMapping({ tables: { ZF_XFZX: { table: 'legacy.T_XF', columns: { ZJHM: 'SFZHM' }, codes: { XZDM: { A: '01', B: '01', C: '05' } } } } }, 'JUSTICE', 'mysql'),
      'test',
    );
    const table = layout.table('ZF_XFZX');
    assert.equal(table.qualified, 'legacy.T_XF');
    assert.equal(table.column('ZJHM'), 'SFZHM');
    assert.equal(table.column('XM'), 'XM');
    const codes = table.codes('XZDM')!;
    assert.deepEqual([codes.toDocumented(' B'), codes.toDocumented('C'), codes.toDocumented('Q'), codes.toDocumented('02'), codes.toDocumented('')], ['01', '05', 'Q', null, null]);
    assert.deepEqual(codes.toStored(['01', '04']), ['A', 'B']);
    // The entity keeps the documented name (getRepository finds it) over the stored table and columns.
    assert.equal(table.entity.options.name, 'ZF_XFZX');
    assert.equal(table.entity.options.tableName, 'T_XF');
    assert.equal((table.entity.options.columns as Record<string, { name?: string }>).ZJHM?.name, 'SFZHM');
  });

  test('the documented layout is used unchanged when no mapping is given', () => {
    const layout = new DepartmentLayout('JUSTICE', null);
    assert.equal(layout.documented, true);
    assert.equal(layout.table('ZF_XFZX').qualified, 'ZF_XFZX');
    assert.equal(layout.table('ZF_XFZX').codes('XZDM'), null);
  });
});
