/** The hub's scalars (lib/scalars.ts), which every subgraph serves and the gateway checks arguments against. */
export { DateScalar, DateTimeScalar, DecimalScalar } from '../../lib/scalars.js';
