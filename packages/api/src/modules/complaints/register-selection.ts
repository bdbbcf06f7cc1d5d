import {
  Kind,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** The names of the fields selected under `selection`, through fragments and inline fragments. */
function fieldNames(
  selection: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: Map<string, SelectionSetNode | undefined>,
): void {
  for (const node of selection?.selections ?? []) {
    if (node.kind === Kind.FIELD) into.set(node.name.value, node.selectionSet);
    else if (node.kind === Kind.INLINE_FRAGMENT) fieldNames(node.selectionSet, fragments, into);
    else fieldNames(fragments[node.name.value]?.selectionSet, fragments, into);
  }
}

/** The fields a page's `items` select (by name), as this request asks for them. */
export function itemFields(info: GraphQLResolveInfo): Set<string> {
  const top = new Map<string, SelectionSetNode | undefined>();
  for (const node of info.fieldNodes) fieldNames(node.selectionSet, info.fragments, top);
  const items = new Map<string, SelectionSetNode | undefined>();
  fieldNames(top.get('items'), info.fragments, items);
  return new Set(items.keys());
}

/** Fields of a complaint read from its customer: the page joins the customer when one is asked. */
export const CUSTOMER_FIELDS = ['customer', 'correspondent', 'hasSupportNeeds'];
