/** Chinese words for the follow-up of findings, shared by `hub findings` and `hub recoveries`. */
import { isRule, RULE_LABELS_ZH } from '../lib/rules.js';
import { oneOf } from './flags.js';
import { RULES } from '../lib/rules.js';

export const FOLLOW_UP_STATUS_ZH: Record<string, string> = { OPEN: '待处理', STOPPED: '已停发', VERIFIED: '核实无误', CORRECTED: '已更正' };
export const ACTION_ZH: Record<string, string> = { STOP: '停发', VERIFIED: '核实无误', CORRECTED: '已更正' };
export const RECOVERY_STATUS_ZH: Record<string, string> = { PENDING: '待追回', PARTIAL: '部分追回', RECOVERED: '已追回', WRITTEN_OFF: '核销' };
export const WRITE_OFF_ZH: Record<string, string> = { PENDING: '待审批', APPROVED: '已批准', REJECTED: '已驳回' };

export function ruleZh(rule: string): string {
  return isRule(rule) ? RULE_LABELS_ZH[rule] : rule;
}

/** `--rule` takes a rule code in any case. */
export const ruleFlag = oneOf(RULES, { anyCase: true });
