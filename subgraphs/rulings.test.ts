/**
 * The rulings of crosscheck-rules.md, one case per clause, followed from the departments' legacy
 * rows (on SQLite and on MariaDB) through the real department subgraphs and the cross-check
 * engine to the stored findings and their evidence. Every rule code is reported at least once, so
 * the same run shows that every rule's evidence reads in Chinese.
 */
import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from '../test-support/assert.js';
import { describeOrSkip } from '../test-support/skip.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyRow, type LegacyTestDatabase } from '../test-support/legacy-db.js';
import { InProcessDepartments } from '../test-support/departments-in-process.js';
import { validIdNumber } from '../test-support/id-numbers.js';
import { LEGACY_TABLES, type LegacyTableName } from '../adapters/legacy-tables.js';
import { DEPARTMENTS, type Department } from '../lib/departments.js';
import { RULES } from '../lib/rules.js';
import type { Dialect } from '../lib/database-location.js';
import { CrosscheckStore } from '../store/crosscheck-store.js';
import type { FindingRecord } from '../store/findings.js';
import type { RunRecord } from '../store/runs.js';
import { CrosscheckService } from '../crosscheck/service.js';
import { CrosscheckSources } from '../crosscheck/sources.js';
import { DEPARTMENT_SUBGRAPHS } from './registry.js';

const COUNTY = '610727';
const VILLAGE = '610727101001';
const PERIOD = '202403';

/** Programme codes, batch numbers and every other identifier are digits, so letters in evidence can only be words. */
const PROGRAMMES = {
  NONE: { code: '9001', condition: null, standard: '100.00' },
  DIBAO: { code: '9002', condition: 'DIBAO', standard: null },
  TEKUN: { code: '9003', condition: 'TEKUN', standard: null },
  SEVERE: { code: '9004', condition: 'DISABLED_SEVERE', standard: null },
  ANY: { code: '9005', condition: 'DISABLED_ANY', standard: null },
  AGE: { code: '9006', condition: 'AGE_80', standard: null },
} as const;
type ProgrammeKey = keyof typeof PROGRAMMES;
const batchOf = (key: ProgrammeKey) => `${COUNTY}${PERIOD}${PROGRAMMES[key].code}`;

interface Payee {
  id: string;
  name: string;
  account: string;
}

type AnyRow = { table: LegacyTableName; row: Record<string, unknown> };

/** The county's rows in every department, and the rules each line is expected to get. */
class County {
  readonly rows: AnyRow[] = [];
  readonly expected = new Map<string, string[]>();
  private sequence = 0;
  private accounts = 0;
  private lines = 0;
  private serial = 0;

  constructor() {
    for (const [key, p] of Object.entries(PROGRAMMES)) {
      this.add('BT_XM', { XMDM: p.code, XMMC: '测试项目', ZGBMDM: 'MZ', ZJJCDM: '1', FFZQDM: 'M', BZJE: p.standard, ZGTJ: p.condition, ZCYJ: '测试', GKBZ: '1', ND: '2024' });
      this.add('FF_PC', { PCH: batchOf(key as ProgrammeKey), XMDM: p.code, FFQJ: PERIOD, XZQHDM: COUNTY, ZTDM: '04', LRR: '1', SHR: '2', TJSJ: null });
    }
  }

  add<T extends LegacyTableName>(table: T, row: LegacyRow<T>): void {
    this.rows.push({ table, row: row as Record<string, unknown> });
  }

  /** A digit-only number for household, card, offender and certificate keys. */
  number(): string {
    return String(7_000_000 + ++this.serial);
  }

  /** A person the register knows (unless `register` is null), in the county, with an in-use registered account. */
  person(options: { birth?: string; register?: LegacyRow<'RK_RYJBXX'> | null } = {}): Payee {
    const birth = options.birth ?? '19600101';
    const id = validIdNumber(COUNTY, birth, String(++this.sequence).padStart(3, '0'));
    const payee = { id, name: '张三', account: `6217${String(++this.accounts).padStart(12, '0')}` };
    if (options.register !== null) {
      this.add('RK_RYJBXX', {
        GMSFHM: id, XM: payee.name, XBDM: '1', CSRQ: birth, MZDM: '01', HJDZ_XZQHDM: VILLAGE, HJDZ_DZMC: '某村一组',
        RYZTDM: '0', SWRQ: null, ZXRQ: null, GXSJ: null, ...options.register,
      });
    }
    this.add('BT_DXZH', { SFZH: id, XM: payee.name, ZHLXDM: '2', KHYHDM: '102', YHZH: payee.account, ZT: '1', DJRQ: '20200101' });
    return payee;
  }

