import type { CrosscheckSummaryResolvers } from '../__generated__/resolvers-types.js';
import { DEPARTMENTS } from '../../../lib/departments.js';
import { RULES } from '../../../lib/rules.js';

export const CrosscheckSummary: CrosscheckSummaryResolvers = {
  byRule(summary) {
    return [...summary.byRule].sort((x, y) => RULES.indexOf(x.rule) - RULES.indexOf(y.rule));
  },
  byDepartment(summary) {
    return [...summary.byDepartment].sort((x, y) => DEPARTMENTS.indexOf(x.department) - DEPARTMENTS.indexOf(y.department));
  },
  notChecked(summary) {
    return [...summary.notChecked]
      .sort((x, y) => DEPARTMENTS.indexOf(x.department) - DEPARTMENTS.indexOf(y.department))
      .map((entry) => ({ ...entry, rules: RULES.filter((r) => entry.rules.includes(r)) }));
  },
};
