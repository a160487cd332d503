import type { RecoveryCaseResolvers } from '../__generated__/resolvers-types.js';
import { fenToDecimal } from '../../../lib/money.js';

export const RecoveryCase: RecoveryCaseResolvers = {
  lineId: (v) => v.case.lineId,
  line: (v) => ({ id: v.case.lineId }),
  rule: (v) => v.case.rule,
  findingId: (v) => v.case.findingId,
  batchNumber: (v) => v.case.batchNumber,
  period: (v) => v.case.period,
  countyCode: (v) => v.case.countyCode,
  programmeCode: (v) => v.case.programmeCode,
  idNumber: (v) => v.line?.idNumber ?? null,
  name: (v) => v.line?.name ?? null,
  lineAmount: (v) => fenToDecimal(v.case.lineAmountFen),
  due: (v) => fenToDecimal(v.case.dueFen),
  recovered: (v) => fenToDecimal(v.balance.recoveredFen),
  writtenOff: (v) => fenToDecimal(v.balance.writtenOffFen),
  outstanding: (v) => fenToDecimal(v.balance.outstandingFen),
  status: (v) => v.balance.status,
  recoveries: (v) => v.recoveries,
  writeOff: (v) => v.writeOffs.at(-1) ?? null,
};
