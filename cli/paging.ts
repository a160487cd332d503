/** Cursor paging as the CLI does it: page after page, written as it arrives, stopping at a limit. */

export interface CursorPage<T> {
  rows: T[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Asks for each page after `after` (null for the first) of at most `first` rows. */
export type PageFetcher<T> = (after: string | null, first: number) => Promise<CursorPage<T>>;

export async function* cursorPages<T>(fetch: PageFetcher<T>, pageSize: number, limit = Number.POSITIVE_INFINITY): AsyncIterable<T[]> {
  let after: string | null = null;
  let left = limit;
  for (;;) {
    const page: CursorPage<T> = await fetch(after, Math.min(pageSize, left));
    const rows = page.rows.slice(0, left);
    left -= rows.length;
    yield rows;
    if (left <= 0 || !page.pageInfo.hasNextPage || page.pageInfo.endCursor == null) return;
    after = page.pageInfo.endCursor;
  }
}

/** A Relay-style connection as a page of its nodes. */
export function nodesOf<T>(connection: { edges: { node: T }[]; pageInfo: CursorPage<T>['pageInfo'] }): CursorPage<T> {
  return { rows: connection.edges.map((edge) => edge.node), pageInfo: connection.pageInfo };
}
