/**
 * Cross-checks as users run them, for end-to-end tests: runs started and followed over the
 * gateway's GraphQL, and findings in one comparable form whichever way they were read (the CLI's
 * jsonl, GraphQL, the store). The CLI itself runs through hub-cli.ts.
 */
import assert from './assert.js';
import { gatewayRequest } from './hub.js';

/** A finding as compared across runs: every field a user sees but its id. */
export interface ComparableFinding {
  lineId: string;
  rule: string;
  departments: string[];
  evidence: string;
  amount: string;
  batchNumber: string;
  village: string | null;
}

/** One line of text per finding, sorted, so that two runs' findings compare with deepEqual. */
export function comparable(findings: readonly ComparableFinding[]): string[] {
  return findings.map((f) => JSON.stringify([f.lineId, f.rule, f.departments, f.evidence, f.amount, f.batchNumber, f.village])).sort();
}

/** The findings of `hub crosscheck --format jsonl`. */
export function findingsOfJsonl(stdout: string): ComparableFinding[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ComparableFinding);
}

/** Starting, following and reading runs over the gateway, as the user whose headers these are. */
export function crosscheckOverGateway(gatewayUrl: () => string, headers: () => Record<string, string>) {
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await gatewayRequest(gatewayUrl(), query, variables, headers());
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data;
  };

  async function waitForEnd(id: string): Promise<{ id: string; status: string; error: string | null; linesTotal: number | null; linesChecked: number }> {
    for (let waited = 0; waited < 240_000; waited += 200) {
      const { crosscheckRun } = await ask(`query($id: ID!) { crosscheckRun(id: $id) { id status error linesTotal linesChecked } }`, { id });
      if (crosscheckRun.status !== 'RUNNING') return crosscheckRun;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`run ${id} did not finish`);
  }

  /** `b`: a batch; `bs`: batches; `p` and `q`: a programme and a period; `q` alone: a period. */
  async function start(variables: { b?: string; bs?: string[]; p?: string; q?: string }): Promise<string> {
    const started = await ask(
      `mutation($b: String, $bs: [String!], $p: String, $q: String) { startCrosscheck(batchNumber: $b, batchNumbers: $bs, programmeCode: $p, period: $q) { id } }`,
      variables,
    );
    return started.startCrosscheck.id as string;
  }

  async function allFindings(runId: string): Promise<ComparableFinding[]> {
    const found: ComparableFinding[] = [];
    let after: string | null = null;
    for (;;) {
      const { findings } = await ask(
        `query($id: ID!, $after: String) { findings(runId: $id, first: 5000, after: $after) { edges { node { lineId rule departments evidence amount batchNumber village } } pageInfo { hasNextPage endCursor } } }`,
        { id: runId, after },
      );
      found.push(...findings.edges.map((e: { node: ComparableFinding }) => e.node));
      if (!findings.pageInfo.hasNextPage) return found;
      after = findings.pageInfo.endCursor;
    }
  }

  return { ask, start, waitForEnd, allFindings, checkAndWait: async (variables: Parameters<typeof start>[0]) => waitForEnd(await start(variables)) };
}
