/**
 * The generator proper: a deterministic stream of the county's legacy rows. Households are
 * generated one at a time and forgotten once written, so memory does not grow with the county;
 * what persists is a few counters and a compact table that keeps ID numbers unique.
 */
import { idNumberCheckCharacter } from '../lib/id-number.js';
import { fenToDecimal } from '../lib/money.js';
import {
  BANKS,
  BATCH_CALENDAR,
  BENCH_BATCH,
  COUNTY_CODE,
  COUNTY_VILLAGES,
  EMPLOYERS,
  FAILURE_REASONS,
  FAMILY_NAMES,
  FEMALE_GIVEN,
  HOMOPHONES,
  ID_REGIONS,
  MALE_GIVEN,
  MIGRANT_REGIONS,
  NATIVE_OLD_REGION,
  NATIVE_REGION,
  NEIGHBOUR_REGION,
  NEIGHBOUR_VILLAGES,
  PRISONS,
  PROGRAMMES,
  SNAPSHOT,
  TRADITIONAL,
  UNKNOWN_REGIONS,
  mainPeriods,
  periodStartOf,
  programme,
  type Bank,
  type BatchPlan,
  type ProgrammeCode,
  type Village,
} from './catalog.js';
import {
  addDays,
  addYears,
  ageAt,
  dateOf,
  dayOf,
  entitlement,
  maxDate,
  minDate,
  payable,
  type Card,
  type Certificate,
  type Employment,
  type Household,
  type Person,
  type PlannedLine,
  type Sentence,
} from './model.js';
import { Random, Weighted } from './prng.js';
import { LEGACY_TABLE_NAMES, type LegacyTableName, type NewLegacyTableRow } from '../adapters/legacy-tables.js';
import type { Rule } from '../lib/rules.js';
import type { RowSink } from './rows.js';
import { SCENARIOS, type LineOverrides, type PersonOptions, type Scenario, type ScenarioContext } from './scenarios.js';

export interface CountyOptions {
  persons: number;
  seed: number;
  /** Lines of the extra load-test batch; 0 or absent: no such batch. */
  batchLines?: number;
}

export interface CountySummary {
  persons: number;
  lines: number;
  batches: string[];
  rows: Record<LegacyTableName, number>;
}

export const MIN_PERSONS = 1000;
export const MAX_PERSONS = 1_000_000;
export const MAX_BATCH_LINES = 10_000_000;

/** Planted occurrences of each scenario: at least 3, then one per 2,000 persons. */
export function scenarioOccurrences(persons: number): number {
  return Math.max(3, Math.round(persons / 2000));
}

export async function generateCounty(options: CountyOptions, sink: RowSink): Promise<CountySummary> {
  checkCountyOptions(options);
  return new CountyGenerator(options, sink).run();
}

