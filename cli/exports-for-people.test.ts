/**
 * What people read in the CLI's table, CSV and xlsx outputs: codes by their Chinese labels, times
 * in the county's zone, a workbook whose every sheet keeps its header in view and can be filtered;
 * and what programs read in JSON lines: the codes and ISO instants unchanged.
 */
import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { Kind, parse } from 'graphql';
import { exportSheets, single, type ExportFormat } from './tabular.js';
import { LINE_COLUMNS, rollupColumns, type LineRow, type RollupRow } from './payment-columns.js';
import { personSheets, type PersonPicture } from './person-sheets.js';
import { batchFindingsText } from './batch-findings-report.js';

/** Every value of every enum of the supergraph (not the federation's own). */
const ENUM_VALUES = new Set(
  parse(readFileSync('schema/supergraph.graphql', 'utf8'))
    .definitions.filter((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && !d.name.value.includes('__'))
    .flatMap((d) => (d.kind === Kind.ENUM_TYPE_DEFINITION ? (d.values ?? []).map((v) => v.name.value) : [])),
);

const batch = { batchNumber: 'PC610727202403MZDB01', period: '202403', countyCode: '610727', sentToBankAt: '2024-03-05T02:00:00.000Z', programme: { code: 'MZ-DB', name: '城乡最低生活保障金' } };
const line = (id: string, status: string, creditedAt: string | null, failureReason: string | null = null): LineRow =>
  ({
    note: null,
    node: { id, amount: '650.00', status, statusCode: status === 'CREDITED' ? '1' : status === 'FAILED' ? '2' : '0', failureReason, creditedAt, idNumber: '610727195001010018', name: '张三丰', accountNumber: '6228****1234', batch },
  }) as unknown as LineRow;
const LINES = [line('1', 'CREDITED', '2024-03-23T11:12:35.000Z'), line('2', 'FAILED', null, '账户已冻结'), line('3', 'PENDING', null), line('4', 'UNRECOGNISED', null)];

const PERSON = {
  idNumber: '610727195001010018',
  registration: { name: '张三丰', sex: 'MALE', birthDate: '1950-01-01', divisionCode: '610727101201', address: '某村', status: 'NORMAL', statusCode: '0', deathDate: null, cancellationDate: null },
  registeredAt: true,
  paymentLines: LINES.map((l) => ({ ...l.node, batch })),
  registeredAccounts: [{ recordId: '9', accountType: 'SOCIAL_SECURITY_CARD', bankCode: '102', accountNumber: '6228****1234', inUse: true, registeredOn: '2020-01-01' }],
  socialSecurityCards: [{ cardNumber: 'K1', bankCode: '102', accountNumber: '6228****1234', status: 'REPORTED_LOST', issueDate: '2019-05-01' }],
  dibaoMemberships: [
    {
      relation: 'SELF',
      household: {
        householdNumber: 'H1',
        divisionCode: '610727101201',
        category: 'RURAL',
        monthlyAllowance: '650.00',
        startDate: '2020-01-01',
        endDate: null,
        activeAt: true,
        members: [{ idNumber: '610727195001010018', name: '张三丰', relation: 'SELF' }, { idNumber: '610727198001010011', name: '张四', relation: 'CHILD' }],
      },
    },
  ],
  onDibaoAt: true,
  extremePovertySupport: [{ recordId: '3', form: 'AT_HOME', startDate: '2021-01-01', endDate: null, activeAt: true }],
  supportedAt: true,
  disabilityCertificates: [{ certificateNumber: 'C1', category: 'PHYSICAL', level: 2, issueDate: '2020-01-01', validUntil: '2030-01-01', cancellationDate: null, validAt: true }],
  sentences: [{ offenderNumber: 'F1', type: 'SUSPENDED_SENTENCE', startDate: '2010-01-01', endDate: '2011-01-01', releaseDate: null, custodial: false, inCustodyAt: false }],
  inCustodyAt: false,
  insuredEmployments: [{ employerName: '某镇人民政府', employerType: 'GOVERNMENT_ORGAN', startDate: '2000-01-01', endDate: '2010-01-01', activeAt: false }],
} as unknown as PersonPicture;

async function toText(format: ExportFormat, sheets: Parameters<typeof exportSheets>[1], timeZone?: string): Promise<string> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c) => chunks.push(c));
  await exportSheets(format, sheets, { stdout, timeZone });
  return Buffer.concat(chunks).toString('utf8');
}

