/** Finding things by path: the root field a resolver runs under, and a value inside the arguments. */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The response key of the root field this resolver runs under, as its field name (aliases resolved). */
export function rootFieldName(info: GraphQLResolveInfo): string | undefined {
  let path = info.path;
  while (path.prev) path = path.prev;
  const key = String(path.key);
  const find = (selectionSet: SelectionSetNode): string | undefined => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD && (selection.alias?.value ?? selection.name.value) === key) return selection.name.value;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const found = find(selection.selectionSet);
        if (found) return found;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        const found = fragment && find(fragment.selectionSet);
        if (found) return found;
      }
    }
    return undefined;
  };
  return find(info.operation.selectionSet);
}

/** The argument at a dot path (`filter.division`), or undefined. */
export function valueAt(args: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), args);
}
