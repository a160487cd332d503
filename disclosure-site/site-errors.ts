/** The errors of the site's JSON API: the code (lib/errors.ts) for the page's logic, the message for people. */
import { ErrorCode } from '../lib/errors.js';
import type { FieldProblem } from '../lib/disclosure-input.js';

/** An error the browser shows as is. */
export interface SiteError {
  code: ErrorCode;
  message: string;
  problems?: FieldProblem[];
  retryAfterSeconds?: number;
}

export class SiteFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: SiteError,
    readonly headers: Record<string, string> = {},
  ) {
    super(error.message);
  }
}

export function badInput(problems: FieldProblem[]): SiteFailure {
  return new SiteFailure(400, { code: ErrorCode.BAD_USER_INPUT, message: problems.map((p) => p.message).join('；'), problems });
}

export function unavailable(): SiteFailure {
  return new SiteFailure(503, { code: ErrorCode.UNAVAILABLE, message: '数据暂时无法获取，请稍后再试' });
}
