/**
 * The one fake of the hub's gateway client (lib/graphql-client.ts). Services that ask the gateway
 * (the cross-check engine, the disbursement and disclosure services) are tested against answers
 * given per operation name, and every call is recorded so a test can count what was asked.
 */
import { operationText, type GraphQLClient, type Operation } from '../lib/graphql-client.js';

export interface RecordedCall {
  operation: string;
  variables: Record<string, any>;
  /** The operation as sent, for tests that look at its selection. */
  text: string;
}

export type OperationAnswer = (variables: Record<string, any>, call: RecordedCall) => unknown | Promise<unknown>;

export function operationNameOf(text: string): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? 'anonymous';
}

export class FakeGatewayClient implements GraphQLClient {
  readonly calls: RecordedCall[] = [];
  /** When set, every request fails with it (a gateway or department that is down). */
  failWith: Error | null = null;

  constructor(private readonly answers: Record<string, OperationAnswer> = {}) {}

  /** Adds or replaces the answer to one operation. */
  answer(operation: string, answer: OperationAnswer): this {
    this.answers[operation] = answer;
    return this;
  }

  callsOf(operation: string): RecordedCall[] {
    return this.calls.filter((c) => c.operation === operation);
  }

  async request<TData, TVariables extends Record<string, any>>(operation: Operation<TData, TVariables>, variables?: TVariables): Promise<TData> {
    const text = operationText(operation as Operation<unknown, unknown>);
    const call: RecordedCall = { operation: operationNameOf(text), variables: { ...(variables ?? {}) }, text };
    this.calls.push(call);
    if (this.failWith) throw this.failWith;
    const answer = this.answers[call.operation] ?? ((): never => this.unexpected(call));
    return (await answer(call.variables, call)) as TData;
  }

  /** Overridden by fakes that answer some operations in code rather than by table. */
  protected unexpected(call: RecordedCall): never {
    throw new Error(`the fake gateway has no answer for operation ${call.operation}`);
  }
}