  line(programme: ProgrammeKey, payee: Payee, expected: string[], overrides: LegacyRow<'FF_MX'> = {}): string {
    const id = String(++this.lines);
    this.add('FF_MX', { MXID: Number(id), PCH: batchOf(programme), SFZH: payee.id, XM: payee.name, YHZH: payee.account, JE: '100.00', FFZTDM: '1', SBYY: null, DZSJ: null, ...overrides });
    this.expected.set(id, [...expected].sort());
    return id;
  }

  household(head: Payee, dates: { NBRQ: string | null; TBRQ: string | null }, memberRow = true): void {
    const number = this.number();
    this.add('DB_JT', { JTBH: number, HZSFZH: head.id, XZQHDM: VILLAGE, BZLBDM: '2', YBZJE: '300.00', ...dates });
    if (memberRow) this.add('DB_JTCY', { JTBH: number, SFZH: head.id, XM: head.name, YHZGXDM: '01' });
  }

  /** A person on an active dibao guarantee. */
  dibaoMember(): Payee {
    const p = this.person();
    this.household(p, { NBRQ: '20200101', TBRQ: null });
    return p;
  }

  sentence(p: Payee, type: string, dates: { XQQR: string | null; XQZR: string | null; SJSFRQ: string | null }): void {
    this.add('ZF_XFZX', { ZFBH: this.number(), ZJHM: p.id, XM: p.name, XZDM: type, JYMC: '某监狱', ...dates });
  }

  certificate(p: Payee, category: string, level: string, dates: { FZRQ: string | null; YXQZ: string | null; ZXRQ: string | null }): void {
    this.add('CJR_ZXX', { CJRZH: `${p.id}${category}${level}`, SFZH: p.id, XM: p.name, CJLBDM: category, CJDJDM: level, ...dates });
  }

  card(holder: string | null, account: string, status: string): void {
    this.add('SBK_KXX', { SBKH: this.number(), SFZH: holder, XM: '张三', YHDM: '102', YHZH: account, KZTDM: status, FKRQ: '20190101' });
  }
}

const VALID = { FZRQ: '20200101', YXQZ: '20300101', ZXRQ: null };
const county = new County();

