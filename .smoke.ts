import { startHub, gatewayRequest } from './test-support/hub.js';
const hub = await startHub({ persons: 1000, seed: 11 });
try {
  const q = async (query: string, variables: Record<string, unknown> = {}) => {
    const t = performance.now();
    const r = await gatewayRequest(hub.gatewayUrl, query, variables);
    console.log((performance.now() - t).toFixed(0) + 'ms', JSON.stringify(r).slice(0, 600));
    return r;
  };
  await q(`{ programmes { code name eligibilityCondition department fundingLevel batches { batchNumber period countyCode lineCount } } }`);
  await q(`{ payments(first: 3) { edges { cursor note node { id amount status batch { batchNumber programme { code } } person { idNumber registration { divisionCode } } } } pageInfo { hasNextPage endCursor } totals { lineCount personCount totalAmount } } }`);
  await q(`{ payments(filter: { division: "610727101" }, first: 3) { edges { node { id amount person { registration { divisionCode } } } } totals { lineCount personCount totalAmount } } }`);
  await q(`{ disbursementRollup(groupBy: [PROGRAMME]) { programmeCode programme { name } lineCount personCount totalAmount } }`);
  await q(`{ disbursementRollup(groupBy: [VILLAGE]) { divisionCode lineCount personCount totalAmount } }`);
  await q(`{ latePayments(first: 3) { edges { note } totals { lineCount } } }`);
  await q(`{ unpaidFailures(withinDays: 30, first: 3) { edges { note } totals { lineCount } } }`);
  await q(`{ payments(first: 1001) { edges { cursor } } }`);
} finally {
  await hub.close();
}
