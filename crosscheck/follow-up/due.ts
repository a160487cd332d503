/**
 * When a finding is confirmed, and what a confirmed line owes back. A line is paid back once,
 * however many rules fired on it: its due is the most any of its confirmed rules asks for.
 */
import type { Fen } from '../../lib/money.js';
import { RULES, type Rule } from '../../lib/rules.js';
import type { FindingActionRecord } from '../../store/finding-actions.js';
import type { LatestReview } from '../../store/follow-up-findings.js';

/**
 * The department's word first: STOP (停发) confirms, VERIFIED (核实无误) never does; with no action,
 * or a CORRECTED one (the record was put right, which says nothing of the money), finance's latest
 * review decides.
 */
export function isConfirmed(latestAction: FindingActionRecord | undefined, latestReview: LatestReview | undefined): boolean {
  if (latestAction?.action === 'STOP') return true;
  if (latestAction?.action === 'VERIFIED') return false;
  return latestReview?.decision === 'CONFIRMED';
}

/**
 * What one confirmed rule asks back: the part above the programme's standard for
 * AMOUNT_ABOVE_STANDARD; else the whole line (DUPLICATE_PAYMENT flags only the later lines of a
 * group, so the whole flagged line is the later line).
 */
export function dueOfRule(rule: Rule, lineAmountFen: Fen, standardFen: Fen | null): Fen {
  if (rule === 'AMOUNT_ABOVE_STANDARD') return standardFen === null ? 0 : Math.max(0, lineAmountFen - standardFen);
  return lineAmountFen;
}

/** Lines whose money has not left: the bank failed them, or has not credited them yet (a stop keeps it so). */
const NOT_PAID = new Set(['FAILED', 'PENDING']);

/**
 * The rule that sets a line's due (the first in rule order among those asking the most) and the
 * due. Only money paid out is due back; a line finance no longer reports keeps its amount, so it
 * is looked at rather than dropped.
 */
export function lineDue(rules: readonly Rule[], lineAmountFen: Fen, standardFen: Fen | null, lineStatus: string | null): { rule: Rule; dueFen: Fen } {
  const ordered = RULES.filter((r) => rules.includes(r));
  let best = { rule: ordered[0]!, dueFen: -1 };
  for (const rule of ordered) {
    const dueFen = dueOfRule(rule, lineAmountFen, standardFen);
    if (dueFen > best.dueFen) best = { rule, dueFen };
  }
  return { rule: best.rule, dueFen: lineStatus !== null && NOT_PAID.has(lineStatus) ? 0 : best.dueFen };
}
