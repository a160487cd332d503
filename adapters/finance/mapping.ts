/** The one-card system's rows, normalised into the records the hub serves. */
import type { SelectQueryBuilder } from 'typeorm';
import { isValidIdNumber, normaliseIdNumber } from '../../lib/id-number.js';
import { normaliseCode, normaliseName, trimLegacyText } from '../../lib/text.js';
import { parseLegacyDate, periodStart, toIsoDateTime } from '../../lib/dates.js';
import { decimalToFen, nullableDecimalToFen } from '../../lib/money.js';
import { documentedCodeSql } from '../mapping/layout.js';
import { ACCOUNT_TYPE, BATCH_STATUS, flagSet, FUNDING_LEVEL, LINE_STATUS, PAYMENT_CYCLE, RESPONSIBLE_DEPARTMENT } from './codes.js';
import { BatchTable, LineTable, type AccountRow, type BatchRow, type LineRow, type ProgrammeRow } from './entities.js';
import { idText } from './line-ids.js';
import type { BatchRecord, PaymentLineRecord, ProgrammeRecord, RegisteredAccountRecord } from './records.js';

/** Free text and user ids: trimmed, and an empty string is "none". */
function text(raw: string | null | undefined): string | null {
  const value = normaliseName(raw);
  return value === '' ? null : value;
}

export function toProgrammeRecord(row: ProgrammeRow): ProgrammeRecord {
  const departmentCode = normaliseCode(row.ZGBMDM);
  const fundingLevelCode = normaliseCode(row.ZJJCDM);
  const paymentCycleCode = normaliseCode(row.FFZQDM);
  return {
    code: trimLegacyText(row.XMDM),
    name: text(row.XMMC),
    department: RESPONSIBLE_DEPARTMENT.read(departmentCode),
    departmentCode,
    fundingLevel: FUNDING_LEVEL.read(fundingLevelCode),
    fundingLevelCode,
    paymentCycle: PAYMENT_CYCLE.read(paymentCycleCode),
    paymentCycleCode,
    standardAmountFen: nullableDecimalToFen(row.BZJE),
    eligibilityCondition: normaliseCode(row.ZGTJ),
    policyBasis: text(row.ZCYJ),
    published: flagSet(normaliseCode(row.GKBZ)),
    year: normaliseCode(row.ND),
  };
}

export function toBatchRecord(row: BatchRow): BatchRecord {
  const period = normaliseCode(row.FFQJ);
  const statusCode = normaliseCode(row.ZTDM);
  return {
    batchNumber: trimLegacyText(row.PCH),
    programmeCode: normaliseCode(row.XMDM),
    period,
    periodStart: period ? periodStart(period) : null,
    countyCode: normaliseCode(row.XZQHDM),
    status: BATCH_STATUS.read(statusCode),
    statusCode,
    enteredBy: text(row.LRR),
    approvedBy: text(row.SHR),
    sentToBankAt: toIsoDateTime(row.TJSJ),
  };
}

export function toPaymentLineRecord(row: LineRow, batch: BatchRecord): PaymentLineRecord {
  const idNumber = normaliseIdNumber(row.SFZH);
  const statusCode = normaliseCode(row.FFZTDM);
  return {
    id: idText(row.MXID),
    batch,
    idNumberAsEntered: row.SFZH ?? '',
    idNumber,
    idNumberValid: isValidIdNumber(idNumber),
    name: normaliseName(row.XM),
    accountNumber: text(row.YHZH),
    // JE is nullable in the legacy DDL; a line without an amount pays nothing.
    amountFen: row.JE == null || row.JE === '' ? 0 : decimalToFen(row.JE),
    status: LINE_STATUS.read(statusCode),
    statusCode,
    failureReason: text(row.SBYY),
    creditedAt: toIsoDateTime(row.DZSJ),
  };
}

export function toRegisteredAccountRecord(row: AccountRow): RegisteredAccountRecord {
  const accountTypeCode = normaliseCode(row.ZHLXDM);
  return {
    recordId: idText(row.ZHID),
    idNumber: normaliseIdNumber(row.SFZH),
    holderName: normaliseName(row.XM),
    accountType: ACCOUNT_TYPE.read(accountTypeCode),
    accountTypeCode,
    bankCode: normaliseCode(row.KHYHDM),
    accountNumber: text(row.YHZH),
    inUse: flagSet(normaliseCode(row.ZT)),
    registeredOn: parseLegacyDate(row.DJRQ),
  };
}

// Lines are read as raw rows (their batch joined in, or aggregates beside them); each column is
// selected under a prefixed alias so a line's and its batch's columns cannot collide.

export type RawRow = Record<string, string | number | null>;

/** Selects every FF_MX column of alias `m`. */
export function selectLineColumns<T extends object>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  const [first, ...rest] = LineTable.columnNames;
  // A code column the department's mapping renames reads back as the documented code (adapters/mapping).
  const column = (name: string) => documentedCodeSql(query.connection, LineTable.name, name, `m.${name}`);
  query.select(column(first!), `mx_${first}`);
  for (const name of rest) query.addSelect(column(name), `mx_${name}`);
  return query;
}

/** Adds every FF_PC column of alias `b`. */
export function addBatchColumns<T extends object>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  for (const column of BatchTable.columnNames) query.addSelect(documentedCodeSql(query.connection, BatchTable.name, column, `b.${column}`), `pc_${column}`);
  return query;
}

export function lineRowOf(raw: RawRow): LineRow {
  return Object.fromEntries(LineTable.columnNames.map((c) => [c, raw[`mx_${c}`] ?? null])) as LineRow;
}

export function batchRowOf(raw: RawRow): BatchRow {
  return Object.fromEntries(BatchTable.columnNames.map((c) => [c, raw[`pc_${c}`] ?? null])) as BatchRow;
}
