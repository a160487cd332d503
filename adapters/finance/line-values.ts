/**
 * A line's status and amount as its PaymentLineRecord has them, each distinct stored value mapped
 * once: they repeat down every read of many lines (most lines pay a programme's standard amount),
 * and the cross-check's reads take thousands of lines at a time.
 */
import { decimalToFen, type Fen } from '../../lib/money.js';
import { normaliseCode } from '../../lib/text.js';
import { LINE_STATUS } from './codes.js';
import type { PaymentLineStatus } from './records.js';

export class LineValues {
  private readonly statuses = new Map<string | null, PaymentLineStatus>();
  private readonly amounts = new Map<string | number, Fen>();

  /** FF_MX.FFZTDM as stored (a mapped code already read back as documented). */
  status(raw: string | null): PaymentLineStatus {
    let status = this.statuses.get(raw);
    if (status === undefined) {
      status = LINE_STATUS.read(normaliseCode(raw));
      this.statuses.set(raw, status);
    }
    return status;
  }

  /** FF_MX.JE as the driver gives it. */
  amount(raw: string | number | null | undefined): Fen {
    // JE is nullable in the legacy DDL; a line without an amount pays nothing.
    if (raw == null || raw === '') return 0;
    let fen = this.amounts.get(raw);
    if (fen === undefined) {
      fen = decimalToFen(raw);
      this.amounts.set(raw, fen);
    }
    return fen;
  }
}
