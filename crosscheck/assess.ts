/**
 * Turns one chunk of lines and the departments' answers into findings and gaps, applying the
 * rules' gating: ID_INVALID stops everything, PERSON_UNKNOWN leaves only the finance-only rules,
 * eligibility rules only for programmes with that condition. Pure: no I/O, so every gating case
 * is testable without a gateway.
 */
import { DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import { periodStart, type IsoDate } from '../lib/dates.js';
import { idNumberProblem, normaliseIdNumber, type IdNumberProblem } from '../lib/id-number.js';
import { decimalToFen, type Fen } from '../lib/money.js';
import { trimLegacyText } from '../lib/text.js';
import type { NewFinding } from '../store/findings.js';
import type { NewNotChecked } from '../store/not-checked.js';
import { CHECKS, CHECK_SPECS, applicableChecks, checkOfRule, departmentsOfRule, rulesUnder, survivesUnknownPerson, type Check } from './rules.js';
import { RULES, type Rule } from '../lib/rules.js';
import type { CheckLine, CheckSubjects, ScreeningHit } from './sources.js';

export interface PlannedLine {
  line: CheckLine;
  idNumber: string;
  amountFen: Fen;
  /** The period start `d`; null when the batch's period is not a real month. */
  date: IsoDate | null;
  /** The programme's eligibility condition, which decides the rules that apply. */
  condition: string | null;
  /** Ground the run has not covered before: every applicable check. Otherwise only recorded gaps are re-checked. */
  fresh: boolean;
  idProblem: IdNumberProblem | null;
  /** Why no department can be asked about the line at all (lineDefect); null when they can. */
  defect: string | null;
  /** The disbursing county as asked (trimmed); meaningful only without a defect. */
  countyCode: string;
  checks: readonly Check[];
}

/** `divisions`: the register's answer also names each subject's registered division, by ID number. */
export type CheckOutcome = { ok: true; hits: readonly ScreeningHit[]; divisions?: ReadonlyMap<string, string | null> } | { ok: false; reason: string };

export interface Assessment {
  /** `idNumber` rides along only to look up the village; the store never receives it. */
  findings: (NewFinding & { idNumber: string })[];
  notChecked: NewNotChecked[];
  clearNotChecked: { lineId: string; department: Department }[];
  replaceFindings: { lineId: string; rules: Rule[] }[];
}

/** Why an ID number is invalid, in the plain words of the evidence analysts read. */
const ID_NUMBER_PROBLEM_ZH: Record<IdNumberProblem, string> = {
  LENGTH: '应为 18 位',
  CHARACTERS: '应为 17 位数字加 1 位数字或 X',
  BIRTH_DATE: '第 7–14 位不是真实的日历日期',
  CHECK_CHARACTER: '校验码不符',
};

const GATED_RULES: Rule[] = RULES.filter((rule) => !survivesUnknownPerson(rule) && rule !== 'ID_INVALID');

/**
 * What to ask about one line: everything that applies on fresh ground, the checks behind the
 * recorded gaps otherwise; null when a covered line has no gap left.
 */
export function planLine(line: CheckLine, fresh: boolean, gaps: readonly { rules: readonly Rule[] }[] | undefined): PlannedLine | null {
  const idNumber = normaliseIdNumber(line.idNumber);
  const condition = line.eligibilityCondition ?? null;
  const date = line.period ? periodStartOf(line.period) : null;
  const countyCode = trimLegacyText(line.countyCode ?? '');
  const defect = lineDefect(line, date, countyCode);
  const amountFen = decimalToFen(line.amount);
  if (fresh) {
    const idProblem = idNumberProblem(idNumber);
    return { line, idNumber, amountFen, date, condition, countyCode, defect, fresh, idProblem, checks: idProblem ? NO_CHECKS : applicableChecks(condition) };
  }
  const checks = new Set<Check>();
  for (const gap of gaps ?? []) {
    for (const rule of gap.rules) {
      const check = checkOfRule(rule);
      if (check) checks.add(check);
    }
  }
  if (checks.size === 0) return null;
  return { line, idNumber, amountFen, date, condition, countyCode, defect, fresh, idProblem: null, checks: CHECKS.filter((c) => checks.has(c)) };
}

const NO_CHECKS: readonly Check[] = Object.freeze([]);

/** A chunk's lines share a few periods: each period's start is worked out once. */
const periodStarts = new Map<string, IsoDate | null>();

function periodStartOf(period: string): IsoDate | null {
  let start = periodStarts.get(period);
  if (start === undefined) {
    start = periodStart(period);
    if (periodStarts.size > 1000) periodStarts.clear();
    periodStarts.set(period, start);
  }
  return start;
}

/** Why a line cannot be put to any department at all, whatever they would answer. */
function lineDefect(line: CheckLine, date: IsoDate | null, county: string): string | null {
  if (date === null) return `batch ${line.batchNumber} has no valid period, so the period start is unknown`;
  if (!/^\d{6}$/.test(county)) return `batch ${line.batchNumber} has no valid disbursing county`;
  return null;
}

/** The subjects of one question as the wire carries them: one list per field, no object per subject. */
export function subjectsFor<C extends Check>(check: C, planned: readonly PlannedLine[]): CheckSubjects[C] {
  const asked: PlannedLine[] = [];
  for (const p of planned) {
    if (p.defect !== null || !p.checks.includes(check)) continue;
    // No account on the line is no card's account: there is nothing for HR to match.
    if (check === 'CARD_ACCOUNTS' && (p.line.accountNumber ?? '').trim() === '') continue;
    asked.push(p);
  }
  const keys = asked.map((p) => p.line.id);
  const dated = () => ({ keys, idNumbers: asked.map((p) => p.idNumber), dates: asked.map((p) => p.date!) });
  const columns: { [K in Check]: () => CheckSubjects[K]['columns'] } = {
    REGISTER: () => ({
      ...dated(),
      // A line paid without a name cannot match the registered name: it is compared as empty.
      names: asked.map((p) => p.line.name ?? ''),
      countyCodes: asked.map((p) => p.countyCode),
      checkAge80: asked.map((p) => p.line.eligibilityCondition === 'AGE_80'),
    }),
    PAYMENT_LINES: () => keys,
    CUSTODY: dated,
    CARD_ACCOUNTS: () => ({ keys, idNumbers: asked.map((p) => p.idNumber), accountNumbers: asked.map((p) => p.line.accountNumber!) }),
    PUBLIC_EMPLOYMENT: dated,
    DIBAO: dated,
    EXTREME_POVERTY: dated,
    DISABILITY: () => ({ ...dated(), requireSevere: asked.map((p) => p.line.eligibilityCondition === 'DISABLED_SEVERE') }),
  };
  return { length: asked.length, columns: columns[check]() } as CheckSubjects[C];
}

function hitsByKey(hits: readonly ScreeningHit[]): Map<string, ScreeningHit[]> {
  const byKey = new Map<string, ScreeningHit[]>();
  for (const hit of hits) {
    const list = byKey.get(hit.key);
    if (list) list.push(hit);
    else byKey.set(hit.key, [hit]);
  }
  return byKey;
}

export function notCheckedReason(department: Department, reason: string): string {
  const info = DEPARTMENT_INFO[department];
  return `${info.nameEn} (${info.nameZh}) could not be asked: ${reason}`;
}

function findingOf(p: PlannedLine, rule: Rule, evidence: string): Assessment['findings'][number] {
  return {
    lineId: p.line.id,
    rule,
    departments: departmentsOfRule(rule),
    evidence,
    amountFen: p.amountFen,
    batchNumber: p.line.batchNumber,
    village: null,
    idNumber: p.idNumber,
  };
}

const NO_HITS: readonly ScreeningHit[] = Object.freeze([]);

export function assessChunk(planned: readonly PlannedLine[], outcomes: Partial<Record<Check, CheckOutcome>>): Assessment {
  const hits = new Map<Check, Map<string, ScreeningHit[]>>();
  for (const check of CHECKS) {
    const outcome = outcomes[check];
    if (outcome?.ok) hits.set(check, hitsByKey(outcome.hits));
  }
  const result: Assessment = { findings: [], notChecked: [], clearNotChecked: [], replaceFindings: [] };

  for (const p of planned) {
    const { line } = p;
    if (p.idProblem) {
      result.findings.push(findingOf(p, 'ID_INVALID', `发放的身份证号不是有效的公民身份号码：${ID_NUMBER_PROBLEM_ZH[p.idProblem]}`));
      continue;
    }
    const defect = p.defect;
    const registerAnswered = p.checks.includes('REGISTER') && outcomes.REGISTER?.ok === true && defect === null;
    const personUnknown = registerAnswered && (hits.get('REGISTER')?.get(line.id) ?? NO_HITS).some((h) => h.rule === 'PERSON_UNKNOWN');
    // Most lines have neither gaps nor findings: the maps are made only for those that do.
    let gaps: Map<Department, { rules: Rule[]; reasons: Set<string> }> | null = null;
    let evidence: Map<Rule, string[]> | null = null;

    for (const check of p.checks) {
      const spec = CHECK_SPECS[check];
      const rules = rulesUnder(check, p.condition);
      // The rules stop at PERSON_UNKNOWN: what a department would say of such a person is not asked for.
      if (spec.needsKnownPerson && personUnknown) continue;
      const outcome = outcomes[check];
      const failure = defect ?? (outcome === undefined ? 'no answer was asked for' : outcome.ok ? null : outcome.reason);
      if (failure !== null) {
        gaps ??= new Map();
        const gap = gaps.get(spec.department) ?? { rules: [], reasons: new Set<string>() };
        gap.rules.push(...rules);
        gap.reasons.add(failure);
        gaps.set(spec.department, gap);
        continue;
      }
      const lineHits = hits.get(check)?.get(line.id);
      if (lineHits === undefined) continue;
      for (const hit of lineHits) {
        // A department can only decide the rules asked of it for this programme.
        if (!(rules as readonly string[]).includes(hit.rule)) continue;
        const rule = hit.rule as Rule;
        evidence ??= new Map();
        const texts = evidence.get(rule);
        if (texts) texts.push(hit.evidence);
        else evidence.set(rule, [hit.evidence]);
      }
    }

    if (evidence) for (const [rule, texts] of evidence) result.findings.push(findingOf(p, rule, [...new Set(texts)].join('; ')));
    if (gaps) {
      for (const [department, gap] of gaps) {
        result.notChecked.push({
          lineId: line.id,
          department,
          rules: RULES.filter((r) => gap.rules.includes(r)),
          reason: notCheckedReason(department, [...gap.reasons].join('; ')),
          amountFen: p.amountFen,
          batchNumber: line.batchNumber,
        });
      }
    }
    if (!p.fresh) {
      // A re-check replaces what the source run recorded for these checks on this line.
      const departments = new Set(p.checks.map((c) => CHECK_SPECS[c].department));
      for (const department of departments) result.clearNotChecked.push({ lineId: line.id, department });
      const rechecked = new Set(p.checks.flatMap((c) => rulesUnder(c, p.condition)));
      // A person now found unknown takes back what other departments said of them in the source run.
      if (personUnknown) for (const rule of GATED_RULES) rechecked.add(rule);
      result.replaceFindings.push({ lineId: line.id, rules: RULES.filter((r) => rechecked.has(r)) });
      if (personUnknown) {
        for (const department of new Set(GATED_RULES.flatMap(departmentsOfRule))) {
          if (!departments.has(department)) result.clearNotChecked.push({ lineId: line.id, department });
        }
      }
    }
  }
  return result;
}
