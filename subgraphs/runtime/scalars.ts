/** The hub's scalars (lib/scalars.ts), which every subgraph serves and the gateway checks arguments against. */
export { BooleanListScalar, DateScalar, DateTimeScalar, DecimalScalar, NullableStringListScalar, StringListScalar } from '../../lib/scalars.js';
