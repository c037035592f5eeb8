import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The distinct field names a selection set asks for, through fragments (named and inline), aliases resolved to the
 * field names, introspection fields (`__typename`) left out.
 */
export function fieldNames(
  sets: readonly (SelectionSetNode | undefined)[],
  fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>,
): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (!s.name.value.startsWith('__')) names.add(s.name.value);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        walk(fragments[s.name.value]?.selectionSet);
      }
    }
  };
  sets.forEach(walk);
  return names;
}

/** The field names a resolver's caller selected of the value it returns (of each item, for a list). */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  return fieldNames(
    info.fieldNodes.map((n) => n.selectionSet),
    info.fragments,
  );
}
