import type { DisabilityCertificateResolvers } from '../__generated__/resolvers-types.js';
import { certificateValidAt, isSevere } from '../../../adapters/disability/validity.js';
import { dateArgument } from '../../runtime/arguments.js';

export const DisabilityCertificate: DisabilityCertificateResolvers = {
  validAt(certificate, args) {
    return certificateValidAt(certificate, dateArgument(args.date, 'date'));
  },
  severe(certificate) {
    return isSevere(certificate);
  },
};