// ---- ruling 1: unreadable dates -----------------------------------------------------------------
const dibaoStartUnreadable = (() => {
  const p = county.person();
  county.household(p, { NBRQ: '20230230', TBRQ: null });
  return county.line('DIBAO', p, ['NOT_ON_DIBAO']);
})();
const dibaoEndUnreadable = (() => {
  const p = county.person();
  county.household(p, { NBRQ: '20200101', TBRQ: '00000000' });
  return county.line('DIBAO', p, ['NOT_ON_DIBAO']);
})();
const supportStartUnreadable = (() => {
  const p = county.person();
  county.add('TK_GYRY', { SFZH: p.id, XM: p.name, GYXSDM: '2', KSRQ: '20231301', ZZRQ: null });
  return county.line('TEKUN', p, ['NOT_SUPPORTED_PERSON']);
})();
const supportEndUnreadable = (() => {
  const p = county.person();
  county.add('TK_GYRY', { SFZH: p.id, XM: p.name, GYXSDM: '1', KSRQ: '20200101', ZZRQ: '2024-1-5' });
  return county.line('TEKUN', p, ['NOT_SUPPORTED_PERSON']);
})();
const employmentEndUnreadable = (() => {
  const p = county.dibaoMember();
  county.add('CB_DWCBRY', { SFZH: p.id, DWBH: '5001', DWMC: '某局', DWLXDM: '10', CBKSRQ: '20200101', CBZZRQ: '20230230' });
  return county.line('DIBAO', p, ['PUBLIC_EMPLOYEE_ON_DIBAO']);
})();
const employmentEndedReadable = (() => {
  const p = county.dibaoMember();
  county.add('CB_DWCBRY', { SFZH: p.id, DWBH: '5002', DWMC: '某局', DWLXDM: '10', CBKSRQ: '20200101', CBZZRQ: '20230101' });
  return county.line('DIBAO', p, []);
})();
const actualReleaseFallsBackFree = (() => {
  const p = county.person();
  county.sentence(p, '01', { XQQR: '20200101', XQZR: '20240201', SJSFRQ: '20230230' });
  return county.line('NONE', p, []);
})();
const actualReleaseFallsBackHeld = (() => {
  const p = county.person();
  county.sentence(p, '01', { XQQR: '20200101', XQZR: '20250101', SJSFRQ: '99999999' });
  return county.line('NONE', p, ['IN_CUSTODY']);
})();
const endUnreadableNeverReleased = (() => {
  const p = county.person();
  county.sentence(p, '02', { XQQR: '20200101', XQZR: '20240230', SJSFRQ: null });
  return county.line('NONE', p, ['IN_CUSTODY']);
})();
const endUnreadableReleasedEarly = (() => {
  const p = county.person();
  county.sentence(p, '01', { XQQR: '20200101', XQZR: '20240230', SJSFRQ: '20240201' });
  return county.line('NONE', p, []);
})();
const certificateUnreadable = (['FZRQ', 'YXQZ', 'ZXRQ'] as const).map((column, i) => {
  const p = county.person();
  county.certificate(p, '4', '2', { ...VALID, [column]: ['20230230', '00000000', '20231301'][i]! });
  return county.line('ANY', p, ['NO_VALID_DISABILITY_CERT']);
});
// The same policy on the date columns the ruling does not list: the reading that flags the line.
const deathUnreadable = county.line('NONE', county.person({ register: { RYZTDM: '1', SWRQ: '20230230' } }), ['DECEASED']);
const cancellationUnreadable = county.line('NONE', county.person({ register: { RYZTDM: '2', ZXRQ: '00000000' } }), ['REGISTRATION_CANCELLED']);
const custodyStartUnreadable = (() => {
  const p = county.person();
  county.sentence(p, '04', { XQQR: '20231301', XQZR: '20250101', SJSFRQ: null });
  return county.line('NONE', p, ['IN_CUSTODY']);
})();
const employmentStartUnreadable = (() => {
  const p = county.dibaoMember();
  county.add('CB_DWCBRY', { SFZH: p.id, DWBH: '5003', DWMC: '某医院', DWLXDM: '20', CBKSRQ: '20231301', CBZZRQ: null });
  return county.line('DIBAO', p, ['PUBLIC_EMPLOYEE_ON_DIBAO']);
})();

// ---- ruling 2: UNDER_AGE without a register date of birth ---------------------------------------
const birthMissing = county.line('AGE', county.person({ birth: '19500101', register: { CSRQ: '' } }), ['UNDER_AGE']);
const birthNull = county.line('AGE', county.person({ birth: '19500101', register: { CSRQ: null } }), ['UNDER_AGE']);
const birthUnreadable = county.line('AGE', county.person({ birth: '19500101', register: { CSRQ: '19400230' } }), ['UNDER_AGE']);
const birthUnreadableOldById = county.line('AGE', county.person({ birth: '19400101', register: { CSRQ: '00000000' } }), []);
const registerBirthDecides = county.line('AGE', county.person({ birth: '19700101', register: { CSRQ: '19400101' } }), []);

// ---- ruling 3: several valid certificates, unknown levels ----------------------------------------
const twoValidModerate = (() => {
  const p = county.person();
  county.certificate(p, '4', '3', VALID);
  county.certificate(p, '5', '4', VALID);
  return county.line('SEVERE', p, ['DISABILITY_LEVEL_TOO_LOW']);
})();
const moderateAndSevere = (() => {
  const p = county.person();
  county.certificate(p, '4', '3', VALID);
  county.certificate(p, '6', '1', VALID);
  return county.line('SEVERE', p, []);
})();
const unknownLevelAlone = (() => {
  const p = county.person();
  county.certificate(p, '4', '9', VALID);
  return county.line('SEVERE', p, ['DISABILITY_LEVEL_TOO_LOW']);
})();
const unknownLevelAndSevere = (() => {
  const p = county.person();
  county.certificate(p, '4', '9', VALID);
  county.certificate(p, '7', '2', VALID);
  return county.line('SEVERE', p, []);
})();
const unknownLevelAnyDisability = (() => {
  const p = county.person();
  county.certificate(p, '4', '0', VALID);
  return county.line('ANY', p, []);
})();
const onlyExpiredSevere = (() => {
  const p = county.person();
  county.certificate(p, '1', '1', { FZRQ: '20140101', YXQZ: '20231231', ZXRQ: null });
  return county.line('SEVERE', p, ['NO_VALID_DISABILITY_CERT']);
})();

