import type { BadCall, Call, InvalidCase, OperationCase } from './operation-case';
import { withField } from './hostile-call';

/**
 * Bad text derived from each operation's valid call: one text argument of it (a free text where
 * there is one) with a NUL byte appended, and with a lone surrogate appended. Refused at the edge
 * (core/text-guard.ts) with rule noControlCharacters / wellFormedText, naming the field.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;
const ENUM_LIKE = /^[a-z][a-z0-9_]*$/;

interface Leaf {
  /** Where it sits in the variables. */
  path: (string | number)[];
  /** The field the API names: an input object's fields without the argument's name. */
  field: string;
  value: string;
}

/** The leaves of the variables the query declares, named by the argument each is passed to. */
function leaves(query: string, variables: Record<string, unknown>): Leaf[] {
  const out: Leaf[] = [];
  const walk = (value: unknown, path: (string | number)[], field: string) => {
    if (typeof value === 'string') out.push({ path, field, value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], field));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value))
        walk(v, [...path, k], field ? `${field}.${k}` : k);
  };
  for (const [name, value] of Object.entries(variables)) {
    const arg = new RegExp(`(\\w+):\\s*\\$${name}\\b`).exec(query)?.[1];
    if (!arg) continue; // passed but unused by the query
    const isInput = value !== null && typeof value === 'object' && !Array.isArray(value);
    walk(value, [name], isInput ? '' : arg);
  }
  return out;
}

/** The text to spoil: free text first, then any string that is neither a date nor an enum value. */
function target(call: Call): Leaf | undefined {
  const candidates = leaves(call.query, call.variables ?? {}).filter(
    (l) => !DATE_LIKE.test(l.value) && !(ENUM_LIKE.test(l.value) && l.field !== 'id'),
  );
  return (
    candidates.find((l) => !UUID.test(l.value) && /[\sA-Z]/.test(l.value)) ??
    candidates.find((l) => !UUID.test(l.value)) ??
    candidates[0]
  );
}

function spoil(call: Call, leaf: Leaf, suffix: string): BadCall {
  const variables = structuredClone(call.variables ?? {});
  let at: any = variables;
  for (const key of leaf.path.slice(0, -1)) at = at[key];
  at[leaf.path[leaf.path.length - 1]!] = leaf.value + suffix;
  return { query: call.query, variables };
}

const SPOILERS = [
  { description: 'a NUL byte in', suffix: '\u0000', rule: 'noControlCharacters' },
  { description: 'a lone surrogate in', suffix: '\uD83D', rule: 'wellFormedText' },
] as const;

/** Mutations whose only arguments are dates, numbers or enums, or that take none: nothing to spoil. */
const NO_TEXT = new Set([
  'removeClosureDay',
  'issueCalendarFeed',
  'revokeCalendarFeed',
  'updateMyMailPreferences',
  'runRetentionNow',
]);
/** A text field to give when the valid call passes none. */
const TEXT_TO_ADD: Record<string, string> = { updateOrganisationSettings: 'populationLabel' };

/** The NUL-byte and lone-surrogate cases of `op` (a mutation that takes a text). */
export function hostileTextCases(op: OperationCase): InvalidCase[] {
  if (NO_TEXT.has(op.name)) return [];
  return SPOILERS.map(({ description, suffix, rule }) => ({
    description: `${description} a text argument`,
    build: async (world, org, as) => {
      const added = TEXT_TO_ADD[op.name];
      if (added)
        return { ...(await withField(op, added, `Homes${suffix}`, world, org, as)), field: added };
      const valid = await op.valid(world, org, as);
      const leaf = target(valid);
      if (!leaf) throw new Error(`${op.name}: its valid call has no text variable to spoil`);
      return { ...spoil(valid, leaf, suffix), field: leaf.field };
    },
    code: 'BAD_USER_INPUT' as const,
    rule,
  }));
}
