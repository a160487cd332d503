import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCaptured } from '../test-support/cli-capture.js';
import ExcelJS from 'exceljs';
import { main } from './main.js';
import type { RunningHttpServer } from '../lib/graphql-http.js';
import { FakeCrosscheckGateway } from '../test-support/fake-crosscheck-gateway.js';
import { startCrosscheckService, startStandInGateway, type CrosscheckTestService } from '../test-support/crosscheck-service.js';
import { validIdNumber } from '../test-support/id-numbers.js';
import { freePort } from '../test-support/ports.js';

const person = (n: number) => validIdNumber('610727', '19500101', String(n).padStart(3, '0'));
const TOKEN = 'test-token-alice';

/**
 * The CLI talks to the real crosscheck subgraph through a stand-in gateway that turns the test
 * bearer token into the signed internal token; the departments behind it are in-memory fakes.
 */
describe('hub crosscheck (CLI)', () => {
  let dir: string;
  let fake: FakeCrosscheckGateway;
  let service: CrosscheckTestService;
  let gateway: RunningHttpServer;

  beforeAll(async () => {
    fake = new FakeCrosscheckGateway();
    fake.addBatch({ batchNumber: 'PCH001', programmeCode: 'DB01', eligibilityCondition: 'DIBAO', period: '202403', countyCode: '610727' }, [
      { id: '1', idNumber: person(1), amount: '1234.56' },
      { id: '2', idNumber: person(2), amount: '0.10' },
      { id: '3', idNumber: 'BAD', amount: '3.00' },
    ]);
    fake.addBatch({ batchNumber: 'PCH002', programmeCode: 'TK01', eligibilityCondition: 'TEKUN', period: '202403', countyCode: '610727' }, [
      { id: '11', idNumber: person(11), amount: '50.00' },
    ]);
    fake.responders.REGISTER = (s) => (s.key === '1' ? [['DECEASED', 'died 2024-01-17, before the period start 2024-03-01']] : []);
    fake.responders.DIBAO = (s) => (s.key === '2' ? [['NOT_ON_DIBAO', '名下无有效低保, "quoted", and =1+1']] : []);
    fake.failing.add('EXTREME_POVERTY');
    service = await startCrosscheckService(fake, { chunkSize: 2 });
    dir = service.dir;
    gateway = await startStandInGateway(service, { [TOKEN]: { sub: 'alice', role: 'analyst', regions: ['6107'], department: null } });
  });

  afterAll(async () => {
    await gateway?.close();
    await service?.close();
  });

  function env(extra: Record<string, string> = {}) {
    return { HUB_GATEWAY_URL: gateway.url, HUB_DATA_DIR: dir, HUB_TOKEN: TOKEN, ...extra };
  }

  const runCli = (args: string[], extraEnv: Record<string, string> = {}) => runCaptured(main, args, env(extraEnv));

  test('--format jsonl prints one JSON object per finding on stdout and nothing else', async () => {
    const child = spawn(process.execPath, ['cli/bin.js', 'crosscheck', '--batch', 'PCH001', '--format', 'jsonl', '--poll-ms', '20'], {
      env: { PATH: process.env.PATH, ...env() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stderr);
    const lines = stdout.split('\n').filter((l) => l !== '');
    assert.equal(stdout.endsWith('\n'), true);
    const findings = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(
      findings.map((f) => [f.lineId, f.rule, f.departments]),
      [
        ['1', 'DECEASED', ['PUBLIC_SECURITY']],
        ['2', 'NOT_ON_DIBAO', ['CIVIL_AFFAIRS']],
        ['3', 'ID_INVALID', []],
      ],
    );
    for (const f of findings) assert.equal(typeof f.evidence, 'string');
    assert.equal(findings[0]!.amount, '1234.56');
    // Progress and the summary go to stderr; on a pipe, as plain lines.
    assert.match(stderr, /crosscheck run \d+:/);
    assert.match(stderr, /：已完成/);
    assert.ok(!stderr.includes('\r'), 'no carriage-return progress bar on a pipe');
  });

  test('a check with rules not checked ends with exit code 3 and says how to check them again', async () => {
    const result = await runCli(['crosscheck', '--batch', 'PCH002', '--poll-ms', '20']);
    assert.equal(result.code, 3, result.stderr);
    assert.match(result.stdout, /明细编号 Line/);
    assert.match(result.stdout, /已完成（部分未核查）/);
    assert.match(result.stdout, /未核查 NOT CHECKED: 1 line with rules/);
    assert.match(result.stdout, /民政: 1 line, rule 非特困供养人员/);
    assert.match(result.stdout, /npx hub crosscheck --rerun \d+/);
  });

  test('csv starts with a UTF-8 BOM, has Chinese headers and quotes what needs quoting', async () => {
    const file = path.join(dir, 'findings.csv');
    const result = await runCli(['crosscheck', '--batch', 'PCH001', '--format', 'csv', '--out', file, '--poll-ms', '20']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = bytes.toString('utf8').slice(1).split('\r\n');
    assert.equal(rows[0], '明细编号,规则,部门,证据,金额（元）,批次,村/社区');
    assert.equal(rows[1]!.split(',').slice(0, 3).join(','), '1,已死亡,公安');
    assert.match(rows[2]!, /^2,非低保对象,民政,"名下无有效低保, ""quoted"", and =1\+1",0\.10,PCH001,$/);
    assert.match(result.stderr, /Wrote csv to/);
  });

  test('xlsx holds a summary sheet, the run\'s facts and one sheet per rule, with Chinese headers', async () => {
    const file = path.join(dir, 'findings.xlsx');
    const result = await runCli(['crosscheck', '--batch', 'PCH001', '--format', 'xlsx', '--out', file, '--poll-ms', '20']);
    assert.equal(result.code, 0, result.stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    // 批次核查 (the batches' duty and timing checks) is written by cli/batch-findings-report.ts when the run has them.
    assert.deepEqual(workbook.worksheets.map((s) => s.name).filter((n) => n !== '批次核查'), ['汇总', '核查信息', '身份证号无效', '已死亡', '非低保对象']);
    const summary = workbook.getWorksheet('汇总')!;
    assert.deepEqual((summary.getRow(1).values as unknown[]).slice(1), ['规则', '部门', '发现数', '涉及金额（元）']);
    assert.deepEqual([1, 3].map((c) => summary.getRow(2).getCell(c).value), ['身份证号无效', 1]);
    for (const sheet of workbook.worksheets) {
      assert.equal(sheet.views[0]?.state, 'frozen', sheet.name);
      assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, 1, sheet.name);
      assert.match(String(sheet.autoFilter), /^A1:[A-Z]+\d+$/, sheet.name);
    }
    const facts = workbook.getWorksheet('核查信息')!;
    const fact = (name: string) => facts.getColumn(1).values.indexOf(name);
    assert.equal(typeof facts.getRow(fact('核查编号')).getCell(2).value, 'string', 'the run id is text');
    const started = facts.getRow(fact('开始时间')).getCell(2);
    assert.ok(started.value instanceof Date, 'the start is a date cell');
    assert.equal(started.numFmt, 'yyyy-mm-dd hh:mm:ss');
    assert.equal(facts.getRow(fact('状态')).getCell(2).value, '已完成');
    const deceased = workbook.getWorksheet('已死亡')!;
    assert.deepEqual((deceased.getRow(1).values as unknown[]).slice(1), ['明细编号', '规则', '部门', '证据', '金额（元）', '批次', '村/社区']);
    assert.deepEqual((deceased.getRow(2).values as unknown[]).slice(1, 6), ['1', '已死亡', '公安', 'died 2024-01-17, before the period start 2024-03-01', 1234.56]);
    assert.equal(deceased.rowCount, 2);
  });

  test('an xlsx with lines not checked lists them on a sheet of their own', async () => {
    const file = path.join(dir, 'gaps.xlsx');
    const result = await runCli(['crosscheck', '--batch', 'PCH002', '--format', 'xlsx', '--out', file, '--poll-ms', '20']);
    assert.equal(result.code, 3, result.stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const gaps = workbook.getWorksheet('未核查')!;
    assert.deepEqual((gaps.getRow(2).values as unknown[]).slice(1, 4), ['11', '民政', '非特困供养人员']);
  });

  test('an earlier run can be exported again without checking again', async () => {
    const first = await runCli(['crosscheck', '--batch', 'PCH001', '--format', 'jsonl', '--poll-ms', '20']);
    const runId = /crosscheck run (\d+) started/.exec(first.stderr)?.[1];
    assert.ok(runId);
    const callsBefore = fake.calls.length;
    const again = await runCli(['crosscheck', '--run', runId, '--format', 'jsonl']);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, first.stdout);
    assert.equal(fake.calls.length, callsBefore, 'no department was asked');
  });

  test('--period alone checks every batch of the month as one run, and so does --batch repeated', async () => {
    const month = await runCli(['crosscheck', '--period', '202403', '--format', 'jsonl', '--poll-ms', '20']);
    // TK01's batch leaves NOT_SUPPORTED_PERSON not checked: one run, so one exit code for both batches.
    assert.equal(month.code, 3, month.stderr);
    const pairs = (jsonl: string) => jsonl.split('\n').filter((l) => l !== '').map((l) => { const f = JSON.parse(l); return `${f.batchNumber}:${f.lineId}:${f.rule}`; });
    const perBatch = [];
    for (const batch of ['PCH001', 'PCH002']) perBatch.push(...pairs((await runCli(['crosscheck', '--batch', batch, '--format', 'jsonl', '--poll-ms', '20'])).stdout));
    assert.deepEqual(pairs(month.stdout), perBatch);
    assert.match(month.stderr, /全部项目的 2 个批次，期间 2024-03/);
    const both = await runCli(['crosscheck', '--batch', 'PCH001', '--batch', 'PCH002', '--format', 'jsonl', '--poll-ms', '20']);
    assert.equal(both.code, 3, both.stderr);
    assert.deepEqual(pairs(both.stdout), perBatch);
    assert.match(both.stderr, /多个项目的 2 个批次，期间 2024-03/);
  });

  const usageCases: [string, string[], RegExp][] = [
    ['an unknown flag', ['crosscheck', '--bach', 'PCH001'], /--bach/],
    ['a flag without its value', ['crosscheck', '--batch'], /--batch/],
    ['no scope at all', ['crosscheck'], /--batch/],
    ['--period together with --batch', ['crosscheck', '--batch', 'PCH001', '--period', '202403'], /--batch and --period cannot be combined/],
    ['--programme without --period', ['crosscheck', '--programme', 'DB01'], /--programme needs --period/],
    ['a malformed --period', ['crosscheck', '--programme', 'DB01', '--period', '2024-03'], /--period must be YYYYMM/],
    ['an unknown --format', ['crosscheck', '--batch', 'PCH001', '--format', 'pdf'], /--format must be one of table, jsonl, csv, xlsx/],
    ['xlsx without --out', ['crosscheck', '--batch', 'PCH001', '--format', 'xlsx'], /--format xlsx needs --out/],
    ['--batch together with --programme', ['crosscheck', '--batch', 'A', '--programme', 'B', '--period', '202403'], /--batch and --programme cannot be combined/],
    ['an unknown batch (the server names batchNumber)', ['crosscheck', '--batch', 'NOPE'], /--batch names no batch known to finance: "NOPE"/],
    ['a programme with no batches in the period', ['crosscheck', '--programme', 'DB01', '--period', '202405'], /--period has no batches of programme DB01/],
  ];
  for (const [what, args, message] of usageCases) {
    test(`${what} is an error naming the flag, with exit code 2 and nothing on stdout`, async () => {
      const result = await runCli(args);
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
    });
  }

  test('without a token the gateway refuses and the CLI says how to present one, exit code 1', async () => {
    const result = await runCli(['crosscheck', '--batch', 'PCH001'], { HUB_TOKEN: '' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /--token or HUB_TOKEN/);
  });

  test('an unreachable gateway is exit code 1 with a message naming it', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/graphql`;
    const result = await runCli(['crosscheck', '--batch', 'PCH001'], { HUB_GATEWAY_URL: closed });
    assert.equal(result.code, 1);
    assert.ok(result.stderr.includes(`could not reach ${closed}`), result.stderr);
  });

  test('help lists the commands and the exit codes; an unknown command is exit code 2', async () => {
    const help = await runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /crosscheck +check a batch/);
    assert.match(help.stdout, /Exit codes/);
    const unknown = await runCli(['paymentz']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "paymentz"/);
    const commandHelp = await runCli(['crosscheck', '--help']);
    assert.equal(commandHelp.code, 0);
    assert.match(commandHelp.stdout, /--format table\|jsonl\|csv\|xlsx/);
  });
});