// ---- ruling 4: readings confirmed ----------------------------------------------------------------
const noDivisionCode = county.line('NONE', county.person({ register: { HJDZ_XZQHDM: null } }), ['REGION_MISMATCH']);
const blankName = (() => {
  const p = county.person();
  return county.line('NONE', p, ['NAME_MISMATCH'], { XM: '\u3000' });
})();
const nullName = county.line('NONE', county.person(), ['NAME_MISMATCH'], { XM: null });
const failedLines = (() => {
  const p = county.person({ register: { RYZTDM: '1', SWRQ: '20231201' } });
  const failed = county.line('NONE', p, ['DECEASED'], { FFZTDM: '2', SBYY: '账户已销户' });
  const repaid = county.line('NONE', p, ['DECEASED']);
  const again = county.line('NONE', p, ['DECEASED', 'DUPLICATE_PAYMENT']);
  return { failed, repaid, again };
})();
const headOnlyInHousehold = (() => {
  const p = county.person();
  county.household(p, { NBRQ: '20200101', TBRQ: '' }, false);
  return county.line('DIBAO', p, []);
})();
const cardWithoutHolder = [' ', null].map((holder) => {
  const p = county.person();
  county.card(holder, p.account, '1');
  return county.line('NONE', p, []);
});
const accountOnTwoCards = (() => {
  const p = county.person();
  county.card(p.id, p.account, '1');
  county.card(p.id, p.account, '3');
  return county.line('NONE', p, ['CARD_NOT_ACTIVE']);
})();
/** Unknown to the register, in custody and on no dibao: what public security says decides what stands. */
const unknownInCustody = (() => {
  const p = county.person({ register: null });
  county.sentence(p, '01', { XQQR: '20200101', XQZR: '20300101', SJSFRQ: null });
  return county.line('DIBAO', p, ['PERSON_UNKNOWN']);
})();

// ---- the remaining rule codes, for the evidence of every rule ------------------------------------
const invalidId = county.line('NONE', { id: '61072719600101001', name: '张三', account: '6217999999999999' }, ['ID_INVALID']);
const unregisteredAccount = county.line('NONE', county.person(), ['ACCOUNT_NOT_REGISTERED'], { YHZH: '6217888888888888' });
const twoAccounts = (() => {
  const p = county.person();
  county.add('BT_DXZH', { SFZH: p.id, XM: p.name, ZHLXDM: '3', KHYHDM: '103', YHZH: '6217777777777777', ZT: '1', DJRQ: '20210101' });
  return county.line('NONE', p, ['MULTIPLE_ACCOUNTS']);
})();
const othersCard = (() => {
  const p = county.person();
  const other = validIdNumber(COUNTY, '19800101', '991');
  county.card(other, p.account, '1');
  return county.line('NONE', p, ['CARD_HOLDER_MISMATCH']);
})();
const aboveStandard = county.line('NONE', county.person(), ['AMOUNT_ABOVE_STANDARD'], { JE: '150.00' });
const otherCounty = county.line('NONE', county.person({ register: { HJDZ_XZQHDM: '610728102003' } }), ['REGION_MISMATCH']);
const otherName = county.line('NONE', county.person({ register: { XM: '李四' } }), ['NAME_MISMATCH']);
const died = county.line('NONE', county.person({ register: { RYZTDM: '1', SWRQ: '20240117' } }), ['DECEASED']);

