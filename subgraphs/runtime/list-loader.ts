/**
 * A loader whose key is a whole list of keys (a screening question's thousands of ID numbers):
 * the lists asked for in one tick are read together, in one call of `read` over all of them, and
 * each list gets the one answer back. A promise per list, not one per ID; nothing is cached,
 * since a list is never asked twice.
 */
import DataLoader from 'dataloader';

export function listLoader<Answer>(read: (keys: string[]) => Promise<Answer>): DataLoader<readonly string[], Answer> {
  return new DataLoader(
    async (lists) => {
      const answer = await read(lists.flat());
      return lists.map(() => answer);
    },
    { cache: false },
  );
}