export function checkCountyOptions(options: CountyOptions): void {
  const { persons, seed, batchLines } = options;
  if (!Number.isInteger(persons) || persons < MIN_PERSONS || persons > MAX_PERSONS) {
    throw new RangeError(`persons must be a whole number from ${MIN_PERSONS} to ${MAX_PERSONS}, got ${persons}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  if (batchLines !== undefined && (!Number.isInteger(batchLines) || batchLines < 0 || batchLines > MAX_BATCH_LINES)) {
    throw new RangeError(`batchLines must be a whole number from 0 to ${MAX_BATCH_LINES}, got ${batchLines}`);
  }
}

// ---- fixed tables ------------------------------------------------------------------------------

const DAY0 = dayOf('19000101');
const DAY_SPAN = dayOf('20250101') - DAY0;
const REGION_INDEX = new Map<string, number>(ID_REGIONS.map((r, i) => [r, i]));
const REGISTER_REGIONS = ID_REGIONS.slice(0, 12);
const SNAPSHOT_DAY = dayOf(SNAPSHOT);
/** Line ids are `batch ordinal * 10^8 + line number`, so every batch has its own range. */
const MXID_BLOCK = 100_000_000;
/**
 * A little under the share of register persons with a registered account (about 0.70): the
 * load-test batch then fills up just before the end of the county instead of falling short and
 * having to repeat persons.
 */
const BENCH_QUALIFYING_SHARE = 0.68;

const COUNTY_VILLAGE_TABLE = new Weighted(COUNTY_VILLAGES);
const RURAL_VILLAGE_TABLE = new Weighted(COUNTY_VILLAGES.filter(([v]) => !v.urban));
const BANK_TABLE = new Weighted<Bank>(BANKS);
const FAMILY_NAME_TABLE = new Weighted(FAMILY_NAMES.map((n, i) => [n, 1 / Math.pow(i + 1, 0.8)] as const));
type FamilyType = 'single-elder' | 'elder-couple' | 'single-adult' | 'couple' | 'nuclear' | 'three-gen';
const FAMILY_TYPES = new Weighted<FamilyType>([
  ['single-elder', 14],
  ['elder-couple', 14],
  ['single-adult', 10],
  ['couple', 10],
  ['nuclear', 30],
  ['three-gen', 22],
]);
const DIBAO_RATE: Record<FamilyType, number> = {
  'single-elder': 0.1,
  'elder-couple': 0.08,
  'single-adult': 0.04,
  couple: 0.02,
  nuclear: 0.03,
  'three-gen': 0.04,
};
const CATEGORY = new Weighted([['4', 45], ['1', 12], ['2', 18], ['3', 2], ['5', 9], ['6', 9], ['7', 5]] as const);
const LEVEL = new Weighted([['1', 12], ['2', 23], ['3', 30], ['4', 35]] as const);
const SENTENCE_TYPES = new Weighted<Sentence['type']>([['01', 45], ['02', 2], ['03', 1], ['04', 12], ['05', 10], ['06', 30]]);
const SENTENCE_EARLIEST: Record<Sentence['type'], string> = {
  '01': '20080101', '02': '20050101', '03': '20050101', '04': '20160101', '05': '20180101', '06': '20180101',
};
const EMPLOYER_TYPES = new Weighted([['10', 12], ['20', 16], ['30', 58], ['90', 14]] as const);
const ETHNIC = new Weighted([['01', 980], ['03', 12], ['04', 3], ['09', 3], ['02', 2]] as const);
const BENEFICIARY_AGES: Record<ProgrammeCode, [number, number]> = {
  'MZ-DB': [38, 75], 'CL-SH': [25, 70], 'MZ-TK': [62, 88], 'MZ-GL': [81, 95], 'CL-HL': [18, 75], 'CL-KF': [20, 70],
  'TY-YF': [58, 82], 'NY-GD': [35, 72], 'MZ-LSJZ': [25, 65], 'RS-JCYLJ': [60, 80], 'WJ-TBFZ': [50, 70],
};
const PADDINGS: ((v: string) => string)[] = [
  (v) => ` ${v}`,
  (v) => `${v} `,
  (v) => `\u3000${v}`,
  (v) => `${v}\u3000`,
  (v) => ` ${v}\u3000`,
];

const MAIN_PERIODS = new Map<ProgrammeCode, string[]>(PROGRAMMES.map((p) => [p.code, mainPeriods(p.code)]));

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Naive DATETIME text (the departments' servers keep local time and no zone). */
function formatDateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

function dateTimeMs(date: string, secondOfDay: number): number {
  return dayOf(date) * 86_400_000 + secondOfDay * 1000;
}

interface BatchState {
  plan: BatchPlan;
  pch: string;
  ordinal: number;
  lines: number;
  sentMs: number | null;
}

interface Unit {
  persons: Person[];
  households: Household[];
  lines: PlannedLine[];
}

interface Scheduled {
  position: number;
  scenario: Scenario;
  occurrence: number;
}

interface FamilyMember {
  age: number;
  sex: '1' | '2';
  relation: string;
  ownFamily: boolean;
}

class CountyGenerator implements ScenarioContext {
  readonly rng: Random;
  private readonly idCounters = new Uint16Array(ID_REGIONS.length * DAY_SPAN * 2);
  private readonly strangerCounters = new Uint16Array(ID_REGIONS.length * DAY_SPAN * 2);
  private accountCounter = 0;
  private cardCounter = 0;
  private householdCounter = 0;
  private sentenceCounter = 0;
  private registered = 0;
  private unit: Unit = { persons: [], households: [], lines: [] };
  private readonly batches = new Map<string, BatchState>();
  private readonly batchOrder: BatchState[] = [];
  private readonly rows = Object.fromEntries(LEGACY_TABLE_NAMES.map((t) => [t, 0])) as Record<LegacyTableName, number>;
  private readonly benchTarget: number;
  private readonly benchRate: number;
  private benchCredit = 0;
  private benchEmitted = 0;
  private readonly benchTemplates: Person[] = [];
  /** The load-test batch draws from its own stream, so adding it leaves the rest of the county unchanged. */
  private readonly benchRng: Random;

  constructor(
    private readonly options: CountyOptions,
    private readonly sink: RowSink,
  ) {
    this.rng = new Random(options.seed);
    this.benchRng = new Random(options.seed + 0x51ed27);
    this.benchTarget = options.batchLines ?? 0;
    this.benchRate = this.benchTarget / (options.persons * BENCH_QUALIFYING_SHARE);
  }

  async run(): Promise<CountySummary> {
    const persons = this.options.persons;
    this.writeProgrammes();
    this.writeBatches();

    const schedule = this.schedule(persons);
    let reserved = schedule.reduce((sum, s) => sum + s.scenario.size, 0);
    if (reserved > persons) throw new RangeError(`${persons} persons cannot hold the ${reserved} planted ones`);
    let next = 0;
    let sinceDrain = 0;
    while (this.registered < persons || next < schedule.length) {
      const room = persons - this.registered - reserved;
      const due = next < schedule.length && (schedule[next]!.position <= this.registered || room <= 0);
      this.unit = { persons: [], households: [], lines: [] };
      const before = this.registered;
      if (due) {
        const s = schedule[next++]!;
        reserved -= s.scenario.size;
        s.scenario.build(this, s.occurrence);
        const made = this.unit.persons.filter((p) => p.inRegister).length;
        if (made !== s.scenario.size) throw new Error(`scenario ${s.scenario.name} made ${made} register persons, not ${s.scenario.size}`);
      } else {
        this.naturalFamily(room);
      }
      this.registered = before + this.unit.persons.filter((p) => p.inRegister).length;
      this.writeUnit();
      if (++sinceDrain >= 64) {
        sinceDrain = 0;
        await this.sink.drain?.();
      }
    }
    this.padBenchBatch();
    await this.sink.drain?.();
    return {
      persons: this.registered,
      lines: this.rows.FF_MX,
      batches: this.batchOrder.map((b) => b.pch),
      rows: { ...this.rows },
    };
  }

  private schedule(persons: number): Scheduled[] {
    const count = scenarioOccurrences(persons);
    const out: Scheduled[] = [];
    SCENARIOS.forEach((scenario, k) => {
      // Stagger the kinds so they do not all land on the same households.
      const phase = (k * 0.6180339887) % 1;
      for (let j = 0; j < count; j++) {
        out.push({ position: Math.floor(((j + phase) / count) * persons * 0.95), scenario, occurrence: j });
      }
    });
    return out.sort((a, b) => a.position - b.position);
  }

  // ---- output --------------------------------------------------------------------------------

  private emit<T extends LegacyTableName>(table: T, row: NewLegacyTableRow<T>): void {
    this.rows[table]++;
    this.sink.row(table, row);
  }

  private writeProgrammes(): void {
    for (const p of PROGRAMMES) {
      this.emit('BT_XM', {
        XMDM: p.code,
        XMMC: p.name,
        ZGBMDM: p.department,
        ZJJCDM: p.fundingLevel,
        FFZQDM: p.cycle,
        BZJE: p.standardFen === null ? null : fenToDecimal(p.standardFen),
        ZGTJ: p.condition,
        ZCYJ: p.basis,
        GKBZ: p.published ? '1' : '0',
        ND: p.year,
      });
    }
  }

  private writeBatches(): void {
    const plans = this.benchTarget > 0 ? [...BATCH_CALENDAR, BENCH_BATCH] : BATCH_CALENDAR;
    plans.forEach((plan, ordinal) => {
      const code = plan.programme.replace('-', '');
      const pch = `PC${COUNTY_CODE}${plan.period}${code}${plan.supplementary ? '02' : '01'}`;
      let sentMs: number | null = null;
      if (plan.status >= '03') {
        const rng = plan === BENCH_BATCH ? this.benchRng : this.rng;
        const month = plan.supplementary ? nextMonth(plan.period) : plan.period;
        const day = plan.supplementary ? rng.int(3, 9) : rng.int(12, 25);
        sentMs = dateTimeMs(`${month}${pad2(day)}`, rng.int(9 * 3600, 17 * 3600));
      }
      const state: BatchState = { plan, pch, ordinal: ordinal + 1, lines: 0, sentMs };
      this.batches.set(batchKey(plan.programme, plan.period, plan.supplementary), state);
      this.batchOrder.push(state);
      const p = programme(plan.programme);
      this.emit('FF_PC', {
        PCH: pch,
        XMDM: plan.programme,
        FFQJ: plan.period,
        XZQHDM: COUNTY_CODE,
        ZTDM: plan.status,
        LRR: p.clerk,
        SHR: plan.status === '01' ? null : p.approver,
        TJSJ: sentMs === null ? null : formatDateTime(sentMs),
      });
    });
  }

  private writeUnit(): void {
    for (const p of this.unit.persons) this.writePerson(p);
    for (const h of this.unit.households) this.writeHousehold(h);
    for (const line of this.unit.lines) this.writeLine(line);
    if (this.benchTarget > 0) {
      for (const p of this.unit.persons) {
        if (!p.inRegister || p.payAccount === null) continue;
        if (this.benchTemplates.length < 4096) this.benchTemplates.push(p);
        this.benchCredit += this.benchRate;
        while (this.benchEmitted < this.benchTarget && this.benchEmitted + 1 <= this.benchCredit) this.writeBenchLine(p);
      }
    }
  }

  private writePerson(p: Person): void {
    if (p.inRegister) {
      const changed = p.death ?? p.cancelled ?? '20230101';
      const gxDate = minDate(maxDate('20230101', addDays(changed, this.rng.int(0, 20))), '20240628');
      this.emit('RK_RYJBXX', {
        GMSFHM: this.idCell(p),
        XM: this.nameCell(p.name),
        XBDM: p.sex,
        CSRQ: p.birth,
        MZDM: p.ethnic,
        HJDZ_XZQHDM: p.village.code,
        HJDZ_DZMC: p.address,
        RYZTDM: p.status,
        SWRQ: p.death ?? this.noDate(),
        ZXRQ: p.cancelled ?? this.noDate(),
        GXSJ: formatDateTime(dateTimeMs(gxDate, this.rng.int(8 * 3600, 18 * 3600))),
        ...p.cells,
      });
    }
    for (const c of p.cards) {
      this.emit('SBK_KXX', {
        SBKH: c.sbkh,
        SFZH: this.idCell(p),
        XM: this.nameCell(p.name),
        YHDM: c.bank.code,
        YHZH: c.account,
        KZTDM: c.status,
        FKRQ: c.issued,
        ...c.cells,
      });
    }
    for (const e of p.employments) {
      this.emit('CB_DWCBRY', {
        SFZH: this.idCell(p),
        DWBH: e.employer.code,
        DWMC: e.employer.name,
        DWLXDM: e.employer.type,
        CBKSRQ: e.start,
        CBZZRQ: e.end ?? this.noDate(),
        ...e.cells,
      });
    }
    for (const c of p.certificates) {
      this.emit('CJR_ZXX', {
        CJRZH: `${p.id}${c.category}${c.level}`,
        SFZH: this.idCell(p),
        XM: this.nameCell(p.name),
        CJLBDM: c.category,
        CJDJDM: c.level,
        FZRQ: c.issued,
        YXQZ: c.validUntil,
        ZXRQ: c.cancelled ?? this.noDate(),
        ...c.cells,
      });
    }
    for (const s of p.sentences) {
      this.emit('ZF_XFZX', {
        ZFBH: s.no,
        ZJHM: this.idCell(p),
        XM: this.nameCell(p.name),
        XZDM: s.type,
        XQQR: s.start,
        XQZR: s.end ?? this.noDate(),
        SJSFRQ: s.actualRelease ?? this.noDate(),
        JYMC: s.place,
        ...s.cells,
      });
    }
    for (const s of p.support) {
      this.emit('TK_GYRY', { SFZH: this.idCell(p), XM: this.nameCell(p.name), GYXSDM: s.form, KSRQ: s.start, ZZRQ: s.end ?? this.noDate(), ...s.cells });
    }
    for (const a of p.accounts) {
      this.emit('BT_DXZH', {
        SFZH: this.idCell(p),
        XM: this.nameCell(a.ownerName),
        ZHLXDM: a.type,
        KHYHDM: a.bankCode,
        YHZH: a.account,
        ZT: a.inUse ? '1' : '0',
        DJRQ: a.registered,
      });
    }
  }

  private writeHousehold(h: Household): void {
    this.emit('DB_JT', {
      JTBH: h.no,
      HZSFZH: this.idCell(h.head),
      XZQHDM: h.village.code,
      BZLBDM: h.village.urban ? '1' : '2',
      YBZJE: fenToDecimal(h.allowanceFen),
      NBRQ: h.start,
      TBRQ: h.end ?? this.noDate(),
      ...h.cells,
    });
    for (const m of h.members) {
      this.emit('DB_JTCY', { JTBH: h.no, SFZH: this.idCell(m.person), XM: this.nameCell(m.person.name), YHZGXDM: m.relation });
    }
  }

  private writeLine(line: PlannedLine): void {
    const batch = this.batches.get(batchKey(line.programme, line.period, line.supplementary));
    if (!batch) throw new Error(`no batch for ${line.programme} ${line.period}${line.supplementary ? ' (补发)' : ''}`);
    if (line.failed && batch.plan.status !== '05') throw new Error(`a line can only fail in a partly failed batch (${batch.pch})`);
    let repay = false;
    if (!line.failed && batch.plan.status === '05' && line.person !== null && !line.person.planted && this.rng.chance(0.04)) {
      line.failed = true;
      repay = true;
    }
    this.writeLineRow(batch, line);
    if (repay) this.writeLine({ ...line, supplementary: true, failed: false, intended: line.intended && new Set(line.intended) });
  }

  private writeLineRow(batch: BatchState, line: PlannedLine): void {
    const mxid = batch.ordinal * MXID_BLOCK + ++batch.lines;
    if (batch.lines >= MXID_BLOCK) throw new RangeError(`batch ${batch.pch} is full`);
    let status = '0';
    let credited: string | null = null;
    let reason: string | null = null;
    if (batch.plan.status === '04' || batch.plan.status === '05') {
      const rng = batch.plan === BENCH_BATCH ? this.benchRng : this.rng;
      status = line.failed ? '2' : '1';
      if (line.failed) reason = rng.pick(FAILURE_REASONS);
      else credited = formatDateTime(batch.sentMs! + rng.int(1800, 3 * 86_400) * 1000);
    }
    this.emit('FF_MX', {
      MXID: mxid,
      PCH: batch.pch,
      SFZH: line.sfzh,
      XM: line.name,
      YHZH: line.account,
      JE: fenToDecimal(line.fen),
      FFZTDM: status,
      SBYY: reason,
      DZSJ: credited,
    });
    this.sink.lineIntent?.(mxid, line.intended);
  }

  private writeBenchLine(p: Person): void {
    const batch = this.batches.get(batchKey(BENCH_BATCH.programme, BENCH_BATCH.period, false))!;
    this.benchEmitted++;
    this.writeLineRow(batch, {
      programme: BENCH_BATCH.programme,
      period: BENCH_BATCH.period,
      supplementary: false,
      person: p,
      sfzh: this.idCell(p, this.benchRng),
      name: this.nameCell(p.name, this.benchRng),
      account: p.payAccount!,
      fen: programme(BENCH_BATCH.programme).standardFen!,
      failed: false,
      intended: null,
    });
  }

  /** Small counties fall short of a large load-test batch: cycle through the first residents again. */
  private padBenchBatch(): void {
    if (this.benchTarget === 0) return;
    if (this.benchTemplates.length === 0) throw new Error('no person with a registered account for the load-test batch');
    for (let i = 0; this.benchEmitted < this.benchTarget; i++) {
      this.writeBenchLine(this.benchTemplates[i % this.benchTemplates.length]!);
    }
  }

  // ---- dirty spellings ---------------------------------------------------------------------------

  private idCell(p: Person, rng = this.rng): string {
    const lower = p.id.endsWith('X') ? `${p.id.slice(0, 17)}x` : p.id;
    if (p.idStyle === 'lower') return lower;
    if (p.idStyle === 'padded') return rng.pick(PADDINGS)(p.id);
    let v = p.id.endsWith('X') && rng.chance(0.4) ? lower : p.id;
    if (rng.chance(0.015)) v = rng.pick(PADDINGS)(v);
    return v;
  }

  private nameCell(name: string, rng = this.rng): string {
    return rng.chance(0.03) ? rng.pick(PADDINGS)(name) : name;
  }

  /** Legacy systems spell "no date" both ways. */
  private noDate(): string | null {
    return this.rng.chance(0.5) ? '' : null;
  }

  dirtyIdSpelling(id: string, variant: number): string {
    if (id.endsWith('X')) {
      const lower = `${id.slice(0, 17)}x`;
      return variant % 2 === 0 ? lower : PADDINGS[variant % PADDINGS.length]!(lower);
    }
    return PADDINGS[variant % PADDINGS.length]!(id);
  }

  invalidId(id: string, variant: number): string {
    const first17 = id.slice(0, 17);
    switch (variant % 5) {
      case 0: {
        // One wrong check character (a typo at the end).
        const right = id[17]!;
        const wrong = '0123456789X'.split('').filter((c) => c !== right);
        const c = this.rng.pick(wrong);
        return first17 + (c === 'X' ? 'x' : c);
      }
      case 1: {
        // A birth date that does not exist, with a check character that fits the rest.
        const bad = `${id.slice(0, 10)}${this.rng.pick(['0230', '0431', '1131', '1301', '0000'])}${id.slice(14, 17)}`;
        return bad + idNumberCheckCharacter(bad);
      }
      case 2:
        // A 15-digit first-generation number.
        return `${id.slice(0, 6)}${id.slice(8, 14)}${id.slice(14, 17)}`;
      case 3: {
        // The letter O typed for a zero.
        const at = first17.indexOf('0');
        return at < 0 ? `${id.slice(0, 5)}O${id.slice(6)}` : `${id.slice(0, at)}O${id.slice(at + 1)}`;
      }
      default:
        // The check character left off.
        return first17;
    }
  }

  nameVariant(name: string, variant: number): string {
    const chars = Array.from(name);
    const last = chars.length - 1;
    let out: string[];
    if (variant % 3 === 1 && TRADITIONAL[chars[0]!]) {
      out = [TRADITIONAL[chars[0]!]!, ...chars.slice(1)];
    } else if (variant % 3 === 2 && chars.length === 3) {
      out = [chars[0]!, chars[2]!];
    } else {
      const swap = HOMOPHONES[chars[last]!] ?? (chars[last] === '明' ? '铭' : '明');
      out = [...chars.slice(0, last), swap];
    }
    const result = out.join('');
    return result === name ? `${name}${name.endsWith('华') ? '英' : '华'}` : result;
  }

  // ---- persons -----------------------------------------------------------------------------------

  private addToUnit(p: Person): Person {
    this.unit.persons.push(p);
    return p;
  }

  private between(from: string, to: string): string {
    if (from >= to) return from;
    return dateOf(this.rng.int(dayOf(from), dayOf(to)));
  }

  private birthForAge(age: number): string {
    return dateOf(Math.min(SNAPSHOT_DAY - 1, SNAPSHOT_DAY - Math.floor((age + this.rng.next()) * 365.2425)));
  }

  private addressIn(village: Village): string {
    return village.urban
      ? `${village.addressPrefix}${this.rng.int(1, 80)}号`
      : `${village.addressPrefix}${this.rng.int(1, 9)}组${this.rng.int(1, 99)}号`;
  }

  private regionFor(birth: string, village: Village): string {
    const county = village.code.slice(0, 6);
    const neighbour = NEIGHBOUR_REGION[county];
    if (neighbour) return birth < '19970101' && this.rng.chance(0.6) ? neighbour[1] : neighbour[0];
    if (this.rng.chance(0.1)) return this.rng.pick(MIGRANT_REGIONS);
    return birth < '19970101' && this.rng.chance(0.65) ? NATIVE_OLD_REGION : NATIVE_REGION;
  }

  /**
   * A unique ID number: one counter per (region, birth date, sex) hands out the sequence digits.
   * Register persons get 001-792, strangers 800-999, so a stranger can never be in the register.
   */
  private allocateId(region: string, birth: string, sex: '1' | '2', stranger: boolean, wantX: boolean): { id: string; birth: string } {
    const counters = stranger ? this.strangerCounters : this.idCounters;
    const limit = stranger ? 99 : 360;
    const regions = [region, ...(stranger ? UNKNOWN_REGIONS : REGISTER_REGIONS)];
    for (let shift = 0; ; shift++) {
      const date = shift === 0 ? birth : addDays(birth, shift);
      for (const r of regions) {
        const slot = ((REGION_INDEX.get(r)! * DAY_SPAN + (dayOf(date) - DAY0)) * 2) + (sex === '1' ? 0 : 1);
        while (counters[slot]! < limit) {
          const c = counters[slot]!;
          counters[slot] = c + 1;
          const seq = stranger ? 800 + 2 * c + (sex === '1' ? 1 : 0) : 2 * (c + (slot % 37)) + (sex === '1' ? 1 : 2);
          const first17 = `${r}${date}${String(seq).padStart(3, '0')}`;
          const check = idNumberCheckCharacter(first17);
          if (wantX && check !== 'X') continue;
          return { id: first17 + check, birth: date };
        }
      }
    }
  }

  private givenName(sex: '1' | '2'): string {
    const pool = sex === '1' ? MALE_GIVEN : FEMALE_GIVEN;
    const a = this.rng.pick(pool);
    return this.rng.chance(0.25) ? a : a + this.rng.pick(pool);
  }

  private makePerson(spec: {
    birth: string;
    sex: '1' | '2';
    village: Village;
    address: string;
    family?: string;
    stranger?: boolean;
    region?: string;
    wantX?: boolean;
  }): Person {
    const stranger = spec.stranger ?? false;
    const region = spec.region ?? this.regionFor(spec.birth, spec.village);
    const { id, birth } = this.allocateId(region, spec.birth, spec.sex, stranger, spec.wantX ?? false);
    const family = spec.family ?? FAMILY_NAME_TABLE.draw(this.rng);
    return {
      id,
      name: family + this.givenName(spec.sex),
      sex: spec.sex,
      birth,
      ethnic: '01',
      village: spec.village,
      address: spec.address,
      inRegister: !stranger,
      inCounty: spec.village.code.startsWith(COUNTY_CODE),
      status: '0',
      death: null,
      cancelled: null,
      cards: [],
      accounts: [],
      employments: [],
      certificates: [],
      sentences: [],
      support: [],
      memberships: [],
      payAccount: null,
      roles: new Set(),
      amounts: {},
      planted: false,
      idStyle: 'random',
    };
  }

  private nextAccount(bank: Bank): string {
    // An affine map modulo 10^15 with a multiplier prime to 10 is a bijection: unique, random-looking.
    const n = BigInt(++this.accountCounter);
    const body = (n * 780_291_637_493n + 91_357_264_011n) % 1_000_000_000_000_000n;
    return bank.bin + body.toString().padStart(15, '0');
  }

  private addCard(p: Person, status: Card['status'], issued: string): Card {
    const n = ++this.cardCounter;
    const bank = BANK_TABLE.draw(this.rng);
    const card: Card = {
      // Issued in order (and appended at the end of the primary key on MariaDB, which keeps bulk loads fast).
      sbkh: `K${String(10_000_000 + n * 7 + ((n * 48_271) % 7)).padStart(8, '0')}`,
      account: this.nextAccount(bank),
      bank,
      status,
      issued,
    };
    p.cards.push(card);
    return card;
  }

  private householdNo(): string {
    return `DB${COUNTY_CODE}${String(++this.householdCounter).padStart(8, '0')}`;
  }

  // ---- the scenario toolkit ------------------------------------------------------------------------

  newAccount(): { account: string; bankCode: string } {
    const bank = BANK_TABLE.draw(this.rng);
    return { account: this.nextAccount(bank), bankCode: bank.code };
  }

  register(p: Person, account: string, type: '1' | '2' | '3', bankCode: string, inUse: boolean, registered?: string): void {
    p.accounts.push({
      ownerId: p.id,
      ownerName: p.name,
      type,
      bankCode,
      account,
      inUse,
      registered: registered ?? this.between(inUse ? '20170101' : '20120101', inUse ? '20231231' : '20161231'),
    });
    if (inUse && p.payAccount === null) p.payAccount = account;
  }

  employ(p: Person, type: '10' | '20' | '30' | '90', start: string, end: string | null): Employment {
    const employer = this.rng.pick(EMPLOYERS.filter((e) => e.type === type));
    const employment: Employment = { employer, start, end };
    p.employments.push(employment);
    return employment;
  }

  card(p: Person, status: Card['status'], account: string): Card {
    const card = this.addCard(p, status, this.between('20120101', '20161231'));
    card.account = account;
    return card;
  }

  sentence(p: Person, type: Sentence['type'], start: string, end: string | null, actualRelease: string | null): Sentence {
    const place =
      type === '04' ? PRISONS.detention : type === '05' || type === '06' ? PRISONS.community : this.rng.pick(p.sex === '2' ? PRISONS.female : PRISONS.male);
    const no = `XF${COUNTY_CODE}${start.slice(0, 4)}${String(++this.sentenceCounter).padStart(6, '0')}`;
    const sentence: Sentence = { no, type, start, end, actualRelease, place };
    p.sentences.push(sentence);
    return sentence;
  }

  neighbourVillage(): Village {
    return this.rng.pick(NEIGHBOUR_VILLAGES)[0];
  }

  private plantedPerson(options: PersonOptions, ages: [number, number], rural: boolean): Person {
    const village = options.village ?? (rural ? RURAL_VILLAGE_TABLE : COUNTY_VILLAGE_TABLE).draw(this.rng);
    const sex = options.sex ?? (this.rng.chance(0.5) ? '1' : '2');
    const birth = options.birth ?? this.birthForAge(options.age ?? this.rng.int(ages[0], ages[1]));
    const p = this.makePerson({ birth, sex, village, address: this.addressIn(village), family: options.family, wantX: options.xId });
    p.planted = true;
    this.addToUnit(p);
    if (!options.noAccount) {
      const card = this.addCard(p, options.cardStatus ?? '1', this.between('20150101', '20211231'));
      const type = options.accountType ?? '1';
      if (type === '1') this.register(p, card.account, '1', card.bank.code, true);
      else {
        const a = this.newAccount();
        this.register(p, a.account, type, a.bankCode, true);
      }
    }
    return p;
  }

  beneficiary(code: ProgrammeCode, options: PersonOptions = {}): Person {
    const p = this.plantedPerson({ sex: code === 'TY-YF' ? '1' : undefined, ...options }, BENEFICIARY_AGES[code], code === 'NY-GD');
    p.roles.add(code);
    const certificate = (level: string): void => {
      const issued = this.between('20190101', '20221231');
      p.certificates.push({ category: CATEGORY.draw(this.rng), level, issued, validUntil: addDays(addYears(issued, 10), -1), cancelled: null });
    };
    switch (code) {
      case 'MZ-DB':
        this.plantedHousehold(p);
        break;
      case 'CL-SH':
        this.plantedHousehold(p);
        certificate(options.level ?? LEVEL.draw(this.rng));
        break;
      case 'CL-HL':
        certificate(options.level ?? (this.rng.chance(0.4) ? '1' : '2'));
        break;
      case 'CL-KF':
        certificate(options.level ?? LEVEL.draw(this.rng));
        p.amounts['CL-KF'] = this.rng.pick([30000, 45000, 60000]);
        break;
      case 'MZ-TK':
        p.support.push({ form: this.rng.chance(0.35) ? '1' : '2', start: this.between('20160101', '20221231'), end: null });
        break;
      default:
        this.setAmount(p, code);
    }
    return p;
  }

  private setAmount(p: Person, code: ProgrammeCode): void {
    if (code === 'TY-YF') p.amounts[code] = this.rng.chance(0.7) ? 190000 : 156000;
    else if (code === 'NY-GD') p.amounts[code] = Math.round(this.rng.int(10, 80) * 1086.3);
    else if (code === 'MZ-LSJZ') p.amounts[code] = this.rng.int(3, 30) * 10000;
  }

  private plantedHousehold(head: Person): Household {
    const h: Household = {
      no: this.householdNo(),
      head,
      village: head.village,
      allowanceFen: (head.village.urban ? this.rng.int(420, 680) : this.rng.int(250, 480)) * 100,
      start: this.between('20160101', '20221231'),
      end: null,
      members: [{ person: head, relation: '01' }],
    };
    head.memberships.push({ household: h, relation: '01' });
    this.unit.households.push(h);
    return h;
  }

  resident(options: PersonOptions = {}): Person {
    return this.plantedPerson(options, [30, 60], false);
  }

  stranger(accounts: number): Person {
    const village = COUNTY_VILLAGE_TABLE.draw(this.rng);
    const sex = this.rng.chance(0.5) ? '1' : '2';
    const p = this.makePerson({
      birth: this.birthForAge(this.rng.int(25, 60)),
      sex,
      village,
      address: this.addressIn(village),
      stranger: true,
      region: this.rng.pick(UNKNOWN_REGIONS),
    });
    p.planted = true;
    this.addToUnit(p);
    for (let i = 0; i < accounts; i++) {
      const a = this.newAccount();
      this.register(p, a.account, '2', a.bankCode, true);
    }
    return p;
  }

  natural(): PlannedLine[] {
    const out: PlannedLine[] = [];
    for (const p of this.unit.persons) {
      if (!p.inRegister || p.roles.size === 0) continue;
      for (const code of p.roles) {
        for (const period of MAIN_PERIODS.get(code)!) {
          const d = periodStartOf(period);
          if (!payable(p, d)) continue;
          const fen = entitlement(p, code, d);
          if (fen !== null) out.push(this.makeLine(p, code, period, [], { fen }));
        }
      }
    }
    this.unit.lines.push(...out);
    return out;
  }

  line(p: Person, code: ProgrammeCode, period: string, intended: readonly Rule[], overrides: LineOverrides = {}): PlannedLine {
    const l = this.makeLine(p, code, period, intended, overrides);
    this.unit.lines.push(l);
    return l;
  }

  plantWhere(p: Person, code: ProgrammeCode, when: (d: string) => boolean, intended: readonly Rule[]): PlannedLine[] {
    return MAIN_PERIODS.get(code)!
      .filter((period) => when(periodStartOf(period)))
      .map((period) => this.line(p, code, period, intended));
  }

  private makeLine(p: Person, code: ProgrammeCode, period: string, intended: readonly Rule[], o: LineOverrides): PlannedLine {
    const account = o.account ?? p.payAccount;
    if (account === null) throw new Error(`a line for ${code} needs an account`);
    return {
      programme: code,
      period,
      supplementary: o.supplementary ?? false,
      person: p,
      sfzh: o.sfzh ?? this.idCell(p),
      name: o.name ?? this.nameCell(p.name),
      account,
      fen: o.fen ?? this.usualAmount(p, code, periodStartOf(period)),
      failed: o.failed ?? false,
      intended: new Set(intended),
    };
  }

  /** What the clerk would have entered, even where the person is not entitled. */
  private usualAmount(p: Person, code: ProgrammeCode, d: string): number {
    return (
      entitlement(p, code, d) ??
      p.amounts[code] ??
      (code === 'MZ-DB' ? p.memberships[0]?.household.allowanceFen : undefined) ??
      programme(code).standardFen ??
      50000
    );
  }

  // ---- natural households --------------------------------------------------------------------------

  private familyShape(type: FamilyType): FamilyMember[] {
    const r = this.rng;
    const clamp = (age: number, min: number): number => Math.max(min, Math.min(104, age));
    switch (type) {
      case 'single-elder':
        return [{ age: 60 + Math.floor(Math.pow(r.next(), 2.2) * 42), sex: r.chance(0.55) ? '2' : '1', relation: '01', ownFamily: false }];
      case 'elder-couple': {
        const h = 62 + Math.floor(Math.pow(r.next(), 2) * 34);
        return [
          { age: h, sex: '1', relation: '01', ownFamily: false },
          { age: clamp(h + r.int(-6, 1), 58), sex: '2', relation: '02', ownFamily: true },
        ];
      }
      case 'single-adult':
        return [{ age: r.int(18, 59), sex: r.chance(0.65) ? '1' : '2', relation: '01', ownFamily: false }];
      case 'couple': {
        const h = r.int(22, 59);
        return [
          { age: h, sex: '1', relation: '01', ownFamily: false },
          { age: clamp(h + r.int(-4, 1), 20), sex: '2', relation: '02', ownFamily: true },
        ];
      }
      case 'nuclear':
      case 'three-gen': {
        const f = type === 'nuclear' ? r.int(25, 55) : r.int(28, 55);
        const m = clamp(f + r.int(-4, 1), 21);
        const out: FamilyMember[] = [
          { age: f, sex: '1', relation: '01', ownFamily: false },
          { age: m, sex: '2', relation: '02', ownFamily: true },
        ];
        const kids = type === 'nuclear' ? r.int(1, 3) : r.int(1, 2);
        for (let i = 0; i < kids; i++) {
          const age = m - r.int(21, 36);
          if (age >= 0) out.push({ age, sex: r.chance(0.52) ? '1' : '2', relation: '03', ownFamily: false });
        }
        if (type === 'three-gen') {
          const gf = clamp(f + r.int(22, 32), 50);
          out.push({ age: gf, sex: '1', relation: '04', ownFamily: false });
          if (r.chance(0.7)) out.push({ age: clamp(gf + r.int(-5, 1), 48), sex: '2', relation: '04', ownFamily: true });
          if (r.chance(0.05)) out.push({ age: r.int(5, 25), sex: r.chance(0.5) ? '1' : '2', relation: '99', ownFamily: true });
        }
        return out;
      }
    }
  }

  private naturalFamily(maxSize: number): void {
    const r = this.rng;
    const type = FAMILY_TYPES.draw(r);
    const village = r.chance(0.02) ? this.neighbourVillage() : COUNTY_VILLAGE_TABLE.draw(r);
    const address = this.addressIn(village);
    const family = FAMILY_NAME_TABLE.draw(r);
    const shape = this.familyShape(type).slice(0, maxSize);
    const persons = shape.map((m) =>
      this.addToUnit(
        this.makePerson({ birth: this.birthForAge(m.age), sex: m.sex, village, address, family: m.ownFamily ? undefined : family }),
      ),
    );
    const inCounty = persons[0]!.inCounty;

    for (const p of persons) {
      p.ethnic = ETHNIC.draw(r);
      const age = ageAt(p.birth, SNAPSHOT);
      const deathRate = age < 1 ? 0 : age < 60 ? 0.003 : age < 80 ? 0.03 : 0.1;
      if (r.chance(deathRate)) {
        p.status = '1';
        p.death = this.between(maxDate(addDays(p.birth, 365), '20180101'), '20240620');
      } else if (age >= 16 && r.chance(0.006)) {
        p.status = '2';
        p.cancelled = this.between(maxDate(addYears(p.birth, 16), '20150101'), '20240620');
      }
      this.naturalCertificates(p, age);
    }

    const disabled = persons.some((p) => p.certificates.length > 0);
    const household =
      inCounty && r.chance(DIBAO_RATE[type] * (disabled ? 2 : 1)) ? this.naturalHousehold(persons, shape) : null;

    for (const p of persons) {
      const age = ageAt(p.birth, SNAPSHOT);
      this.naturalCards(p, age);
      this.naturalSentence(p, age);
      if (inCounty) this.naturalEmployment(p, age, household !== null);
    }
    if (inCounty && household === null && persons.length === 1) this.naturalSupport(persons[0]!, type);
    if (inCounty) {
      persons.forEach((p, i) => this.naturalRoles(p, i === 0, household));
      for (const p of persons) this.naturalRegistration(p);
    }
    this.natural();
  }

  private naturalCertificates(p: Person, age: number): void {
    const r = this.rng;
    if (!r.chance(age < 18 ? 0.01 : age < 60 ? 0.025 : age < 80 ? 0.05 : 0.08)) return;
    const last = minDate(p.death ?? SNAPSHOT, '20240531');
    const first = maxDate('20080101', addYears(p.birth, 1));
    if (first > last) return;
    const category = CATEGORY.draw(r);
    const validity = (issued: string): number => (ageAt(p.birth, issued) < 16 ? 5 : 10);
    const until = (issued: string): string => addDays(addYears(issued, validity(issued)), -1);
    const issued = this.between(first, last);
    let cur: Certificate = { category, level: LEVEL.draw(r), issued, validUntil: until(issued), cancelled: null };
    const used = new Set([cur.level]);
    const rows: Certificate[] = [];
    for (let round = 0; round < 6 && cur.validUntil < last; round++) {
      if (!r.chance(0.75)) break;
      const shifted = String(Math.min(4, Math.max(1, Number(cur.level) + (r.chance(0.5) ? 1 : -1))));
      const newLevel = r.chance(0.3) && !used.has(shifted) ? shifted : cur.level;
      if (newLevel !== cur.level && r.chance(0.3)) {
        // Re-assessed before expiry: the old certificate is cancelled the day the new one is issued.
        const on = this.between(addYears(cur.issued, 2), cur.validUntil);
        if (on > last) break;
        cur.cancelled = on;
        rows.push(cur);
        used.add(newLevel);
        cur = { category, level: newLevel, issued: on, validUntil: until(on), cancelled: null };
        continue;
      }
      const on = addDays(cur.validUntil, 1 + (r.chance(0.3) ? r.int(1, 90) : 0));
      if (on > last) break;
      if (newLevel === cur.level) {
        // Renewed at the same level: the same certificate number, re-issued.
        cur.issued = on;
        cur.validUntil = until(on);
      } else {
        rows.push(cur);
        used.add(newLevel);
        cur = { category, level: newLevel, issued: on, validUntil: until(on), cancelled: null };
      }
    }
    if (p.death !== null && cur.cancelled === null && cur.issued <= p.death && p.death <= cur.validUntil) {
      const cancelled = addDays(p.death, r.int(5, 60));
      if (cancelled <= SNAPSHOT) cur.cancelled = cancelled;
    }
    rows.push(cur);
    p.certificates = rows;
  }

  private naturalHousehold(persons: Person[], shape: FamilyMember[]): Household | null {
    const r = this.rng;
    const head = persons[0]!;
    const start = r.chance(0.1) ? this.between('20240102', '20240531') : this.between('20120101', '20231231');
    const goneBefore = (p: Person, date: string): boolean =>
      (p.death !== null && p.death < date) || (p.cancelled !== null && p.cancelled < date);
    if (goneBefore(head, start)) return null;
    let end: string | null = null;
    if (r.chance(0.12) && addDays(start, 180) < SNAPSHOT) end = this.between(addDays(start, 180), SNAPSHOT);
    const headGone = head.death ?? head.cancelled;
    if (headGone !== null) {
      const dissolved = addDays(headGone, r.int(20, 90));
      if (dissolved <= SNAPSHOT) end = end === null ? dissolved : minDate(end, dissolved);
    }
    const members = persons
      .map((person, i) => ({ person, relation: shape[i]!.relation }))
      .filter((m) => !goneBefore(m.person, start));
    const perHead = head.village.urban ? r.int(420, 680) : r.int(250, 480);
    const h: Household = {
      no: this.householdNo(),
      head,
      village: head.village,
      allowanceFen: perHead * members.length * 100,
      start,
      end,
      members,
    };
    for (const m of members) m.person.memberships.push({ household: h, relation: m.relation });
    this.unit.households.push(h);
    return h;
  }

  private naturalCards(p: Person, age: number): void {
    const r = this.rng;
    if (!(age >= 16 ? r.chance(0.92) : r.chance(0.15))) return;
    const last = minDate(p.death ?? '20240531', '20240531');
    const first = maxDate('20130101', addYears(p.birth, age >= 16 ? 16 : 0));
    if (first > last) return;
    const x = r.next();
    if (x < 0.05 && first < '20181231' && last > '20190101') {
      // Lost and replaced: the old card is cancelled, the new one carries a new account.
      this.addCard(p, '3', this.between(first, '20181231'));
      this.addCard(p, '1', this.between('20190101', last));
    } else {
      this.addCard(p, x < 0.93 ? '1' : x < 0.96 ? '0' : x < 0.985 ? '2' : '1', this.between(first, last));
    }
    if (p.status === '1' && r.chance(0.4)) for (const c of p.cards) if (c.status === '1') c.status = '3';
  }

  private naturalSentence(p: Person, age: number): void {
    const r = this.rng;
    if (age < 18 || age > 70 || !r.chance(0.004)) return;
    const type = SENTENCE_TYPES.draw(r);
    const earliest = maxDate(addYears(p.birth, 16), SENTENCE_EARLIEST[type]);
    const latest = minDate(p.death ?? SNAPSHOT, type === '02' || type === '03' ? '20231231' : '20240531');
    if (earliest > latest) return;
    const start = this.between(earliest, latest);
    let end: string | null = null;
    let actual: string | null = null;
    if (type === '01') {
      end = addDays(addYears(start, r.int(1, 12)), r.int(0, 300));
      const length = dayOf(end) - dayOf(start);
      if (r.chance(0.3) && length > 120) actual = this.between(addDays(start, Math.floor(length / 2)), addDays(end, -30));
    } else if (type === '04') end = addDays(start, r.int(30, 180));
    else if (type === '05') end = addDays(start, r.int(180, 730));
    else if (type === '06') end = addYears(start, r.int(1, 5));
    this.sentence(p, type, start, end, actual);
  }

  private naturalEmployment(p: Person, age: number, onDibao: boolean): void {
    const r = this.rng;
    if (p.status !== '0' || age < 18 || age > 59 || !r.chance(0.16)) return;
    const draw = (): '10' | '20' | '30' | '90' => {
      const t = EMPLOYER_TYPES.draw(r);
      // Nobody on dibao works for the state here, unless a scenario plants it.
      return onDibao && (t === '10' || t === '20') ? '30' : t;
    };
    const start = this.between(maxDate(addYears(p.birth, 18), '20050101'), '20240531');
    const end = r.chance(0.2) && addDays(start, 180) < SNAPSHOT ? this.between(addDays(start, 180), SNAPSHOT) : null;
    if (r.chance(0.12)) {
      const earliest = maxDate(addYears(p.birth, 18), '20000101');
      const latestEnd = addDays(start, -30);
      if (addDays(earliest, 365) <= latestEnd) {
        const s = this.between(earliest, addDays(latestEnd, -365));
        this.employ(p, draw(), s, this.between(addDays(s, 180), latestEnd));
      }
    }
    this.employ(p, draw(), start, end);
  }

  private naturalSupport(p: Person, type: FamilyType): void {
    const r = this.rng;
    const severe = p.certificates.some((c) => c.level <= '2');
    if (!((type === 'single-elder' && r.chance(0.18)) || (type === 'single-adult' && severe && r.chance(0.3)))) return;
    const start = r.chance(0.04) ? this.between('20240102', '20240531') : this.between('20120101', '20231231');
    if ((p.death !== null && p.death < start) || p.cancelled !== null) return;
    let end: string | null = null;
    if (p.death !== null) {
      const e = addDays(p.death, r.int(0, 30));
      if (e <= SNAPSHOT) end = e;
    } else if (r.chance(0.06) && addDays(start, 365) < SNAPSHOT) {
      end = this.between(addDays(start, 365), SNAPSHOT);
    }
    if (end !== null && end <= start) end = null;
    p.support.push({ form: r.chance(0.35) ? '1' : '2', start, end });
  }

  private naturalRoles(p: Person, isHead: boolean, household: Household | null): void {
    const r = this.rng;
    const age = ageAt(p.birth, SNAPSHOT);
    const member = household?.members.some((m) => m.person === p) ?? false;
    if (member && household!.head === p) p.roles.add('MZ-DB');
    if (member && p.certificates.length > 0) p.roles.add('CL-SH');
    if (p.certificates.length > 0) {
      p.roles.add('CL-HL');
      if (r.chance(0.35)) {
        p.roles.add('CL-KF');
        p.amounts['CL-KF'] = r.pick([30000, 45000, 60000]);
      }
    }
    if (p.support.length > 0) p.roles.add('MZ-TK');
    if (p.birth <= '19440401') p.roles.add('MZ-GL');
    if (p.sex === '1' && age >= 55 && age <= 85 && r.chance(0.02)) {
      p.roles.add('TY-YF');
      this.setAmount(p, 'TY-YF');
    }
    if (isHead && !p.village.urban && r.chance(0.85)) {
      p.roles.add('NY-GD');
      this.setAmount(p, 'NY-GD');
    }
    if (age >= 18 && r.chance(0.003)) {
      p.roles.add('MZ-LSJZ');
      this.setAmount(p, 'MZ-LSJZ');
    }
  }

  private naturalRegistration(p: Person): void {
    const r = this.rng;
    if (p.roles.size === 0 && !(ageAt(p.birth, SNAPSHOT) >= 18 && r.chance(0.8))) return;
    if (r.chance(0.12)) {
      const old = this.newAccount();
      this.register(p, old.account, '3', old.bankCode, false);
    }
    const active = p.cards.find((c) => c.status === '1');
    const x = r.next();
    if (active && x < 0.8) {
      this.register(p, active.account, '1', active.bank.code, true, this.between(maxDate('20160101', active.issued), '20240531'));
    } else {
      const a = this.newAccount();
      this.register(p, a.account, active ? (x < 0.95 ? '2' : '3') : r.chance(0.7) ? '2' : '3', a.bankCode, true);
    }
  }
}

function batchKey(code: ProgrammeCode, period: string, supplementary: boolean): string {
  return `${code}|${period}|${supplementary ? 'S' : 'M'}`;
}

function nextMonth(period: string): string {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(4, 6));
  return m === 12 ? `${y + 1}01` : `${y}${pad2(m + 1)}`;
}
