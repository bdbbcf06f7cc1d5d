import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { RECORDED_TIMELINE_COLUMNS } from './timeline.type';

/** Whether a selection is asked for: not left out by `@skip(if: true)` or `@include(if: false)`. */
function asked(node: SelectionNode, variables: Record<string, unknown>): boolean {
  return (
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] !== false
  );
}

/** The names of the fields selected under `selection`, through fragments and inline fragments. */
function fieldNames(
  selection: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  into: Map<string, SelectionSetNode | undefined>,
): void {
  for (const node of selection?.selections ?? []) {
    if (!asked(node, info.variableValues)) continue;
    if (node.kind === Kind.FIELD) into.set(node.name.value, node.selectionSet);
    else if (node.kind === Kind.INLINE_FRAGMENT) fieldNames(node.selectionSet, info, into);
    else fieldNames(info.fragments[node.name.value]?.selectionSet, info, into);
  }
}

/** The fields a page's `items` select (by name), as this request asks for them (its variables decide `@skip` and `@include`). */
export function itemFields(info: GraphQLResolveInfo): Set<string> {
  const top = new Map<string, SelectionSetNode | undefined>();
  for (const node of info.fieldNodes) fieldNames(node.selectionSet, info, top);
  const items = new Map<string, SelectionSetNode | undefined>();
  fieldNames(top.get('items'), info, items);
  return new Set(items.keys());
}

/**
 * What a page reads of its complaints' customers for the fields `fields`: the whole customer for
 * `customer` or `correspondent`, only the support-needs columns for `hasSupportNeeds` alone
 * (the register's marker), nothing otherwise. Only for a role that sees personal data.
 */
export function customerRead(fields: Set<string>): CustomerRead {
  if (fields.has('customer') || fields.has('correspondent')) return 'whole';
  return fields.has('hasSupportNeeds') ? 'supportNeeds' : null;
}

export type CustomerRead = 'whole' | 'supportNeeds' | null;

/**
 * The complaint's columns each field the register's items may select reads, besides its key
 * (organisation and id): its own column, or the ids its relations are loaded by. A field not
 * listed here (another module's, say) reads the whole row.
 */
const COLUMNS_OF_FIELD: Record<string, string[]> = {
  __typename: [],
  serviceArea: ['serviceAreaId'],
  handler: ['handlerId'],
  customer: ['customerId'],
  hasSupportNeeds: ['customerId'],
  correspondent: ['customerId', 'anonymous'],
  duplicateOf: ['duplicateOfId'],
  timeline: [...RECORDED_TIMELINE_COLUMNS],
  tribunalSignpostingOffered: ['currentStage'],
  rootCauses: [],
  actions: [],
  journey: [],
  points: [],
  namedStaff: [],
  allowedSteps: [],
  allowedOtherOutcomes: [],
};

/**
 * The complaint's properties a page reads for the fields `fields` (issue 19: only the columns a
 * query selects), or null for the whole row. `columns`: the entity's column properties, each of
 * which is also its field's name when it has one.
 */
export function pageColumns(fields: Set<string>, columns: readonly string[]): string[] | null {
  const read = new Set(['organisationId', 'id']);
  for (const field of fields) {
    const of = COLUMNS_OF_FIELD[field] ?? (columns.includes(field) ? [field] : null);
    if (of === null) return null;
    of.forEach((c) => read.add(c));
  }
  return [...read];
}
