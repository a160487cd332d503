/**
 * What `hub findings` and `hub recoveries` share beyond the Chinese labels of lib/labels-zh.ts:
 * the `--rule` flag.
 */
import { oneOf } from './flags.js';
import { RULES } from '../lib/rules.js';

/** `--rule` takes a rule code in any case. */
export const ruleFlag = oneOf(RULES, { anyCase: true });
