import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { idNumberArgument, listArgument } from '../../runtime/errors.js';

export const Query: QueryResolvers = {
  async person(_parent, args, { loaders }) {
    const idNumber = idNumberArgument(args.idNumber, 'idNumber');
    return (await loaders.registration.load(idNumber)) ? { idNumber } : null;
  },
  async persons(_parent, args, { loaders }) {
    const ids = listArgument(args.idNumbers, 'idNumbers').map((id) => idNumberArgument(id, 'idNumbers'));
    const registrations = await loaders.registration.loadMany(ids);
    return ids.map((idNumber, i) => {
      const found = registrations[i];
      if (found instanceof Error) throw found;
      return found ? { idNumber } : null;
    });
  },
};
