/** What the follow-up of findings hands the subgraph's resolvers: findings, ledger cases and roll-ups, with their finance facts. */
import type { Department } from '../../lib/departments.js';
import type { Fen } from '../../lib/money.js';
import type { Rule } from '../../lib/rules.js';
import type { FindingActionRecord } from '../../store/finding-actions.js';
import type { FindingRecord } from '../../store/findings.js';
import type { FollowUpStatus, LatestReview } from '../../store/follow-up-findings.js';
import type { CaseBalance, CaseRecord, RecoveryRecord, RecoveryStatus, WriteOffRecord } from '../../store/recoveries.js';

/** A batch as finance describes it, with the hub department that follows up its findings. */
export interface BatchFacts {
  batchNumber: string;
  period: string | null;
  countyCode: string | null;
  programmeCode: string;
  programmeName: string | null;
  /** The finance subgraph's name of the responsible department (CIVIL_AFFAIRS, AGRICULTURE, UNRECOGNISED...). */
  responsibleDepartment: string;
  responsibleDepartmentCode: string | null;
  standardFen: Fen | null;
  followUpDepartment: Department;
}

export interface LineFacts {
  idNumber: string | null;
  name: string | null;
  /** PENDING, CREDITED, FAILED or UNRECOGNISED, as finance says. */
  status: string;
  amountFen: Fen;
}

export interface FollowUpFindingView {
  finding: FindingRecord;
  batch: BatchFacts | null;
  line: LineFacts | null;
  actions: FindingActionRecord[];
  review: LatestReview | null;
  status: FollowUpStatus;
  confirmed: boolean;
}

export interface RecoveryCaseView {
  /** The case as stored once opened; before that, as it would be opened now. */
  case: CaseRecord;
  opened: boolean;
  line: LineFacts | null;
  balance: CaseBalance;
  recoveries: RecoveryRecord[];
  writeOffs: WriteOffRecord[];
}

export interface RollupView {
  key: string;
  cases: number;
  dueFen: Fen;
  recoveredFen: Fen;
  writtenOffFen: Fen;
  outstandingFen: Fen;
}

export interface LedgerView {
  cases: RecoveryCaseView[];
  totals: RollupView;
  byProgramme: RollupView[];
  byCounty: RollupView[];
  byPeriod: RollupView[];
  byRule: RollupView[];
}

export type { RecoveryStatus, Rule };