const scratch = mkdtempSync(path.join(os.tmpdir(), 'hub-rulings-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ALL_BATCHES = (Object.keys(PROGRAMMES) as ProgrammeKey[]).map(batchOf);

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`the rulings on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let databases: LegacyTestDatabase[] = [];
    let departments: InProcessDepartments;
    let store: CrosscheckStore;
    let service: CrosscheckService;
    let run: RunRecord;
    let findings: FindingRecord[];

    const start = async (user: string) => (await service.settled((await service.start({ batchNumbers: ALL_BATCHES }, { userId: user })).id))!;
    const allFindings = async (runId: string) => (await store.findings.page(runId, {}, 5000, null)).items;
    const rulesOf = (list: FindingRecord[], lineId: string) => list.filter((f) => f.lineId === lineId).map((f) => f.rule).sort();
    const evidenceOf = (lineId: string, rule: string) => {
      const finding = findings.find((f) => f.lineId === lineId && f.rule === rule);
      assert.ok(finding, `line ${lineId} should have ${rule}`);
      return finding.evidence;
    };

    beforeAll(async () => {
      databases = await Promise.all(DEPARTMENTS.map((department) => createLegacyTestDatabase(dialect as Dialect, department)));
      const byDepartment = new Map<Department, LegacyTestDatabase>(DEPARTMENTS.map((department, i) => [department, databases[i]!]));
      for (const { table, row } of county.rows) await byDepartment.get(LEGACY_TABLES[table].department)!.insert(table, [row]);
      departments = new InProcessDepartments(Object.fromEntries(DEPARTMENTS.map((d) => [d, DEPARTMENT_SUBGRAPHS[d](byDepartment.get(d)!.location)])));
      store = await CrosscheckStore.open({ kind: 'sqlite', file: path.join(scratch, `${dialect}.sqlite`) });
      service = new CrosscheckService({ store, sourcesFor: () => new CrosscheckSources(departments), chunkSize: 1000 });
      run = await start('alice');
      findings = await allFindings(run.id);
    }, 120_000);

    afterAll(async () => {
      await service?.close();
      await departments?.close();
      for (const db of databases) await db.drop();
    });

    test('the run completes and every line gets exactly the rules expected of it', () => {
      assert.equal(run.status, 'COMPLETED', run.error ?? '');
      for (const [lineId, expected] of county.expected) assert.deepEqual(rulesOf(findings, lineId), expected, `line ${lineId}`);
    });

    describe('ruling 1: an unreadable date resolves to the reading that flags the line, its evidence quoting the value', () => {
      test('dibao NBRQ unreadable: the guarantee never started', () => {
        assert.match(evidenceOf(dibaoStartUnreadable, 'NOT_ON_DIBAO'), /纳入低保日期“20230230”无法识别，按未开始处理/);
      });
      test('dibao TBRQ unreadable: the guarantee has ended', () => {
        assert.match(evidenceOf(dibaoEndUnreadable, 'NOT_ON_DIBAO'), /保障自 2020-01-01 起，退出低保日期“00000000”无法识别，按已终止处理/);
      });
      test('extreme-poverty KSRQ unreadable: the support never started', () => {
        assert.match(evidenceOf(supportStartUnreadable, 'NOT_SUPPORTED_PERSON'), /供养开始日期“20231301”无法识别，按未开始处理/);
      });
      test('extreme-poverty ZZRQ unreadable: the support has ended', () => {
        assert.match(evidenceOf(supportEndUnreadable, 'NOT_SUPPORTED_PERSON'), /供养终止日期“2024-1-5”无法识别，按已终止处理/);
      });
      test('insured employment CBZZRQ unreadable: still open, while a readable past end is over', () => {
        assert.match(evidenceOf(employmentEndUnreadable, 'PUBLIC_EMPLOYEE_ON_DIBAO'), /参保终止日期“20230230”无法识别，按仍在参保处理/);
        assert.deepEqual(rulesOf(findings, employmentEndedReadable), []);
      });
      test('sentence SJSFRQ unreadable: falls back to XQZR, free after it and held before it', () => {
        assert.deepEqual(rulesOf(findings, actualReleaseFallsBackFree), []);
        assert.match(evidenceOf(actualReleaseFallsBackHeld, 'IN_CUSTODY'), /实际释放日期“99999999”无法识别，按刑期止日 2025-01-01 释放/);
      });
      test('sentence XQZR unreadable with no readable SJSFRQ: never released; with one, released then', () => {
        assert.match(evidenceOf(endUnreadableNeverReleased, 'IN_CUSTODY'), /刑期止日“20240230”无法识别，按未释放处理/);
        assert.deepEqual(rulesOf(findings, endUnreadableReleasedEarly), []);
      });
      test('disability certificate FZRQ, YXQZ or ZXRQ unreadable: that certificate is not valid', () => {
        const [issue, until, cancelled] = certificateUnreadable.map((line) => evidenceOf(line!, 'NO_VALID_DISABILITY_CERT'));
        assert.match(issue!, /发证日期“20230230”无法识别，按无效处理/);
        assert.match(until!, /有效期至“00000000”无法识别，按无效处理/);
        assert.match(cancelled!, /注销日期“20231301”无法识别，按无效处理/);
      });
      test('the same policy holds for the dates the ruling does not list: death, cancellation, sentence and employment starts', () => {
        assert.match(evidenceOf(deathUnreadable, 'DECEASED'), /死亡日期“20230230”无法识别，按发放前已死亡处理，发放期间 2024-03/);
        assert.match(evidenceOf(cancellationUnreadable, 'REGISTRATION_CANCELLED'), /注销日期“00000000”无法识别/);
        assert.match(evidenceOf(custodyStartUnreadable, 'IN_CUSTODY'), /刑期起始日期“20231301”无法识别，按已开始执行处理/);
        assert.match(evidenceOf(employmentStartUnreadable, 'PUBLIC_EMPLOYEE_ON_DIBAO'), /参保开始日期“20231301”无法识别，按已开始处理/);
      });
    });

    describe('ruling 2: UNDER_AGE uses the register date of birth, else the one inside the ID number', () => {
      test('a missing register date of birth (empty or NULL): the ID number decides, and the evidence says so', () => {
        assert.match(evidenceOf(birthMissing, 'UNDER_AGE'), /^户籍无出生日期，按身份证号中的出生日期 1950-01-01，至发放期初 2024-03-01 为 74 周岁，未满 80 周岁$/);
        assert.match(evidenceOf(birthNull, 'UNDER_AGE'), /^户籍无出生日期，按身份证号中的出生日期 1950-01-01/);
      });
      test('an unreadable register date of birth: the ID number decides, quoting the value', () => {
        assert.match(evidenceOf(birthUnreadable, 'UNDER_AGE'), /^户籍出生日期“19400230”无法识别，按身份证号中的出生日期 1950-01-01/);
        assert.deepEqual(rulesOf(findings, birthUnreadableOldById), []);
      });
      test('a readable register date of birth decides over the ID number', () => {
        assert.deepEqual(rulesOf(findings, registerBirthDecides), []);
      });
    });

    describe('ruling 3: several valid certificates and unknown level codes', () => {
      test('valid certificates of levels 3 and 4 only: too low, naming both', () => {
        const evidence = evidenceOf(twoValidModerate, 'DISABILITY_LEVEL_TOO_LOW');
        assert.match(evidence, /3 级不是重度残疾/);
        assert.match(evidence, /4 级不是重度残疾/);
      });
      test('a valid level 1 beside a valid level 3: not too low', () => {
        assert.deepEqual(rulesOf(findings, moderateAndSevere), []);
      });
      test('a valid certificate whose level code is not 1–4, alone: too low, naming the code', () => {
        assert.match(evidenceOf(unknownLevelAlone, 'DISABILITY_LEVEL_TOO_LOW'), /等级代码“9”不是 1–4 级，不能证明重度残疾/);
      });
      test('an unknown level beside a valid level 2: not too low; and it is still a valid certificate', () => {
        assert.deepEqual(rulesOf(findings, unknownLevelAndSevere), []);
        assert.deepEqual(rulesOf(findings, unknownLevelAnyDisability), []);
      });
      test('no certificate valid at all: only NO_VALID_DISABILITY_CERT', () => {
        assert.deepEqual(rulesOf(findings, onlyExpiredSevere), ['NO_VALID_DISABILITY_CERT']);
      });
    });

    describe('ruling 4: the readings confirmed', () => {
      test('REGION_MISMATCH fires when the register has no division code', () => {
        assert.match(evidenceOf(noDivisionCode, 'REGION_MISMATCH'), /^户籍无区划代码，发放县为 610727$/);
      });
      test('a line with no name (blank or NULL) is a NAME_MISMATCH', () => {
        assert.match(evidenceOf(blankName, 'NAME_MISMATCH'), /^发放明细未填姓名，户籍姓名“张三”$/);
        assert.deepEqual(rulesOf(findings, nullName), ['NAME_MISMATCH']);
      });
      test('failed lines are skipped by DUPLICATE_PAYMENT only', () => {
        assert.deepEqual(rulesOf(findings, failedLines.failed), ['DECEASED']);
        assert.deepEqual(rulesOf(findings, failedLines.repaid), ['DECEASED']);
        assert.match(evidenceOf(failedLines.again, 'DUPLICATE_PAYMENT'), new RegExp(`^明细 ${failedLines.repaid}（批次 ${batchOf('NONE')}）已向此人发放`));
      });
      test('a household head listed only in DB_JT.HZSFZH counts as a member', () => {
        assert.deepEqual(rulesOf(findings, headOnlyInHousehold), []);
      });
      test('a card with no holder ID is not CARD_HOLDER_MISMATCH', () => {
        for (const line of cardWithoutHolder) assert.deepEqual(rulesOf(findings, line), []);
      });
      test('CARD_NOT_ACTIVE fires for any card carrying the account', () => {
        assert.match(evidenceOf(accountOnTwoCards, 'CARD_NOT_ACTIVE'), /状态 3 注销/);
        assert.doesNotMatch(evidenceOf(accountOnTwoCards, 'CARD_NOT_ACTIVE'), /状态 1/);
      });
      test('with public security unreachable its rules are not checked, and a later PERSON_UNKNOWN withdraws the other departments’ findings', async () => {
        departments.down.add('PUBLIC_SECURITY');
        let first: RunRecord;
        try {
          first = await start('carol');
        } finally {
          departments.down.delete('PUBLIC_SECURITY');
        }
        assert.equal(first.status, 'COMPLETED_WITH_GAPS');
        const gaps = (await store.notChecked.page(first.id, {}, 5000, null)).items;
        assert.deepEqual(
          gaps.filter((g) => g.lineId === unknownInCustody).map((g) => [g.department, g.rules]),
          [['PUBLIC_SECURITY', ['PERSON_UNKNOWN', 'NAME_MISMATCH', 'DECEASED', 'REGISTRATION_CANCELLED', 'REGION_MISMATCH']]],
        );
        assert.deepEqual(rulesOf(await allFindings(first.id), unknownInCustody), ['IN_CUSTODY', 'NOT_ON_DIBAO']);
        const rerun = (await service.settled((await service.rerun(first.id, { userId: 'dave' })).id))!;
        assert.equal(rerun.status, 'COMPLETED');
        assert.deepEqual(rulesOf(await allFindings(rerun.id), unknownInCustody), ['PERSON_UNKNOWN']);
        assert.deepEqual((await store.notChecked.page(rerun.id, {}, 5000, null)).items, []);
      });
    });

    test('every rule code is reported, and its evidence is Chinese plain words with ISO dates and no English word', () => {
      for (const rule of RULES) {
        const ofRule = findings.filter((f) => f.rule === rule);
        assert.ok(ofRule.length > 0, `${rule} should be reported`);
        for (const f of ofRule) {
          assert.match(f.evidence, /\p{Script=Han}/u, `${rule}: ${f.evidence}`);
          assert.doesNotMatch(f.evidence, /[A-Za-z]{2,}/, `${rule}: ${f.evidence}`);
          assert.doesNotMatch(f.evidence, /\b\d{17}[\dX]\b/, `${rule} evidence quotes no full ID number: ${f.evidence}`);
          for (const date of f.evidence.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []) assert.ok(!Number.isNaN(Date.parse(date)), date);
        }
      }
      assert.match(evidenceOf(died, 'DECEASED'), /^2024-01-17 已死亡，发放期间 2024-03/);
      assert.match(evidenceOf(invalidId, 'ID_INVALID'), /应为 18 位/);
      assert.match(evidenceOf(unregisteredAccount, 'ACCOUNT_NOT_REGISTERED'), /不是此人登记在用的账户/);
      assert.match(evidenceOf(twoAccounts, 'MULTIPLE_ACCOUNTS'), /此人有 2 个不同的在用登记账户/);
      assert.match(evidenceOf(othersCard, 'CARD_HOLDER_MISMATCH'), /发放账户是他人社保卡的银行账户/);
      assert.match(evidenceOf(aboveStandard, 'AMOUNT_ABOVE_STANDARD'), /^发放 150\.00 元，超过标准 100\.00 元/);
      assert.match(evidenceOf(otherCounty, 'REGION_MISMATCH'), /不在发放县 610727/);
      assert.match(evidenceOf(otherName, 'NAME_MISMATCH'), /^发放姓名“张三”与户籍姓名“李四”不符$/);
      assert.match(evidenceOf(unknownInCustody, 'PERSON_UNKNOWN'), /户籍库中没有此身份证号的人员/);
    });
  });
}