const englishEnums = (text: string) => text.split(/[\s,"]+/).filter((word) => ENUM_VALUES.has(word));

describe('exports for people, and for programs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hub-exports-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a CSV of payment lines, opened as UTF-8 with its BOM, shows no English enum: statuses in Chinese, times local', async () => {
    const file = path.join(dir, 'lines.csv');
    await exportSheets('csv', [{ name: '发放明细', columns: LINE_COLUMNS, rows: single(LINES) }], { file, stdout: new PassThrough() });
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    assert.deepEqual(englishEnums(text), []);
    const rows = text.trimEnd().split('\r\n').map((r) => r.split(','));
    const status = rows[0]!.indexOf('状态');
    const credited = rows[0]!.indexOf('到账时间');
    assert.deepEqual(rows.slice(1).map((r) => r[status]), ['已入账', '发放失败', '待到账', '未识别代码']);
    assert.equal(rows[1]![credited], '2024-03-23 19:12:35');
  });

  test("a person's table shows every section's codes by their Chinese labels", async () => {
    const text = await toText('table', personSheets(PERSON, '2024-03-01'));
    assert.deepEqual(englishEnums(text), []);
    for (const label of ['男', '正常', '已入账', '社保卡金融账户', '挂失', '本人', '子女', '农村低保', '分散供养', '肢体残疾', '缓刑', '机关', '2024-03-05 10:00:00']) assert.ok(text.includes(label), label);
    assert.ok(!text.includes('T02:00:00'), 'no ISO instant');
  });

  test('JSON lines keep the codes and the ISO instants for programs', async () => {
    const rows = (await toText('jsonl', [{ name: '发放明细', columns: LINE_COLUMNS, rows: single(LINES) }])).trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(rows.map((r) => r.status), ['CREDITED', 'FAILED', 'PENDING', 'UNRECOGNISED']);
    assert.equal(rows[0].creditedAt, '2024-03-23T11:12:35.000Z');
  });

  test("the crosscheck summary's batch checks name each check and outcome in Chinese, never by its code", () => {
    const text = batchFindingsText([
      { batchNumber: 'PC610727202403MZDB01', check: 'SAME_USER_ENTERED_AND_APPROVED', outcome: 'FLAGGED', evidence: '录入与审核均为 mz01' },
      { batchNumber: 'PC610727202403MZDB01', check: 'SENT_BEFORE_APPROVAL', outcome: 'CANNOT_BE_CHECKED', evidence: '无法核查：缺少审核时间（approvedAt）', missingField: 'approvedAt' },
    ]).join('\n');
    assert.match(text, /PC610727202403MZDB01\s+录入与审核为同一人\s+发现问题\s+录入与审核均为 mz01/);
    assert.match(text, /未审核先送银行\s+无法核查\s+无法核查：/);
    assert.deepEqual(englishEnums(text), []);
  });

  test('the zone is the one configured: UTC shows the instant as it is', async () => {
    const text = await toText('csv', [{ name: '发放明细', columns: LINE_COLUMNS, rows: single(LINES.slice(0, 1)) }], 'UTC');
    assert.ok(text.includes(',2024-03-23 11:12:35'), text);
  });

  test('a roll-up names funding levels and departments in Chinese, and persons the register does not know in words; jsonl keeps null', async () => {
    const rows = [
      { programmeCode: 'MZ-DB', programme: { name: '低保' }, period: '202403', fundingLevel: 'CENTRAL', department: 'CIVIL_AFFAIRS', status: 'CREDITED', divisionCode: null, lineCount: 1, personCount: 1, totalAmount: '650.00' },
    ] as unknown as RollupRow[];
    const columns = rollupColumns(['PROGRAMME', 'FUNDING_LEVEL', 'DEPARTMENT', 'STATUS', 'VILLAGE']);
    const csv = await toText('csv', [{ name: '汇总', columns, rows: single(rows) }]);
    assert.deepEqual(englishEnums(csv), []);
    assert.ok(csv.includes(',中央,民政,已入账,（户籍无此人）,1,1,650.00'), csv);
    const jsonl = JSON.parse(await toText('jsonl', [{ name: '汇总', columns, rows: single(rows) }]));
    assert.deepEqual([jsonl.fundingLevel, jsonl.department, jsonl.divisionCode], ['CENTRAL', 'CIVIL_AFFAIRS', null]);
  });

  test('every sheet of a workbook has its header row frozen and a filter; times are date cells of local time; codes are labels', async () => {
    const file = path.join(dir, 'person.xlsx');
    await exportSheets('xlsx', personSheets(PERSON, '2024-03-01'), { file, stdout: new PassThrough() });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    assert.equal(workbook.worksheets.length, 9);
    for (const sheet of workbook.worksheets) {
      assert.equal(sheet.views[0]?.state, 'frozen', sheet.name);
      assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, 1, sheet.name);
      assert.match(String(sheet.autoFilter), /^A1:[A-Z]+\d+$/, sheet.name);
      const columns = sheet.getRow(1).cellCount;
      assert.ok(String(sheet.autoFilter).startsWith(`A1:${String.fromCharCode(64 + columns)}`), `${sheet.name}: the filter spans every column`);
    }
    const lines = workbook.getWorksheet('发放明细')!;
    assert.equal(String(lines.autoFilter), `A1:L${LINES.length + 1}`);
    const header = (lines.getRow(1).values as unknown[]).slice(1);
    const credited = lines.getRow(2).getCell(header.indexOf('到账时间') + 1);
    assert.ok(credited.value instanceof Date);
    assert.equal((credited.value as Date).toISOString(), '2024-03-23T19:12:35.000Z', 'the wall clock of Asia/Shanghai');
    assert.equal(credited.numFmt, 'yyyy-mm-dd hh:mm:ss');
    assert.equal(lines.getRow(2).getCell(header.indexOf('状态') + 1).value, '已入账');
    const words: string[] = [];
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => words.push(String(cell.value))));
    assert.deepEqual(words.filter((w) => ENUM_VALUES.has(w)), []);
  });
});
