import type { FollowUpFindingResolvers } from '../__generated__/resolvers-types.js';
import { FINDING_SUMMARIES_ZH } from '../../../lib/finding-summaries.js';
import { fenToDecimal } from '../../../lib/money.js';

export const FollowUpFinding: FollowUpFindingResolvers = {
  id: (v) => v.finding.id,
  runId: (v) => v.finding.runId,
  lineId: (v) => v.finding.lineId,
  line: (v) => ({ id: v.finding.lineId }),
  rule: (v) => v.finding.rule,
  summary: (v) => FINDING_SUMMARIES_ZH[v.finding.rule],
  evidence: (v) => v.finding.evidence,
  amount: (v) => fenToDecimal(v.finding.amountFen),
  batchNumber: (v) => v.finding.batchNumber,
  period: (v) => v.batch?.period ?? null,
  countyCode: (v) => v.batch?.countyCode ?? null,
  programmeCode: (v) => v.batch?.programmeCode ?? null,
  programmeName: (v) => v.batch?.programmeName ?? null,
  responsibleDepartmentCode: (v) => v.batch?.responsibleDepartmentCode ?? null,
  followUpDepartment: (v) => v.batch?.followUpDepartment ?? 'FINANCE',
  idNumber: (v) => v.line?.idNumber ?? null,
  name: (v) => v.line?.name ?? null,
  status: (v) => v.status,
  confirmed: (v) => v.confirmed,
  actions: (v) => v.actions,
  async review(v, _args, { loaders }) {
    return v.review ? ((await loaders.reviews.load(v.review.findingId)).at(-1) ?? null) : null;
  },
};
